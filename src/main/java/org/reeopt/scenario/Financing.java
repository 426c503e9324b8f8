package org.reeopt.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How federal money reaches the options (docs/formulation.md, "Financing instruments"): the instruments an option may
 * be financed by, the budget accounts they draw on, and caps by US fiscal year. {@link #NONE}: every option's capex
 * share is a grant from the one budget, as without this section.
 *
 * <p>{@code obligationMonth} (1-12) is the calendar month in which an award is signed in its funding year: it decides
 * the fiscal year of the obligation and how each year of the outlay profile splits between fiscal years.
 */
public record Financing(List<Instrument> instruments, List<Account> accounts, int obligationMonth,
                        FiscalYearBasis fiscalYearCapBasis, Map<Integer, Double> fiscalYearCapsBillionUsd,
                        PriceSupport priceSupport, List<Committed> committed) {
    public static final Financing NONE = new Financing(List.of(), List.of(), 1, FiscalYearBasis.OUTLAYS, Map.of());

    public Financing {
        instruments = List.copyOf(instruments);
        accounts = List.copyOf(accounts);
        fiscalYearCapsBillionUsd = Ordered.copy(fiscalYearCapsBillionUsd);
        priceSupport = priceSupport == null ? PriceSupport.NONE : priceSupport;
        committed = List.copyOf(committed);
    }

    /** Financing without price contracts or a price gap ({@link PriceSupport#NONE}) and without committed money. */
    public Financing(List<Instrument> instruments, List<Account> accounts, int obligationMonth,
                     FiscalYearBasis fiscalYearCapBasis, Map<Integer, Double> fiscalYearCapsBillionUsd) {
        this(instruments, accounts, obligationMonth, fiscalYearCapBasis, fiscalYearCapsBillionUsd, PriceSupport.NONE,
                List.of());
    }

    /** The same with {@code support} (market prices, price contracts, the price gap). */
    public Financing withPriceSupport(PriceSupport support) {
        return new Financing(instruments, accounts, obligationMonth, fiscalYearCapBasis, fiscalYearCapsBillionUsd,
                support, committed);
    }

    /**
     * Federal financing already signed for a committed project ({@code tables.committedFinancing}; the MP-DoD
     * package of July 2025): {@code faceValueBillionUsd} of {@code kind} from {@code account}, obligated in
     * {@code obligationMonth} of {@code obligationYear}, scored at {@code budgetAuthorityPerUsd} (1 for a grant or
     * equity, the credit subsidy rate for a loan). It is outside the scenario's budget (obligated before the plan,
     * from earlier appropriations): reported apart, never charged to the budget or an account's caps, and outlaid
     * in the fiscal year of its obligation (equity paid at closing; a loan's subsidy recorded at signing).
     */
    public record Committed(String project, Kind kind, String account, double faceValueBillionUsd,
                            double budgetAuthorityPerUsd, int obligationYear, int obligationMonth, SourceRef source) {
        public double budgetAuthorityBillionUsd() {
            return faceValueBillionUsd * budgetAuthorityPerUsd;
        }

        /** The US fiscal year of the obligation (FY y runs October y-1 to September y). */
        public int fiscalYear() {
            return obligationMonth >= 10 ? obligationYear + 1 : obligationYear;
        }
    }

    /**
     * What is left of {@code cap} (an account's cap on budget authority, or with {@code faceValue} on face value) after
     * the committed financing drawn on the same account (at least 0): money signed before the plan that came from
     * the account's appropriation, e.g. the MP loan from OBBBA's OSC credit subsidy.
     */
    public double remainingCap(Account a, double cap, boolean faceValue) {
        double used = committed.stream().filter(c -> c.account().equals(a.id()))
                .mapToDouble(c -> faceValue ? c.faceValueBillionUsd() : c.budgetAuthorityBillionUsd()).sum();
        return Math.max(0.0, cap - used);
    }

    /**
     * Whether results report financing: instruments to choose from, price support (contracts or the price gap), or
     * federal money already committed.
     */
    public boolean reported() {
        return present() || priceSupport.present() || !committed.isEmpty();
    }

    /** What a fiscal-year cap limits: budget authority obligated in the year, or cash outlaid in it. */
    public enum FiscalYearBasis {
        BUDGET_AUTHORITY, OUTLAYS
    }

    /** The kinds of instrument, each with its scoring (budget authority per USD of face value). */
    public enum Kind {
        GRANT, EQUITY, DIRECT_LOAN, LOAN_GUARANTEE;

        public boolean credit() {
            return this == DIRECT_LOAN || this == LOAN_GUARANTEE;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One instrument: {@code budgetAuthorityPerUsd} is its score (1 for a grant; 1 minus a stated expected recovery
     * for equity; the credit subsidy rate for a loan or guarantee); {@code maxCapexShare} the largest share of an
     * option's total capex its face value may cover; {@code minNonFederalShare} the smallest share of the capital it
     * finances that must come from non-federal sources (0: none); {@code privateUsdPerFederalUsd} the private capital
     * each dollar of it brings in at most; {@code optionIds} the options it may finance (empty: every option) and
     * {@code nations} the nations whose options it may finance (empty: every nation);
     * {@code outlayProfile} the shares of its budget authority outlaid in the 1st, 2nd, ... year after obligation
     * (empty: with the option's capex profile).
     */
    public record Instrument(String id, String name, Kind kind, String account, List<String> optionIds,
                             List<String> nations, double budgetAuthorityPerUsd, double maxCapexShare, double minNonFederalShare,
                             double privateUsdPerFederalUsd, List<Double> outlayProfile, SourceRef source) {
        public Instrument {
            optionIds = List.copyOf(optionIds);
            nations = List.copyOf(nations);
            outlayProfile = List.copyOf(outlayProfile);
        }

        public boolean finances(InvestmentOption o) {
            return (optionIds.isEmpty() || optionIds.contains(o.id()))
                    && (nations.isEmpty() || nations.contains(o.nation()));
        }

        /** The outlay profile applied to {@code o}: its own, else the option's capex profile. */
        public List<Double> outlayProfileFor(InvestmentOption o) {
            return outlayProfile.isEmpty() ? o.capexProfile() : outlayProfile;
        }
    }

    /** A budget account with optional caps on budget authority and (for credit programs) on face value. */
    public record Account(String id, String name, OptionalDouble budgetAuthorityCapBillionUsd,
                          OptionalDouble faceValueCapBillionUsd, SourceRef source) {
    }

    public boolean present() {
        return !instruments.isEmpty();
    }

    /** The instruments that may finance {@code o}, in the table's order. */
    public List<Instrument> instrumentsFor(InvestmentOption o) {
        return instruments.stream().filter(i -> i.finances(o)).toList();
    }

    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The US fiscal year of the obligation of an award signed in {@code fundingYear} (FY y runs Oct y-1 to Sep y). */
    public int obligationFiscalYear(int fundingYear) {
        return obligationMonth >= 10 ? fundingYear + 1 : fundingYear;
    }

    /**
     * Shares of one USD obligated in {@code fundingYear} that are outlaid in each fiscal year, for an outlay
     * profile: year i of the profile covers the twelve months from the obligation month of {@code fundingYear + i}
     * and is spread evenly over them, so each year splits between two fiscal years by months (from a January
     * obligation: 9 months in the fiscal year of the same number, 3 in the next).
     */
    public Map<Integer, Double> fiscalYearShares(int fundingYear, List<Double> profile) {
        Map<Integer, Double> out = new java.util.TreeMap<>();
        double monthsBeforeOctober = 9 - (obligationMonth - 1); // months left in the obligation's fiscal year
        if (monthsBeforeOctober <= 0) {
            monthsBeforeOctober += 12;
        }
        int firstFy = obligationFiscalYear(fundingYear);
        for (int i = 0; i < profile.size(); i++) {
            double share = profile.get(i);
            if (share == 0) {
                continue;
            }
            out.merge(firstFy + i, share * monthsBeforeOctober / 12.0, Double::sum);
            if (monthsBeforeOctober < 12) {
                out.merge(firstFy + i + 1, share * (12 - monthsBeforeOctober) / 12.0, Double::sum);
            }
        }
        return out;
    }

    /**
     * Share of a payment spread evenly over calendar year {@code year} that falls in fiscal year {@code fiscalYear}:
     * January to September (0.75) in the fiscal year of the same number, October to December (0.25) in the next.
     */
    public static double calendarYearShare(int year, int fiscalYear) {
        return fiscalYear == year ? 0.75 : fiscalYear == year + 1 ? 0.25 : 0.0;
    }

    /** The fiscal-year cap on {@code fiscalYear}, if any. */
    public OptionalDouble fiscalYearCap(int fiscalYear) {
        Double cap = fiscalYearCapsBillionUsd.get(fiscalYear);
        return cap == null ? OptionalDouble.empty() : OptionalDouble.of(cap);
    }
}

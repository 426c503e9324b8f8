package org.reeopt.scenario;

import java.util.List;
import java.util.Map;

/**
 * Something the budget can fund: a plant, an expansion, an offtake contract, a recycling line.
 *
 * <p>Funding {@code u} units in year f spends {@code u * capexMillionUsdPerUnit * plannerCapexShare} over the years
 * given by {@link #capexProfile()} (shares of capex by year after funding; default even over the lead time) and
 * brings {@code u * outputTonnesPerYearPerUnit} online from time {@code f + leadTimeYears}; the planning nation
 * receives {@code plannerOutputShare} of it, times the {@link Availability} share of each year (ramp-up after the
 * first output year, nothing after a term or last output year). A production subsidy (USD per kg) is paid from the
 * budget on that available output in every year it is online.
 */
public record InvestmentOption(
        String id,
        String name,
        String nation,
        String stage,
        OptionKind kind,
        Map<String, Double> outputTonnesPerYearPerUnit,
        double capexMillionUsdPerUnit,
        double leadTimeYears,
        int earliestFundingYear,
        int latestFundingYear,
        double maxUnits,
        boolean lumpy,
        double plannerCapexShare,
        double plannerOutputShare,
        double subsidyUsdPerKg,
        double scrapTonnesPerTonneOutput,
        double substitutionTonnesPerTonne,
        List<Double> capexProfile,
        SourceRef source,
        Thrifting thrifting,
        Availability availability) {

    /**
     * What a thrifting option saves: per tonne of product treated, {@code savedShare} of the recipe's
     * {@code savedMaterial} input is no longer needed. {@link #NONE} for every other kind.
     */
    public record Thrifting(String savedMaterial, double savedShare) {
        public static final Thrifting NONE = new Thrifting("", 0.0);
    }

    /** An option that is not a thrifting option, at nameplate from its first output, without end. */
    public InvestmentOption(String id, String name, String nation, String stage, OptionKind kind,
                            Map<String, Double> outputTonnesPerYearPerUnit, double capexMillionUsdPerUnit,
                            double leadTimeYears, int earliestFundingYear, int latestFundingYear, double maxUnits,
                            boolean lumpy, double plannerCapexShare, double plannerOutputShare, double subsidyUsdPerKg,
                            double scrapTonnesPerTonneOutput, double substitutionTonnesPerTonne,
                            List<Double> capexProfile, SourceRef source) {
        this(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit, leadTimeYears,
                earliestFundingYear, latestFundingYear, maxUnits, lumpy, plannerCapexShare, plannerOutputShare,
                subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne, capexProfile, source,
                Thrifting.NONE, Availability.FULL);
    }

    /** An option that is not a thrifting option, with a ramp-up and end. */
    public InvestmentOption(String id, String name, String nation, String stage, OptionKind kind,
                            Map<String, Double> outputTonnesPerYearPerUnit, double capexMillionUsdPerUnit,
                            double leadTimeYears, int earliestFundingYear, int latestFundingYear, double maxUnits,
                            boolean lumpy, double plannerCapexShare, double plannerOutputShare, double subsidyUsdPerKg,
                            double scrapTonnesPerTonneOutput, double substitutionTonnesPerTonne,
                            List<Double> capexProfile, SourceRef source, Availability availability) {
        this(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit, leadTimeYears,
                earliestFundingYear, latestFundingYear, maxUnits, lumpy, plannerCapexShare, plannerOutputShare,
                subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne, capexProfile, source,
                Thrifting.NONE, availability);
    }

    public InvestmentOption {
        outputTonnesPerYearPerUnit = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(outputTonnesPerYearPerUnit));
        capexProfile = List.copyOf(capexProfile);
        thrifting = thrifting == null ? Thrifting.NONE : thrifting;
        availability = availability == null ? Availability.FULL : availability;
    }

    /** The same option with another lead time and capex profile (fast-tracked permits). */
    public InvestmentOption withLeadTime(double newLeadTimeYears, List<Double> newCapexProfile) {
        return new InvestmentOption(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit,
                newLeadTimeYears, earliestFundingYear, latestFundingYear, maxUnits, lumpy, plannerCapexShare,
                plannerOutputShare, subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne,
                newCapexProfile, source, thrifting, availability);
    }

    /**
     * The same option with another lead time: an even capex profile (the default) becomes the even profile of the new
     * lead time; a stated profile is kept as given.
     */
    public InvestmentOption withLeadTimeYears(double newLeadTimeYears) {
        return withLeadTime(newLeadTimeYears, capexProfile.equals(evenCapexProfile(leadTimeYears))
                ? evenCapexProfile(newLeadTimeYears) : capexProfile);
    }

    /** The same option with its lead time times {@code factor} (see {@link #withLeadTimeYears}). */
    public InvestmentOption withLeadTimeScaled(double factor) {
        return withLeadTimeYears(leadTimeYears * factor);
    }

    /** The same option with another capex per unit (a stress variant's {@code capexFactor}, an uncertainty draw). */
    public InvestmentOption withCapexMillionUsdPerUnit(double newCapexMillionUsdPerUnit) {
        return new InvestmentOption(id, name, nation, stage, kind, outputTonnesPerYearPerUnit,
                newCapexMillionUsdPerUnit, leadTimeYears, earliestFundingYear, latestFundingYear, maxUnits, lumpy,
                plannerCapexShare, plannerOutputShare, subsidyUsdPerKg, scrapTonnesPerTonneOutput,
                substitutionTonnesPerTonne, capexProfile, source, thrifting, availability);
    }

    /** The same option with another maximum number of units (what committed projects leave). */
    public InvestmentOption withMaxUnits(double newMaxUnits) {
        return new InvestmentOption(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit,
                leadTimeYears, earliestFundingYear, latestFundingYear, newMaxUnits, lumpy, plannerCapexShare,
                plannerOutputShare, subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne,
                capexProfile, source, thrifting, availability);
    }

    /** The same option with another ramp-up and end (a stage default filled in). */
    public InvestmentOption withAvailability(Availability newAvailability) {
        return new InvestmentOption(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit,
                leadTimeYears, earliestFundingYear, latestFundingYear, maxUnits, lumpy, plannerCapexShare,
                plannerOutputShare, subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne,
                capexProfile, source, thrifting, newAvailability);
    }

    /** Total output of one unit over all materials, t/yr (what build-rate limits count). */
    public double totalOutputTonnesPerYearPerUnit() {
        return outputTonnesPerYearPerUnit.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Share of the total output that is {@code material} ({@code y_{o,m} / y_o} in docs/formulation.md): 1 for a
     * single-output option, e.g. 0.8 NdPr and 0.2 Dy/Tb for a swarf recycler; 0 for a material it does not make.
     */
    public double outputShare(String material) {
        double total = totalOutputTonnesPerYearPerUnit();
        return total > 0 ? outputTonnesPerYearPerUnit.getOrDefault(material, 0.0) / total : 0.0;
    }

    /** First calendar year with any output when funded in {@code fundingYear}. */
    public int firstOutputYear(int fundingYear) {
        return fundingYear + (int) Math.floor(leadTimeYears + 1e-9);
    }

    /**
     * Share of calendar year {@code year} during which capacity funded at the start of {@code fundingYear} is
     * online: 0 before {@code fundingYear + leadTimeYears}, 1 from the first whole year after, fractional in the
     * year it starts part-way through.
     */
    public double onlineShare(int fundingYear, int year) {
        double onlineFrom = fundingYear + leadTimeYears;
        return Math.max(0.0, Math.min(1.0, year + 1 - onlineFrom));
    }

    /**
     * Share of nameplate available in calendar year {@code year} per unit funded in {@code fundingYear}: the share of
     * the year inside the output window (from funding year + lead time to the end of the term or last output year)
     * times the ramp-up share of year {@code year - firstOutputYear(fundingYear)}. Equals {@link #onlineShare} for
     * an option without ramp-up or end.
     */
    public double availableShare(int fundingYear, int year) {
        return availability.availableShare(fundingYear + leadTimeYears, year);
    }

    /** Share of capex paid {@code yearsAfterFunding} years after the funding year (0 = the funding year). */
    public double capexShareInYear(int yearsAfterFunding) {
        return yearsAfterFunding >= 0 && yearsAfterFunding < capexProfile.size()
                ? capexProfile.get(yearsAfterFunding) : 0.0;
    }

    /**
     * Years in which this option may be funded within {@code horizon}: inside its funding window, early enough to
     * produce by the last year, and with the whole capex profile paid by the last year.
     */
    public List<Integer> fundingYearsWithin(Horizon horizon) {
        List<Integer> out = new java.util.ArrayList<>();
        int from = Math.max(earliestFundingYear, horizon.firstYear());
        int to = Math.min(latestFundingYear, horizon.lastYear());
        for (int f = from; f <= to; f++) {
            if (availableWithin(f, horizon) && f + capexProfile.size() - 1 <= horizon.lastYear()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a unit funded in {@code fundingYear} makes anything available in some year of {@code horizon}. */
    private boolean availableWithin(int fundingYear, Horizon horizon) {
        if (!availability.ends() && availability.rampUpShares().isEmpty()) {
            return onlineShare(fundingYear, horizon.lastYear()) > 0; // online once, online to the end
        }
        for (int t = Math.max(fundingYear, horizon.firstYear()); t <= horizon.lastYear(); t++) {
            if (availableShare(fundingYear, t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Capex charged to the planning nation's budget per unit (its share of the capex), billion USD. */
    public double capexBillionUsdPerUnit() {
        return capexMillionUsdPerUnit / 1000.0 * plannerCapexShare;
    }

    /**
     * Production subsidy paid from the budget in {@code year} per unit funded in {@code fundingYear}, billion USD:
     * USD/kg times the output available to the planning nation while online, ramp-up included (offtake-contract
     * style: the floor is paid on the contracted volume; nothing after the term or last output year).
     */
    public double subsidyBillionUsdPerUnit(int fundingYear, int year) {
        if (subsidyUsdPerKg == 0) {
            return 0.0; // what the product below gives (its factors are finite and not negative), without the sum
        }
        // USD/kg * t/yr * 1000 kg/t / 1e9 USD per billion USD = 1e-6
        return subsidyUsdPerKg * totalOutputTonnesPerYearPerUnit() * plannerOutputShare
                * availableShare(fundingYear, year) * 1e-6;
    }

    /** Everything charged to the budget in {@code year} per unit funded in {@code fundingYear}, billion USD. */
    public double spendBillionUsdPerUnit(int fundingYear, int year) {
        return capexBillionUsdPerUnit() * capexShareInYear(year - fundingYear) + subsidyBillionUsdPerUnit(fundingYear, year);
    }

    /** The even default profile: capex spread over the whole years of the lead time (at least one year). */
    public static List<Double> evenCapexProfile(double leadTimeYears) {
        int years = Math.max(1, (int) Math.ceil(leadTimeYears - 1e-9));
        return java.util.Collections.nCopies(years, 1.0 / years);
    }
}

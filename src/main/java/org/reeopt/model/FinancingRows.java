package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.Financing;
import org.reeopt.scenario.InvestmentOption;

/**
 * Financing instruments (docs/formulation.md, "Financing instruments"): the face value each instrument commits to
 * each funded option, the private capital it brings in, what it charges to budget authority, and the account and
 * fiscal-year caps. A scenario without instruments gets none of these variables or rows.
 */
final class FinancingRows {
    private final ModelContext m;

    FinancingRows(ModelContext m) {
        this.m = m;
    }

    private Financing financing() {
        return m.s.budget().financing();
    }

    /** Whether {@code o}'s capex share is financed through instruments (else it is a grant from the one budget). */
    boolean financed(InvestmentOption o) {
        return financing().present() && !financing().instrumentsFor(o).isEmpty();
    }

    private boolean bringsPrivateCapital(InvestmentOption o) {
        return financing().instrumentsFor(o).stream()
                .anyMatch(i -> i.privateUsdPerFederalUsd() > 0);
    }

    /** Total capex of one unit, billion USD (the planning nation's share and everyone else's). */
    private static double totalCapexBillionUsd(InvestmentOption o) {
        return o.capexMillionUsdPerUnit() / 1000.0;
    }

    /** financed[o,m,f] (billion USD of face value) and privateCapital[o,f] (billion USD): first-stage decisions. */
    void addFinancingVariables() {
        for (InvestmentOption o : m.s.options()) {
            if (!financed(o)) {
                continue;
            }
            for (int f : m.fundingYears(o)) {
                for (Financing.Instrument i : financing().instrumentsFor(o)) {
                    m.v.financed.put(new ModelVariables.Financed(o.id(), i.id(), f),
                            m.lp.variable(m.name("financed", o.id(), i.id(), f), 0, Double.POSITIVE_INFINITY, false));
                }
                if (bringsPrivateCapital(o)) {
                    m.v.privateCapital.put(new ModelVariables.OptionYear(o.id(), f),
                            m.lp.variable(m.name("privateCapital", o.id(), f), 0, Double.POSITIVE_INFINITY, false));
                }
            }
        }
    }

    private int build(InvestmentOption o, int f) {
        return m.v.build.get(new ModelVariables.OptionYear(o.id(), f));
    }

    private int financedColumn(InvestmentOption o, Financing.Instrument i, int f) {
        return m.v.financed.get(new ModelVariables.Financed(o.id(), i.id(), f));
    }

    /**
     * financing-closure: the instruments' face value plus the private capital raised cover the planning nation's
     * capex share of what is funded, {@code sum_i F[o,i,f] + P[o,f] = capexShare[o] * build[o,f]}.
     */
    void financingClosure() {
        for (InvestmentOption o : m.s.options()) {
            if (!financed(o)) {
                continue;
            }
            for (int f : m.fundingYears(o)) {
                LinearProgram.RowBuilder row = m.lp.row(m.name("financingClosure", o.id(), f));
                for (Financing.Instrument i : financing().instrumentsFor(o)) {
                    row.add(financedColumn(o, i, f), 1.0);
                }
                m.v.privateCapital(o.id(), f).ifPresent(p -> row.add(p, 1.0));
                row.add(build(o, f), -o.capexBillionUsdPerUnit());
                row.equalTo(0.0);
            }
        }
    }

    /** instrument-share: an instrument covers at most its share of the option's total capex. */
    void instrumentShare() {
        for (InvestmentOption o : m.s.options()) {
            if (!financed(o)) {
                continue;
            }
            for (Financing.Instrument i : financing().instrumentsFor(o)) {
                double limit = i.maxCapexShare() * totalCapexBillionUsd(o);
                if (limit >= o.capexBillionUsdPerUnit()) {
                    continue; // implied by the closure
                }
                for (int f : m.fundingYears(o)) {
                    LinearProgram.RowBuilder row = m.lp.row(m.name("instrumentShare", o.id(), i.id(), f));
                    row.add(financedColumn(o, i, f), 1.0);
                    row.add(build(o, f), -limit);
                    row.atMost(0.0);
                }
            }
        }
    }

    /**
     * private-capital: private capital raised is at most what the instruments bring in,
     * {@code P[o,f] <= sum_i lambda[i] * F[o,i,f]}.
     */
    void privateCapital() {
        for (InvestmentOption o : m.s.options()) {
            if (!financed(o) || !bringsPrivateCapital(o)) {
                continue;
            }
            for (int f : m.fundingYears(o)) {
                LinearProgram.RowBuilder row = m.lp.row(m.name("privateCapital", o.id(), f));
                row.add(m.v.privateCapital.get(new ModelVariables.OptionYear(o.id(), f)), 1.0);
                for (Financing.Instrument i : financing().instrumentsFor(o)) {
                    if (i.privateUsdPerFederalUsd() > 0) {
                        row.add(financedColumn(o, i, f), -i.privateUsdPerFederalUsd());
                    }
                }
                row.atMost(0.0);
            }
        }
    }

    /**
     * non-federal-share: an instrument with a minimum non-federal share n finances at most (1 - n) of the capital
     * beside non-federal money: {@code n * F[o,i,f] <= (1 - n) * (P[o,f] + (1 - capexShare) * capex[o] * build[o,f])}.
     */
    void nonFederalShare() {
        for (InvestmentOption o : m.s.options()) {
            if (!financed(o)) {
                continue;
            }
            double outsideShare = totalCapexBillionUsd(o) - o.capexBillionUsdPerUnit();
            for (Financing.Instrument i : financing().instrumentsFor(o)) {
                double n = i.minNonFederalShare();
                if (n <= 0) {
                    continue;
                }
                for (int f : m.fundingYears(o)) {
                    LinearProgram.RowBuilder row = m.lp.row(m.name("nonFederalShare", o.id(), i.id(), f));
                    row.add(financedColumn(o, i, f), n);
                    m.v.privateCapital(o.id(), f).ifPresent(p -> row.add(p, -(1 - n)));
                    if (outsideShare > 0) {
                        row.add(build(o, f), -(1 - n) * outsideShare);
                    }
                    row.atMost(0.0);
                }
            }
        }
    }

    /** account-budget-authority and account-face-value: what the instruments of an account draw stays within its caps. */
    void accountCaps() {
        MoneyRows money = new MoneyRows(m);
        for (int k = 0; k < money.budgetFutures(); k++) { // one future unless price support or holding differ
            money.inFuture(k, this::accountCapsInFuture);
        }
    }

    private void accountCapsInFuture() {
        for (Financing.Account a : financing().accounts()) {
            Map<Integer, Double> authority = new LinkedHashMap<>();
            Map<Integer, Double> face = new LinkedHashMap<>();
            forEachFinanced((o, i, f, col) -> {
                if (i.account().equals(a.id())) {
                    authority.merge(col, i.budgetAuthorityPerUsd(), Double::sum);
                    face.merge(col, 1.0, Double::sum);
                }
            });
            new PriceSupportRows(m).accountTerms(a.id()).forEach((col, v) -> authority.merge(col, v, Double::sum));
            a.budgetAuthorityCapBillionUsd().ifPresent(cap -> rowAtMost("accountBudgetAuthority", a.id(), authority,
                    financing().remainingCap(a, cap, false)));
            a.faceValueCapBillionUsd().ifPresent(cap -> rowAtMost("accountFaceValue", a.id(), face,
                    financing().remainingCap(a, cap, true)));
        }
    }

    /**
     * fiscal-year-cap: budget authority obligated, or outlays made, in a US fiscal year stay within its cap (the
     * scenario says which); see {@link #fiscalYearTerms(int)}.
     */
    void fiscalYearCaps() {
        MoneyRows money = new MoneyRows(m);
        for (int k = 0; k < money.budgetFutures(); k++) { // one future unless price support or holding differ
            money.inFuture(k, () -> financing().fiscalYearCapsBillionUsd().forEach((fy, cap) ->
                    rowAtMost("fiscalYearCap", fy, fiscalYearTerms(fy), cap)));
        }
    }

    private void rowAtMost(String family, Object key, Map<Integer, Double> terms, double cap) {
        LinearProgram.RowBuilder row = m.lp.row(m.name(family, key));
        terms.forEach(row::add);
        if (!row.isEmpty()) {
            row.atMost(cap);
        }
    }

    /**
     * Budget authority in fiscal year {@code fy} per column: instruments and grants from the one budget are
     * obligated in the fiscal year of their funding year's obligation month (budget authority basis), or outlaid by
     * their outlay profile (outlay basis); production subsidies, stockpile and agreement costs are paid through their
     * calendar year (9 months in the fiscal year of that number, 3 in the next) on either basis.
     */
    Map<Integer, Double> fiscalYearTerms(int fy) {
        Financing fin = financing();
        boolean outlays = fin.fiscalYearCapBasis() == Financing.FiscalYearBasis.OUTLAYS;
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (InvestmentOption o : m.s.options()) {
            for (int f : m.fundingYears(o)) {
                int build = build(o, f);
                if (!financed(o)) {
                    terms.merge(build, o.capexBillionUsdPerUnit() * fyShare(fin, f, o.capexProfile(), outlays, fy),
                            Double::sum);
                }
                for (int t : m.years) {
                    terms.merge(build, o.subsidyBillionUsdPerUnit(f, t) * Financing.calendarYearShare(t, fy),
                            Double::sum);
                }
            }
        }
        forEachFinanced((o, i, f, col) -> terms.merge(col,
                i.budgetAuthorityPerUsd() * fyShare(fin, f, i.outlayProfileFor(o), outlays, fy), Double::sum));
        for (int t : m.years) {
            double share = Financing.calendarYearShare(t, fy);
            if (share > 0) {
                new MoneyRows(m).riskSpendingTerms(t).forEach((col, amount) -> terms.merge(col, amount * share,
                        Double::sum));
                new PriceSupportRows(m).spendingTerms(t).forEach((col, amount) -> terms.merge(col, amount * share,
                        Double::sum));
            }
        }
        terms.values().removeIf(c -> c == 0);
        return terms;
    }

    private static double fyShare(Financing fin, int fundingYear, List<Double> profile, boolean outlays, int fy) {
        if (!outlays) {
            return fin.obligationFiscalYear(fundingYear) == fy ? 1.0 : 0.0;
        }
        return fin.fiscalYearShares(fundingYear, profile).getOrDefault(fy, 0.0);
    }

    /**
     * Budget authority of the financing in calendar year {@code year} (null: in total), per column: each instrument's
     * score times its face value, charged as the option's capex is paid.
     */
    Map<Integer, Double> budgetAuthorityTerms(Integer year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        forEachFinanced((o, i, f, col) -> {
            double share = year == null ? 1.0 : o.capexShareInYear(year - f);
            if (share != 0 && i.budgetAuthorityPerUsd() != 0) {
                terms.merge(col, i.budgetAuthorityPerUsd() * share, Double::sum);
            }
        });
        return terms;
    }

    private interface FinancedVisitor {
        void visit(InvestmentOption o, Financing.Instrument i, int fundingYear, int column);
    }

    private void forEachFinanced(FinancedVisitor visitor) {
        for (InvestmentOption o : m.s.options()) {
            if (!financed(o)) {
                continue;
            }
            for (int f : m.fundingYears(o)) {
                for (Financing.Instrument i : financing().instrumentsFor(o)) {
                    visitor.visit(o, i, f, financedColumn(o, i, f));
                }
            }
        }
    }
}

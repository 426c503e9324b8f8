package org.reeopt.results;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reeopt.scenario.Financing;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * A plan's federal cost as budgets score it, recomputed from the scenario and the plan (never from the LP): budget
 * authority, federal face value, private capital, leverage, and outlays and budget authority by US fiscal year and by
 * account (docs/formulation.md, "Financing instruments"). Billion USD. Spending not financed by an instrument (grants
 * from the one budget, production subsidies, stockpiles, agreements) is scored 1:1 under the account
 * {@value #GENERAL}.
 *
 * @param budgetAuthorityBillionUsd  everything charged to the budget: each instrument's score times its face value,
 *                                   plus all other spending at face value (equals {@link Spending#totalBillionUsd()})
 * @param federalFaceValueBillionUsd the same at face value (loans and guarantees at their principal)
 * @param privateCapitalBillionUsd   capex of the funded options not paid by the federal side: the share outside the
 *                                   planning nation's capex share plus the private capital the instruments bring in
 * @param creditSubsidyBillionUsd    the part of budget authority that is credit subsidy (loans and guarantees)
 * @param loanFaceValueBillionUsd    the face value of those loans and guarantees
 * @param committedBudgetAuthorityBillionUsd federal money already signed for committed projects
 *                                   ({@link Financing.Committed}), at its score: outside the budget, not in the
 *                                   figures above
 * @param committedFaceValueBillionUsd the same at face value
 * @param committedOutlaysBillionUsdByFiscalYear its outlays, in the fiscal year of each obligation
 * @param budgetAuthorityBillionUsdByOptionAndFundingYear each funded option's budget authority by funding year: its
 *                                   capex share at its instruments' scores (1 without instruments) plus its
 *                                   production subsidies
 */
public record Financials(double budgetAuthorityBillionUsd, double federalFaceValueBillionUsd,
                         double privateCapitalBillionUsd, double creditSubsidyBillionUsd,
                         double loanFaceValueBillionUsd, Map<Integer, Double> outlaysBillionUsdByFiscalYear,
                         Map<String, Map<Integer, Double>> outlaysBillionUsdByAccountAndFiscalYear,
                         Map<Integer, Double> budgetAuthorityBillionUsdByFiscalYear,
                         Map<String, Double> budgetAuthorityBillionUsdByAccount,
                         Map<String, Double> faceValueBillionUsdByAccount,
                         double committedBudgetAuthorityBillionUsd, double committedFaceValueBillionUsd,
                         Map<Integer, Double> committedOutlaysBillionUsdByFiscalYear,
                         Map<String, Map<Integer, Double>> budgetAuthorityBillionUsdByOptionAndFundingYear) {
    /** The account of spending that no instrument finances. */
    public static final String GENERAL = "general";

    /** Federal face value per USD of budget authority (0 when nothing is spent). */
    public double leverage() {
        return budgetAuthorityBillionUsd > 0 ? federalFaceValueBillionUsd / budgetAuthorityBillionUsd : 0.0;
    }

    /** Whether {@code o}'s capex share is financed through instruments (else it is a grant from the one budget). */
    public static boolean financedByInstruments(Scenario s, InvestmentOption o) {
        return s.budget().financing().present() && !s.budget().financing().instrumentsFor(o).isEmpty();
    }

    static Financing.Instrument instrument(Scenario s, String id) {
        return s.budget().financing().instruments().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no instrument " + id));
    }

    public static Financials of(Scenario s, Plan plan) {
        Financing fin = s.budget().financing();
        Spending spending = Spending.of(s, plan);
        Acc acc = new Acc();
        double face = 0;
        double privateCapital = 0;
        double credit = 0;
        double loans = 0;
        Map<String, Map<Integer, Double>> byBuild = new TreeMap<>();
        for (Plan.Build b : plan.builds()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            double subsidies = s.horizon().years().stream()
                    .mapToDouble(t -> b.units() * o.subsidyBillionUsdPerUnit(b.fundingYear(), t)).sum();
            byBuild.computeIfAbsent(o.id(), k -> new TreeMap<>()).merge(b.fundingYear(), subsidies
                    + (financedByInstruments(s, o) ? 0.0 : b.units() * o.capexBillionUsdPerUnit()), Double::sum);
            privateCapital += b.units() * (o.capexMillionUsdPerUnit() / 1000.0 - o.capexBillionUsdPerUnit());
            privateCapital += plan.financed().privateCapital(o.id(), b.fundingYear());
            if (!financedByInstruments(s, o)) {
                double grant = b.units() * o.capexBillionUsdPerUnit();
                face += grant;
                acc.obligate(GENERAL, fin, b.fundingYear(), grant, grant, o.capexProfile());
            }
            for (int t : s.horizon().years()) {
                double subsidy = b.units() * o.subsidyBillionUsdPerUnit(b.fundingYear(), t);
                face += subsidy;
                acc.payThroughYear(GENERAL, t, subsidy);
            }
        }
        for (Plan.Financed.ByInstrument f : plan.financed().byInstrument()) {
            InvestmentOption o = s.option(f.option()).orElseThrow();
            Financing.Instrument i = instrument(s, f.instrument());
            double authority = f.faceValueBillionUsd() * i.budgetAuthorityPerUsd();
            face += f.faceValueBillionUsd();
            byBuild.computeIfAbsent(o.id(), k -> new TreeMap<>()).merge(f.fundingYear(), authority, Double::sum);
            if (i.kind().credit()) {
                credit += authority;
                loans += f.faceValueBillionUsd();
            }
            acc.obligate(i.account(), fin, f.fundingYear(), authority, f.faceValueBillionUsd(), i.outlayProfileFor(o));
        }
        for (Map.Entry<Integer, Map<String, Double>> year : spending.byYearAndNationBillionUsd().entrySet()) {
            for (String label : List.of(Spending.STOCKPILES, Spending.AGREEMENTS)) {
                double amount = year.getValue().getOrDefault(label, 0.0);
                face += amount;
                acc.payThroughYear(GENERAL, year.getKey(), amount);
            }
        }
        if (fin.priceSupport().present()) {
            PriceSupportCosts support = PriceSupportCosts.of(s, plan);
            for (var c : fin.priceSupport().contracts()) {
                String account = c.account().isEmpty() ? GENERAL : c.account();
                support.contractCostBillionUsdByYear().getOrDefault(c.id(), Map.of())
                        .forEach((year, amount) -> acc.payThroughYear(account, year, amount));
                face += support.contractCost(c.id());
            }
            support.gapBillionUsdByYear().forEach((year, amount) -> acc.payThroughYear(GENERAL, year, amount));
            face += support.gap();
        }
        double committedAuthority = 0;
        double committedFace = 0;
        Map<Integer, Double> committedOutlays = new TreeMap<>();
        for (Financing.Committed c : fin.committed()) {
            committedAuthority += c.budgetAuthorityBillionUsd();
            committedFace += c.faceValueBillionUsd();
            committedOutlays.merge(c.fiscalYear(), c.budgetAuthorityBillionUsd(), Double::sum);
        }
        return new Financials(spending.totalBillionUsd(), face, privateCapital, credit, loans, acc.outlays,
                acc.outlaysByAccount, acc.authorityByFy, acc.authorityByAccount, acc.faceByAccount,
                committedAuthority, committedFace, committedOutlays, byBuild);
    }

    /** Accumulates budget authority, face value and outlays by account and fiscal year. */
    private static final class Acc {
        final Map<Integer, Double> outlays = new TreeMap<>();
        final Map<String, Map<Integer, Double>> outlaysByAccount = new TreeMap<>();
        final Map<Integer, Double> authorityByFy = new TreeMap<>();
        final Map<String, Double> authorityByAccount = new TreeMap<>();
        final Map<String, Double> faceByAccount = new TreeMap<>();

        /** An award obligated in {@code fundingYear}'s obligation month and outlaid by {@code profile}. */
        void obligate(String account, Financing fin, int fundingYear, double authority, double face,
                      List<Double> profile) {
            if (authority == 0 && face == 0) {
                return;
            }
            authorityByFy.merge(fin.obligationFiscalYear(fundingYear), authority, Double::sum);
            authorityByAccount.merge(account, authority, Double::sum);
            faceByAccount.merge(account, face, Double::sum);
            fin.fiscalYearShares(fundingYear, profile).forEach((fy, share) -> outlay(account, fy, authority * share));
        }

        /** A payment spread evenly over calendar year {@code year}, obligated as it is paid. */
        void payThroughYear(String account, int year, double amount) {
            if (amount == 0) {
                return;
            }
            authorityByAccount.merge(account, amount, Double::sum);
            faceByAccount.merge(account, amount, Double::sum);
            for (int fy = year; fy <= year + 1; fy++) {
                double part = amount * Financing.calendarYearShare(year, fy);
                authorityByFy.merge(fy, part, Double::sum);
                outlay(account, fy, part);
            }
        }

        private void outlay(String account, int fy, double amount) {
            if (amount == 0) {
                return;
            }
            outlays.merge(fy, amount, Double::sum);
            outlaysByAccount.computeIfAbsent(account, a -> new TreeMap<>()).merge(fy, amount, Double::sum);
        }
    }
}

package org.reeopt.results;

import static org.reeopt.results.PlanAudit.ABSOLUTE_BILLION_USD;
import static org.reeopt.results.PlanAudit.ABSOLUTE_TONNES;
import static org.reeopt.results.PlanAudit.RELATIVE;
import static org.reeopt.results.PlanAudit.atMost;

import java.util.List;
import java.util.Map;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * The money half of {@link PlanAudit}: spending against the budget and the annual caps, price contracts (floors,
 * offtakes, the price gap), financing instruments and accounts, and committed financing, each recomputed from the
 * scenario, not from the model. Its checks and breaches are counted in the {@link PlanAudit} it belongs to.
 */
final class MoneyAudit {
    private final PlanAudit audit;
    private final Scenario s;
    private final Plan plan;
    /** Volumes (t/yr) a plan held fixed signed for its price contracts; empty when the plan was chosen. */
    private final Map<String, Double> heldContractTonnes;

    MoneyAudit(PlanAudit audit, Scenario scenario, Plan plan, Map<String, Double> heldContractTonnes) {
        this.audit = audit;
        this.s = scenario;
        this.plan = plan;
        this.heldContractTonnes = heldContractTonnes;
    }

    void spending() {
        Spending spending = Spending.of(s, plan);
        s.budget().totalBillionUsd().ifPresent(total -> audit.check(atMost(spending.totalBillionUsd(), total,
                ABSOLUTE_BILLION_USD), () -> "budget: " + spending.totalBillionUsd()
                + " billion USD spent, total budget " + total));
        spending.byYearBillionUsd().forEach((year, spent) ->
                s.budget().capFor(year).ifPresent(cap -> audit.check(atMost(spent, cap, ABSOLUTE_BILLION_USD),
                        () -> "budget: " + spent + " billion USD spent in " + year + ", annual cap " + cap)));
    }

    /**
     * Price contracts: each covers a volume between its minimum and maximum, and at most the China-free output of its
     * product in each year of its term (their costs and the price gap are in {@link #spending()}, recomputed by
     * {@link PriceSupportCosts} from the scenario's prices).
     */
    void priceSupport() {
        for (org.reeopt.scenario.PriceSupport.Contract c : s.budget().financing().priceSupport().contracts()) {
            double tonnes = plan.financed().contractTonnes(c.id());
            String what = "price contract " + c.id() + ": " + tonnes + " t/yr covered";
            audit.check(tonnes >= c.minVolumeTonnesPerYear() - ABSOLUTE_TONNES, () -> what + ", minimum "
                    + c.minVolumeTonnesPerYear());
            audit.check(atMost(tonnes, c.maxVolumeTonnesPerYear(), ABSOLUTE_TONNES), () -> what + ", maximum "
                    + c.maxVolumeTonnesPerYear());
            Double held = heldContractTonnes.get(c.id());
            if (held != null) {
                audit.check(atMost(Math.abs(tonnes - held), 0.0, ABSOLUTE_TONNES + RELATIVE * held), () -> what
                        + ", but the plan held fixed signed " + held + " t/yr");
            }
            for (int t : s.horizon().years()) {
                if (c.covers(t)) {
                    double chinaFree = plan.flow(c.product(), t).chinaFreeTonnes();
                    audit.check(atMost(tonnes, chinaFree, ABSOLUTE_TONNES), () -> what + " in " + t
                            + ", China-free output of "
                            + c.product().stage() + " " + c.product().material() + " " + chinaFree + " t");
                }
            }
        }
    }

    /**
     * Financing instruments: each funded option's capex share is covered by its instruments and private capital, no
     * instrument exceeds its share of capex or finances an option it may not, private capital stays within what the
     * instruments bring in, non-federal shares hold, and accounts and fiscal years stay within their caps.
     */
    void financing() {
        org.reeopt.scenario.Financing fin = s.budget().financing();
        if (!fin.present()) {
            return;
        }
        Map<String, Double> federal = new java.util.HashMap<>();
        for (Plan.Financed.ByInstrument f : plan.financed().byInstrument()) {
            InvestmentOption o = s.option(f.option()).orElseThrow();
            org.reeopt.scenario.Financing.Instrument i = Financials.instrument(s, f.instrument());
            double units = unitsFunded(o.id(), f.fundingYear());
            String what = "financing: " + i.id() + " on " + o.id() + " funded " + f.fundingYear();
            audit.check(i.finances(o), () -> what + " may not finance that option");
            double totalCapex = units * o.capexMillionUsdPerUnit() / 1000.0;
            audit.check(atMost(f.faceValueBillionUsd(), i.maxCapexShare() * totalCapex, ABSOLUTE_BILLION_USD),
                    () -> what + ": " + f.faceValueBillionUsd() + " billion USD, above its share "
                            + i.maxCapexShare() + " of capex " + totalCapex);
            double nonFederal = plan.financed().privateCapital(o.id(), f.fundingYear())
                    + totalCapex - units * o.capexBillionUsdPerUnit();
            double n = i.minNonFederalShare();
            audit.check(atMost(n * f.faceValueBillionUsd(), (1 - n) * nonFederal, ABSOLUTE_BILLION_USD),
                    () -> what + ": " + f.faceValueBillionUsd() + " billion USD beside " + nonFederal
                            + " non-federal, below the minimum non-federal share " + n);
            federal.merge(o.id() + "@" + f.fundingYear(), f.faceValueBillionUsd(), Double::sum);
        }
        for (Plan.Build b : plan.builds()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            if (!Financials.financedByInstruments(s, o)) {
                continue;
            }
            double privateCapital = plan.financed().privateCapital(o.id(), b.fundingYear());
            double covered = federal.getOrDefault(o.id() + "@" + b.fundingYear(), 0.0) + privateCapital;
            double needed = b.units() * o.capexBillionUsdPerUnit();
            audit.check(Math.abs(covered - needed) <= ABSOLUTE_BILLION_USD + RELATIVE * needed,
                    () -> "financing: " + o.id() + " funded " + b.fundingYear() + " needs " + needed
                            + " billion USD, instruments and private capital cover " + covered);
            double brought = plan.financed().byInstrument().stream()
                    .filter(f -> f.option().equals(o.id()) && f.fundingYear() == b.fundingYear())
                    .mapToDouble(f -> f.faceValueBillionUsd()
                            * Financials.instrument(s, f.instrument()).privateUsdPerFederalUsd()).sum();
            audit.check(atMost(privateCapital, brought, ABSOLUTE_BILLION_USD), () -> "financing: " + o.id() + " funded "
                    + b.fundingYear() + " raises " + privateCapital + " billion USD of private capital, its "
                    + "instruments bring in " + brought);
        }
        Financials money = Financials.of(s, plan);
        for (org.reeopt.scenario.Financing.Account a : fin.accounts()) {
            double authority = money.budgetAuthorityBillionUsdByAccount().getOrDefault(a.id(), 0.0);
            double face = money.faceValueBillionUsdByAccount().getOrDefault(a.id(), 0.0);
            // committed financing drawn on the account uses part of its caps (recomputed from the scenario's rows)
            double committedAuthority = fin.committed().stream().filter(c -> c.account().equals(a.id()))
                    .mapToDouble(c -> c.faceValueBillionUsd() * (c.kind().credit() ? c.budgetAuthorityPerUsd() : 1.0))
                    .sum();
            double committedFace = fin.committed().stream().filter(c -> c.account().equals(a.id()))
                    .mapToDouble(org.reeopt.scenario.Financing.Committed::faceValueBillionUsd).sum();
            a.budgetAuthorityCapBillionUsd().ifPresent(cap -> audit.check(atMost(authority + committedAuthority,
                    Math.max(cap, committedAuthority), ABSOLUTE_BILLION_USD), () -> "account " + a.id() + ": "
                            + authority
                    + " billion USD of budget authority beside " + committedAuthority + " committed, cap " + cap));
            a.faceValueCapBillionUsd().ifPresent(cap -> audit.check(atMost(face + committedFace, Math.max(cap,
                    committedFace), ABSOLUTE_BILLION_USD), () -> "account " + a.id() + ": " + face
                            + " billion USD of face "
                    + "value beside " + committedFace + " committed, cap " + cap));
        }
        boolean outlays = fin.fiscalYearCapBasis() == org.reeopt.scenario.Financing.FiscalYearBasis.OUTLAYS;
        Map<Integer, Double> byFy = outlays ? money.outlaysBillionUsdByFiscalYear()
                : money.budgetAuthorityBillionUsdByFiscalYear();
        fin.fiscalYearCapsBillionUsd().forEach((fy, cap) -> {
            double amount = byFy.getOrDefault(fy, 0.0);
            audit.check(atMost(amount, cap, ABSOLUTE_BILLION_USD), () -> "FY" + fy + ": " + amount + " billion USD of "
                    + (outlays ? "outlays" : "budget authority") + ", cap " + cap);
        });
    }

    /**
     * Committed federal financing (outside the budget): each names a committed project of the scenario, and the
     * budget authority and outlays reported apart are its face value times its score (1 for a grant or equity, the
     * credit subsidy rate for a loan), recomputed here, all in fiscal years before or at the horizon's first; none of
     * it is in the plan's spending, which the budget checks bound.
     */
    void committedFinancing() {
        List<org.reeopt.scenario.Financing.Committed> committed = s.budget().financing().committed();
        if (committed.isEmpty()) {
            return;
        }
        double authority = 0;
        double face = 0;
        for (org.reeopt.scenario.Financing.Committed c : committed) {
            audit.check(s.committedProjects().stream().anyMatch(p -> p.option().id().equals(c.project())),
                    () -> "committed financing names " + c.project() + ", not a committed project of the scenario");
            double score = c.kind().credit() ? c.budgetAuthorityPerUsd() : 1.0;
            authority += c.faceValueBillionUsd() * score;
            face += c.faceValueBillionUsd();
        }
        Financials money = Financials.of(s, plan);
        double outlaid = money.committedOutlaysBillionUsdByFiscalYear().values().stream()
                .mapToDouble(Double::doubleValue).sum();
        if (!audit.passes(Math.abs(money.committedBudgetAuthorityBillionUsd() - authority) <= ABSOLUTE_BILLION_USD)) {
            audit.breaches.add("committed financing: " + money.committedBudgetAuthorityBillionUsd()
                            + " billion USD of budget authority reported, recomputed " + authority);
        }
        if (!audit.passes(Math.abs(money.committedFaceValueBillionUsd() - face) <= ABSOLUTE_BILLION_USD)) {
            audit.breaches.add("committed financing: " + money.committedFaceValueBillionUsd()
                            + " billion USD of face value reported, recomputed " + face);
        }
        if (!audit.passes(Math.abs(outlaid - authority) <= ABSOLUTE_BILLION_USD)) {
            audit.breaches.add("committed financing: outlays "
                    + outlaid + " billion USD by fiscal year, budget authority " + authority);
        }
        audit.check(Math.abs(money.budgetAuthorityBillionUsd() - Spending.of(s, plan).totalBillionUsd())
                <= ABSOLUTE_BILLION_USD, () -> "committed financing is charged to the plan's budget authority");
    }

    private double unitsFunded(String option, int fundingYear) {
        return plan.builds().stream().filter(b -> b.option().equals(option) && b.fundingYear() == fundingYear)
                .mapToDouble(Plan.Build::units).sum();
    }
}

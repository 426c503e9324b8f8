package org.reeopt.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.results.AuditReport;
import org.reeopt.results.DependencyMetrics;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.results.PlanAudit;
import org.reeopt.results.PlanExtractor;
import org.reeopt.results.RiskSummary;
import org.reeopt.results.Spending;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.LpSolver;
import org.reeopt.solve.SolverLimits;

/**
 * Evaluates a plan of a scenario with several futures (risk scenarios): its outcome in each future, and the regret
 * table that compares it with the plan that ignores export restrictions (chosen as if no future restricted
 * anything, then evaluated in every future with its investments, stockpile purchases, agreements and price-contract
 * volumes fixed) and with the best plan for each future known in advance (perfect information).
 */
final class RobustEvaluation {
    static final String ROBUST_PLAN = "robust plan";
    static final String IGNORES_RESTRICTIONS = "plan that ignores restrictions";

    private final Scenario s;
    private final LpSolver solver;
    private final SolverLimits limits;
    private final boolean relax;

    RobustEvaluation(Scenario scenario, LpSolver solver, SolverLimits limits, boolean relax) {
        this.s = scenario;
        this.solver = solver;
        this.limits = limits;
        this.relax = relax;
    }

    /** The plan in each future, in the order of the scenario's futures. */
    static List<Plan> plans(Scenario s, BuiltModel model, double[] values) {
        List<Plan> out = new ArrayList<>();
        List<SupplyRisk.Future> futures = s.supplyRisk().futures();
        for (int k = 0; k < futures.size(); k++) {
            out.add(PlanExtractor.extract(s, model.futures().get(k), values, futures.get(k).name()));
        }
        return out;
    }

    /** Audits the plan in every future; a breach names its future. */
    static AuditReport audit(Scenario s, List<Plan> plans, boolean relaxed) {
        return audit(s, plans, relaxed, Map.of());
    }

    /** As above for a plan held fixed: its price contracts must cover the volumes signed ({@code heldTonnes}). */
    static AuditReport audit(Scenario s, List<Plan> plans, boolean relaxed, Map<String, Double> heldTonnes) {
        int checks = 0;
        List<String> breaches = new ArrayList<>();
        for (Plan plan : plans) {
            AuditReport report = PlanAudit.audit(s, plan, relaxed, heldTonnes);
            checks += report.checks();
            String prefix = plans.size() > 1 ? "[" + plan.future() + "] " : "";
            report.breaches().forEach(b -> breaches.add(prefix + b));
        }
        return new AuditReport(checks, breaches);
    }

    /**
     * A plan's score in its future: the primary measure (weighted dependency, or spending in cost mode) plus the
     * shortfall penalty, recomputed from the plan.
     */
    static double score(Scenario s, Plan plan) {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        Spending spending = Spending.of(s, plan);
        double primary = s.objective().mode() == ObjectiveSpec.Mode.DEPENDENCY ? metrics.weightedObjective()
                : spending.totalBillionUsd() + spending.outsideBudgetBillionUsd();
        return primary + metrics.shortfallPenalty();
    }

    RiskSummary.Robust evaluate(BuiltModel model, double[] robustValues) {
        List<SupplyRisk.Future> futures = s.supplyRisk().futures();
        List<Plan> robust = plans(s, model, robustValues);
        List<RiskSummary.FutureOutcome> outcomes = new ArrayList<>();
        for (int k = 0; k < futures.size(); k++) {
            outcomes.add(outcome(futures.get(k), robust.get(k)));
        }
        List<String> notes = new ArrayList<>();
        Map<String, Double> best = perfectInformation(notes);
        List<RiskSummary.PlanScores> rows = new ArrayList<>();
        rows.add(scores(ROBUST_PLAN, robust, best));
        List<Plan> naive = ignoringRestrictions(model, notes);
        if (naive != null) {
            rows.add(scores(IGNORES_RESTRICTIONS, naive, best));
        }
        String criterion = s.supplyRisk().criterion() == SupplyRisk.Criterion.WORST_CASE ? "worst-case" : "expected";
        return new RiskSummary.Robust(criterion, outcomes, rows, String.join(" ", notes));
    }

    private RiskSummary.FutureOutcome outcome(SupplyRisk.Future future, Plan plan) {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        double shortfall = 0;
        double peak = 0;
        Integer peakYear = null;
        double endToEnd = 0;
        double unassured = 0;
        Map<String, Double> byYear = new LinkedHashMap<>();
        for (int year : s.horizon().years()) {
            shortfall += metrics.shortfallTonnes(year);
            if (metrics.shortfallShare(year) > peak + 1e-9) {
                peak = metrics.shortfallShare(year);
                peakYear = year;
            }
            endToEnd += metrics.endToEnd(year);
            unassured += metrics.unassured(year);
            byYear.put(Integer.toString(year), round(metrics.endToEnd(year)));
        }
        int n = s.horizon().years().size();
        return new RiskSummary.FutureOutcome(future.name(), future.probability(), round(shortfall), round(peak),
                peakYear, byYear, round(endToEnd / n), round(unassured / n),
                round(Spending.of(s, plan).totalBillionUsd()), round(score(s, plan)));
    }

    /** The best score reachable in each future alone, or none when a future cannot be solved. */
    private Map<String, Double> perfectInformation(List<String> notes) {
        Map<String, Double> best = new LinkedHashMap<>();
        SupplyRisk risk = s.supplyRisk();
        for (int k = 0; k < risk.riskScenarios().size(); k++) {
            Scenario alone = s.withSupplyRisk(risk.withRiskScenarios(List.of(risk.riskScenarios().get(k))));
            BuiltModel model = ModelBuilder.build(alone, relax);
            LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model, solver, limits);
            if (!outcome.status().hasPlan()) {
                notes.add("The best plan for " + risk.riskScenarios().get(k).name() + " alone could not be solved ("
                        + outcome.status() + "); its regrets are left out.");
                continue;
            }
            Plan plan = PlanExtractor.extract(alone, model.variables(), outcome.values(), alone.supplyRisk()
                    .futures().get(0).name());
            best.put(risk.riskScenarios().get(k).name(), score(alone, plan));
        }
        return best;
    }

    /**
     * The plan chosen as if no restriction could happen, then evaluated in every future: its first-stage decisions
     * are fixed in the robust model, and each future's operations adapt. Null when it cannot be solved.
     */
    private List<Plan> ignoringRestrictions(BuiltModel model, List<String> notes) {
        Scenario open = s.withSupplyRisk(s.supplyRisk().withRiskScenarios(List.of()).withRestrictions(List.of()));
        BuiltModel openModel = ModelBuilder.build(open, relax);
        LexicographicSolve.Outcome chosen = LexicographicSolve.solve(openModel, solver, limits);
        if (!chosen.status().hasPlan()) {
            notes.add("The plan that ignores restrictions could not be solved (" + chosen.status() + ").");
            return null;
        }
        Plan plan = PlanExtractor.extract(open, openModel.variables(), chosen.values());
        BuiltModel fixed = model.withFixed(FixedColumns.of(s, model.variables(), FixedPlan.of(plan,
                IGNORES_RESTRICTIONS)));
        LexicographicSolve.Outcome evaluated = LexicographicSolve.solve(fixed, solver, limits);
        if (!evaluated.status().hasPlan()) {
            notes.add("The plan that ignores restrictions has no feasible operation in some future ("
                    + evaluated.status() + "): a target or limit it cannot meet.");
            return null;
        }
        return plans(s, fixed, evaluated.values());
    }

    private RiskSummary.PlanScores scores(String name, List<Plan> plans, Map<String, Double> best) {
        List<SupplyRisk.Future> futures = s.supplyRisk().futures();
        Map<String, Double> scoreBy = new LinkedHashMap<>();
        Map<String, Double> regretBy = new LinkedHashMap<>();
        double expected = 0;
        double worst = Double.NEGATIVE_INFINITY;
        double expectedRegret = 0;
        double maxRegret = 0;
        for (int k = 0; k < futures.size(); k++) {
            String future = futures.get(k).name();
            double score = score(s, plans.get(k));
            scoreBy.put(future, round(score));
            expected += futures.get(k).probability() * score;
            worst = Math.max(worst, score);
            if (best.containsKey(future)) {
                double regret = Math.max(0, score - best.get(future));
                regretBy.put(future, round(regret));
                expectedRegret += futures.get(k).probability() * regret;
                maxRegret = Math.max(maxRegret, regret);
            }
        }
        return new RiskSummary.PlanScores(name, scoreBy, round(expected), round(worst), regretBy, round(expectedRegret),
                round(maxRegret));
    }

    private static double round(double value) {
        double r = Math.round(value * 1e6) / 1e6;
        return r == 0 ? 0.0 : r;
    }
}

package org.reeopt.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.results.AuditReport;
import org.reeopt.results.DependencyMetrics;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.results.Spending;
import org.reeopt.results.TargetOutcomes;
import org.reeopt.scenario.RiskScenario;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.LpSolver;
import org.reeopt.solve.SolveResult;
import org.reeopt.solve.SolveStatus;
import org.reeopt.solve.SolverLimits;

/**
 * One investment plan chosen against sampled futures (docs/formulation.md, "A plan chosen against sampled futures"):
 * the futures share the first-stage decisions (funding, stockpile purchases, agreements) and each operates with its
 * own drawn inputs. Without a chance target the expected primary objective over the futures is minimized (sample
 * average approximation), then spending as in every solve; with one, first the probability of meeting it, then the
 * same with that probability held.
 */
public final class SampledFutures {
    /** Slack on the probability held in the later phases: far below one future's share 1/N. */
    static final double PROBABILITY_TOLERANCE = 1e-7;

    private SampledFutures() {
    }

    /**
     * The outcome: status, the shared plan's first-stage decisions, each future's plan, the audit of every future's
     * operation and of the budget, the expected primary objective over the futures (SAA objective), and with a chance
     * target the share of futures meeting it (null otherwise).
     */
    public record Outcome(SolveStatus status, String message, FixedPlan plan, List<Plan> futurePlans,
                          List<Double> futureScores, List<Map<Integer, Double>> futureEndToEnd, AuditReport audit,
                          double expectedObjective, Double chanceProbability) {
        public Outcome {
            futurePlans = futurePlans == null ? List.of() : List.copyOf(futurePlans);
            futureScores = futureScores == null ? List.of() : List.copyOf(futureScores);
            futureEndToEnd = futureEndToEnd == null ? List.of() : List.copyOf(futureEndToEnd);
        }
    }

    /**
     * The plan of {@code scenario} (without risk scenarios) against the equally likely {@code drawn} scenarios (the
     * scenario with each future's drawn inputs), with {@code chance} maximized first when present.
     */
    public static Outcome solve(Scenario scenario, List<Scenario> drawn, Optional<Target> chance, RunOptions options,
                                String source) {
        Scenario overridden = Pipeline.withOverrides(scenario, options);
        List<RiskScenario> futures = new ArrayList<>();
        for (int k = 0; k < drawn.size(); k++) {
            futures.add(new RiskScenario(name(k), 1.0 / drawn.size(), List.of(), "sampled future " + (k + 1)));
        }
        Scenario base = overridden.withSupplyRisk(overridden.supplyRisk().withRiskScenarios(futures));
        List<Scenario> withFutures = drawn.stream().map(d -> Pipeline.withOverrides(d, options)
                .withSupplyRisk(base.supplyRisk())).toList();
        LpSolver solver = Pipeline.solver(base, options);
        SolverLimits limits = Pipeline.limits(base, options, System.nanoTime());
        ModelBuilder.Sampled sampled = ModelBuilder.buildSampled(base, withFutures, chance, options.relax());
        BuiltModel model = sampled.model();
        Double probability = null;
        if (chance.isPresent()) {
            double[] missed = new double[model.program().variables().size()];
            for (int col : sampled.chanceMetColumns()) {
                missed[col] = -1.0 / drawn.size();
            }
            SolveResult first = solver.solve(model.program().withObjective(missed), limits.share(0.4));
            if (!first.status().hasPlan()) {
                return new Outcome(first.status(), first.note(), null, null, null, null, null, Double.NaN, null);
            }
            probability = -first.objective();
            model = model.withRowAtMost("chanceProbabilityLimit", missed, first.objective() + PROBABILITY_TOLERANCE);
        }
        LexicographicSolve.Outcome solved = LexicographicSolve.solve(model, solver, limits);
        if (!solved.status().hasPlan()) {
            return new Outcome(solved.status(), solved.primary().note(), null, null, null, null, null, Double.NaN,
                    probability);
        }
        double[] x = solved.values();
        List<Plan> plans = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Map<Integer, Double>> endToEnd = new ArrayList<>();
        List<String> breaches = new ArrayList<>();
        int checks = 0;
        long met = 0;
        for (int k = 0; k < drawn.size(); k++) {
            Scenario future = withFutures.get(k);
            Plan plan = org.reeopt.results.PlanExtractor.extract(future, model.futures().get(k), x, name(k));
            plans.add(plan);
            scores.add(RobustEvaluation.score(future, plan));
            DependencyMetrics metrics = new DependencyMetrics(future, plan);
            Map<Integer, Double> byYear = new LinkedHashMap<>();
            future.horizon().years().forEach(y -> byYear.put(y, metrics.endToEnd(y)));
            endToEnd.add(byYear);
            met += chance.isPresent() && meets(future, metrics, chance.get()) ? 1 : 0;
        }
        // each future's operation against its own drawn inputs; the budget (at base capex) once, below
        for (int k = 0; k < plans.size(); k++) {
            AuditReport r = org.reeopt.results.PlanAudit.audit(withFutures.get(k).withBudget(
                    org.reeopt.scenario.Budget.unlimited()), plans.get(k), options.relax());
            checks += r.checks();
            String prefix = "[" + name(k) + "] ";
            r.breaches().forEach(b -> breaches.add(prefix + b));
        }
        checks += budgetChecks(base, plans.get(0), breaches);
        double expected = scores.stream().mapToDouble(Double::doubleValue).sum() / scores.size();
        if (probability != null) {
            probability = (double) met / drawn.size();
        }
        return new Outcome(solved.status(), null, FixedPlan.of(plans.get(0), source), plans, scores, endToEnd,
                new AuditReport(checks, breaches), expected, probability);
    }

    /**
     * Whether a future's plan meets target {@code t} in every year it covers, by the check of each draw of the Monte
     * Carlo and of the solve's audit ({@link TargetOutcomes#met}), so that in-sample and out-of-sample shares count
     * alike.
     */
    static boolean meets(Scenario future, DependencyMetrics metrics, Target t) {
        for (int year : future.horizon().years()) {
            if (t.covers(year) && !TargetOutcomes.met(future, metrics, t, year)) {
                return false;
            }
        }
        return true;
    }

    /** The shared plan's spending at base capex against the scenario's total budget and annual caps. */
    private static int budgetChecks(Scenario base, Plan plan, List<String> breaches) {
        Spending spending = Spending.of(base, plan);
        int checks = 0;
        if (base.budget().totalBillionUsd().isPresent()) {
            checks++;
            double total = base.budget().totalBillionUsd().getAsDouble();
            if (spending.totalBillionUsd() > total + 1e-6 * (1 + total)) {
                breaches.add("budget: " + spending.totalBillionUsd() + " billion USD spent at base capex, total budget "
                        + total);
            }
        }
        for (Map.Entry<Integer, Double> y : spending.byYearBillionUsd().entrySet()) {
            java.util.OptionalDouble cap = base.budget().capFor(y.getKey());
            if (cap.isPresent()) {
                checks++;
                if (y.getValue() > cap.getAsDouble() + 1e-6 * (1 + cap.getAsDouble())) {
                    breaches.add("budget: " + y.getValue() + " billion USD spent in " + y.getKey() + " at base capex, "
                            + "annual cap " + cap.getAsDouble());
                }
            }
        }
        return checks;
    }

    /** The name of future {@code k} (from 0) in the model and its messages. */
    public static String name(int k) {
        return "future-" + (k + 1);
    }
}

package org.reeopt.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeopt.load.InputException;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.load.SourceCatalog;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.CplexLpWriter;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.MpsWriter;
import org.reeopt.model.ModelBuilder;
import org.reeopt.results.AuditReport;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.InfeasibilityExplanation;
import org.reeopt.results.Plan;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.RiskSummary;
import org.reeopt.results.Summarizer;
import org.reeopt.scenario.Budget;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.solve.Duals;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.LpSolver;
import org.reeopt.solve.SolveResult;
import org.reeopt.solve.SolveStatus;
import org.reeopt.solve.SolverLimits;
import org.reeopt.solve.Solvers;
import org.reeopt.validate.InvalidScenarioException;
import org.reeopt.validate.Problem;
import org.reeopt.validate.ScenarioValidator;
import org.reeopt.validate.ValidationReport;

/** The one place that knows the order of the stages: load, validate, build, solve, summarize (with the audit). */
public final class Pipeline {
    private Pipeline() {
    }

    /** Loads and runs a scenario; the time limit counts from here (loading, building and every solve). */
    public static RunResult run(Path scenarioFile, RunOptions options) {
        long start = System.nanoTime();
        return run(load(scenarioFile), options, start);
    }

    /** Runs a loaded scenario with the overrides of {@code options} (e.g. the budget) applied. */
    public static RunResult run(Scenario loaded, RunOptions options) {
        return run(loaded, options, System.nanoTime());
    }

    /**
     * As above, with the time limit counted from {@code startNanos} (a {@link System#nanoTime()}, e.g. when the
     * command started): one deadline for every stage after it.
     */
    public static RunResult run(Scenario loaded, RunOptions options, long startNanos) {
        return run(loaded, options, startNanos, true);
    }

    /**
     * {@link #run(Scenario, RunOptions)} without marginal values: for studies that read only the plan, its
     * dependency and spending (a Monte Carlo draw), since confirming the duals takes up to nine more solves.
     */
    public static RunResult runWithoutDuals(Scenario loaded, RunOptions options) {
        return run(loaded, options, System.nanoTime(), false);
    }

    private static RunResult run(Scenario loaded, RunOptions options, long startNanos, boolean withDuals) {
        Scenario scenario = withOverrides(loaded, options);
        ValidationReport validation = validate(scenario);
        LpSolver solver = solver(scenario, options);
        SolverLimits limits = limits(scenario, options, startNanos);
        if (limits.expired()) {
            return timeUp(scenario, validation, solver, options, limits, "while the scenario was read and checked");
        }
        BuiltModel model;
        try {
            model = ModelBuilder.build(scenario, options.relax(), limits::expired);
        } catch (ModelBuilder.TimeUp stopped) {
            return timeUp(scenario, validation, solver, options, limits, "while the model was built ("
                    + stopped.getMessage() + ")");
        }
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model, solver, limits);
        return summarize(scenario, validation, model, outcome, solver, options, limits, null, withDuals);
    }

    /**
     * No plan because the time limit ran out {@code stage} (e.g. "while the model was built (...)"), before any
     * solve: status FAILED, the reason in words, no model size (no model was finished).
     */
    private static RunResult timeUp(Scenario scenario, ValidationReport validation, LpSolver solver,
                                    RunOptions options, SolverLimits limits, String stage) {
        String message = String.format(java.util.Locale.ROOT, "the time limit of %s s ran out %s, before any solve",
                limits.timeLimitSeconds(), stage);
        ResultSummary.SolverInfo info = new ResultSummary.SolverInfo(solver.name(), options.relax(), false, 0, 0, 0,
                limits.mipGap(), false, 0);
        String table = scenario.options().isEmpty() ? null : scenario.options().get(0).source().file();
        String objective = scenario.objective().mode() == ObjectiveSpec.Mode.DEPENDENCY ? "weighted dependency"
                : "spending";
        Summarizer.SolveFacts facts = new Summarizer.SolveFacts(SolveStatus.FAILED.name(), Double.NaN, objective, info,
                validation.warnings().stream().map(Problem::toString).toList(), java.util.Map.of(), "none (no plan)",
                SourceCatalog.titlesNear(table), null, SourceCatalog.vintageNear(table));
        return new RunResult(scenario, validation, SolveStatus.FAILED, true,
                Summarizer.withoutPlan(scenario, facts, message));
    }

    /**
     * A saved plan evaluated under {@code loaded} with the overrides of {@code options} (e.g. another scenario's
     * export restrictions): its investments, stockpile purchases, agreements and price contract volumes held fixed, only operation
     * (production, purchases, stock releases, shortfall) re-optimized. The budget does not bind the model (the plan's
     * spending is given); the audit still checks the plan against the scenario's budget.
     */
    public static RunResult evaluate(Scenario loaded, RunOptions options, FixedPlan plan) {
        Scenario overridden = withOverrides(loaded, options);
        Scenario scenario = overridden.withDescription("Fixed plan from " + plan.source() + " (investments, "
                + "stockpile purchases and agreements held fixed" + ContractVolumes.heldNote(overridden, plan)
                + "; only operation re-optimized, without foresight) "
                + "evaluated under " + overridden.name() + options.restrictionsFrom().map(u -> " with the export "
                + "restrictions of " + u.getFileName()).orElse("") + ".");
        ValidationReport validation = validate(scenario);
        LpSolver solver = solver(scenario, options);
        SolverLimits limits = limits(scenario, options, System.nanoTime());
        // no budget rows, but price support stays: the contracts' volumes are first-stage columns to hold
        Scenario unbudgeted = scenario.withBudget(Budget.unlimited().withFinancing(org.reeopt.scenario.Financing.NONE
                .withPriceSupport(scenario.budget().financing().priceSupport())));
        BuiltModel built = ModelBuilder.build(unbudgeted, options.relax());
        BuiltModel model = built.withFixed(FixedColumns.of(scenario, built.variables(), plan));
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model, solver, limits);
        if (outcome.status() == SolveStatus.INFEASIBLE) {
            return new RunResult(scenario, validation, outcome.status(), true, Summarizer.withoutPlan(scenario,
                    facts(scenario, model, outcome, solver, options, limits, new ArrayList<>()), "the plan from "
                    + plan.source() + " cannot be operated under " + scenario.name() + ": it misses "
                    // a scenario evaluated without targets (an uncertainty draw measures them) cannot miss one
                    + (scenario.targets().isEmpty() ? "" : "a target, ") + "a supply limit or a build limit "
                    + "whatever is produced or bought (build limits cap new capacity "
                    + "by first output year: changed lead times can bunch the plan's plants into one year)"
                    + ContractVolumes.infeasibleNote(scenario, plan)));
        }
        RunResult evaluated = summarize(scenario, validation, model, outcome, solver, options, limits, plan, false);
        for (String warning : ContractVolumes.notHeld(scenario, plan)) {
            evaluated = withWarning(evaluated, warning);
        }
        return evaluated;
    }

    /** The raise of the total budget for the finite difference of {@link #withBudgetEffect}, billion USD. */
    public static final double BUDGET_STEP_BILLION_USD = 1.0;

    /**
     * {@code result} with what one more billion USD of total budget does to end-to-end dependency in each year,
     * by a finite difference (the scenario solved again with the budget raised by {@link #BUDGET_STEP_BILLION_USD});
     * unchanged when there is no total budget to raise (cost mode) or no optimal plan on either side. The second
     * solve is the optimization alone (the plan's dependency by year, audited): no duals, and for a robust plan no
     * regret table (its extra solves per future cost more than the robust solve itself); a robust plan's change is
     * that of its first future, the one the dependency table shows. It shares the deadline counted from
     * {@code startNanos}; when it cannot finish within it, the result stays without the effect.
     */
    public static RunResult withBudgetEffect(Scenario loaded, RunOptions options, RunResult result, long startNanos) {
        ResultSummary r = result.summary();
        Scenario scenario = withOverrides(loaded, options);
        if (r.budgetBillionUsd() == null || r.spentBillionUsd() == null
                || scenario.objective().mode() != ObjectiveSpec.Mode.DEPENDENCY) {
            return result;
        }
        double raised = r.budgetBillionUsd() + BUDGET_STEP_BILLION_USD;
        // the second run repeats the first (build and solves): started only when the time left is at least as long
        double tookSeconds = (System.nanoTime() - startNanos) / 1e9;
        double leftSeconds = limits(scenario, options, startNanos).remainingSeconds();
        if (leftSeconds < tookSeconds) {
            return withWarning(result, String.format(java.util.Locale.ROOT, "what one more billion USD would do was "
                    + "not computed: it needs a second solve as long as this run (%.1f s), and the time limit left "
                    + "%.1f s", tookSeconds, leftSeconds));
        }
        java.util.Map<String, Double> more = endToEndDependency(scenario.withBudgetTotal(raised), options, startNanos);
        if (more == null) {
            return withWarning(result, "what one more billion USD would do was not computed: its second solve gave "
                    + "no optimal, audited plan within the time limit");
        }
        java.util.Map<String, Double> change = new java.util.LinkedHashMap<>();
        r.endToEndDependency().forEach((year, share) -> change.put(year,
                Math.round((more.get(year) - share) * 1e6) / 1e6));
        String method = String.format(java.util.Locale.ROOT, "finite difference: the %s solved again with a "
                + "total budget of %.2f B$ instead of %.2f B$%s", scenario.supplyRisk().isRobust() ? "robust plan"
                : "scenario", raised, r.budgetBillionUsd(), scenario.supplyRisk().isRobust() ? "; dependency in the "
                + scenario.supplyRisk().futures().get(0).name() + " future" : "");
        return new RunResult(result.scenario(), result.validation(), result.status(), result.auditPassed(),
                r.withBudgetEffect(new ResultSummary.BudgetEffect(BUDGET_STEP_BILLION_USD, change, method)), result.plan());
    }

    /**
     * {@code result} with its financing's dependency cut per B$ of budget authority (docs/formulation.md, "Financing
     * instruments"): end-to-end dependency in the horizon's second key year (2030 for 2026-2040) of the scenario
     * solved again with no budget, less the plan's, in percentage points, over the plan's budget authority.
     * Unchanged without financing, a total budget, budget authority spent or an optimal plan; the second solve shares
     * the deadline counted from {@code startNanos}.
     */
    public static RunResult withDependencyCut(Scenario loaded, RunOptions options, RunResult result,
                                              long startNanos) {
        ResultSummary r = result.summary();
        ResultSummary.Finance f = r.financing();
        Scenario scenario = withOverrides(loaded, options);
        if (f == null || r.budgetBillionUsd() == null || r.spentBillionUsd() == null
                || f.budgetAuthorityBillionUsd() <= 0 || scenario.objective().mode() != ObjectiveSpec.Mode.DEPENDENCY) {
            return result;
        }
        List<Integer> keyYears = org.reeopt.results.KeyYears.of(r.years());
        int year = keyYears.get(Math.min(1, keyYears.size() - 1));
        java.util.Map<String, Double> none = limits(scenario, options, startNanos).expired() ? null
                : endToEndDependency(scenario.withBudgetTotal(0.0), options, startNanos);
        if (none == null) {
            return withWarning(result, "the dependency cut per B$ of budget authority was not computed: the solve "
                    + "with no budget gave no optimal, audited plan within the time limit");
        }
        String key = String.valueOf(year);
        double points = (none.get(key) - r.endToEndDependency().get(key)) * 100 / f.budgetAuthorityBillionUsd();
        return new RunResult(result.scenario(), result.validation(), result.status(), result.auditPassed(),
                r.withFinancing(f.withDependencyCut(Math.round(points * 1e4) / 1e4, year)), result.plan());
    }

    /** {@link #run(Path, RunOptions)} with {@link #withDependencyCut} (compare's rows). */
    public static RunResult runWithDependencyCut(Path scenarioFile, RunOptions options) {
        long start = System.nanoTime();
        Scenario loaded = load(scenarioFile);
        return withDependencyCut(loaded, options, run(loaded, options, start), start);
    }

    private static RunResult withWarning(RunResult result, String warning) {
        return new RunResult(result.scenario(), result.validation(), result.status(), result.auditPassed(),
                result.summary().withWarning(warning), result.plan());
    }

    /**
     * End-to-end dependency by year (rounded as a result reports it) of the optimal plan of {@code scenario} in its
     * first future, from the optimization and the audit alone; null without an optimal, audited plan.
     */
    private static java.util.Map<String, Double> endToEndDependency(Scenario scenario, RunOptions options,
                                                                    long startNanos) {
        BuiltModel model = ModelBuilder.build(scenario, options.relax());
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model, solver(scenario, options),
                limits(scenario, options, startNanos));
        if (outcome.status() != SolveStatus.OPTIMAL) {
            return null;
        }
        List<Plan> plans = RobustEvaluation.plans(scenario, model, outcome.values());
        if (!RobustEvaluation.audit(scenario, plans, options.relax()).passed()) {
            return null;
        }
        return Summarizer.endToEndDependency(scenario, plans.get(0));
    }

    /**
     * The program that {@code solve} minimizes first (same scenario, overrides and relaxation), for export: its
     * objective equals the {@code objective} a result reports.
     */
    public static LinearProgram firstProgram(Scenario loaded, RunOptions options) {
        Scenario scenario = withOverrides(loaded, options);
        validate(scenario);
        BuiltModel model = ModelBuilder.build(scenario, options.relax());
        return model.program().withObjective(model.primaryObjective());
    }

    /** The first program in the two exchange formats, with its size. */
    public record ExportedModel(String mps, String lp, int variables, int integers, int rows) {
    }

    public static ExportedModel export(Scenario loaded, RunOptions options) {
        LinearProgram program = firstProgram(loaded, options);
        return new ExportedModel(MpsWriter.write(program, loaded.name()), CplexLpWriter.write(program, loaded.name()),
                program.variables().size(), program.integerCount(), program.rows().size());
    }

    /** Reads a scenario file and everything it names. Throws {@link InputException} on bad input. */
    public static Scenario load(Path scenarioFile) {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        // a scenario that names an uncertainty table is checked with it (as validate does), so that every command
        // refuses the same broken scenario, not only `reeopt uncertainty`
        org.reeopt.load.UncertaintyLoader.load(scenarioFile, scenario);
        return scenario;
    }

    /** Reads a scenario file with a stress variant applied on top (docs/scenario-format.md, Stress variants). Throws {@link InputException}. */
    public static Scenario load(Path scenarioFile, Path stressVariant) {
        return ScenarioLoader.loadWithOverlay(scenarioFile, stressVariant);
    }

    /**
     * The scenario with the command-line overrides applied: extra targets, the objective mode (minimizing cost drops
     * the scenario's total budget, so the answer is what the targets cost, unless a budget is given), the budget.
     */
    public static Scenario withOverrides(Scenario scenario, RunOptions options) {
        Scenario s = scenario;
        if (!options.extraTargets().isEmpty()) {
            checkCommandLineTargets(s, options.extraTargets(), "--target");
            List<Target> targets = new ArrayList<>(s.targets());
            targets.addAll(options.extraTargets());
            s = s.withObjectiveAndTargets(s.objective(), targets);
        }
        if (options.minimize().isPresent() && options.minimize().get() != s.objective().mode()) {
            s = options.minimize().get() == ObjectiveSpec.Mode.COST ? forCost(s, options)
                    : s.withObjectiveAndTargets(s.objective().withMode(ObjectiveSpec.Mode.DEPENDENCY), s.targets());
        }
        if (options.restrictionsFrom().isPresent()) {
            Scenario under = load(options.restrictionsFrom().get());
            s = s.withSupplyRisk(s.supplyRisk().withRestrictions(under.supplyRisk().restrictions())
                    .withRiskScenarios(under.supplyRisk().riskScenarios()));
        }
        if (options.criterion().isPresent()) {
            s = s.withSupplyRisk(s.supplyRisk().withCriterion(options.criterion().get()));
        }
        return options.budgetBillionUsd().isPresent() ? s.withBudgetTotal(options.budgetBillionUsd().getAsDouble()) : s;
    }

    /** The scenario in cost mode: spending minimized subject to its targets, with no total budget. */
    public static Scenario forCost(Scenario scenario, RunOptions options) {
        Budget budget = scenario.budget();
        Budget open = new Budget(java.util.OptionalDouble.empty(), budget.annualCapBillionUsd(),
                budget.annualCapsBillionUsd(), budget.financing());
        return scenario.withBudget(open)
                .withObjectiveAndTargets(scenario.objective().withMode(ObjectiveSpec.Mode.COST), scenario.targets());
    }

    /** Whether {@code e} is the validator's refusal of a scenario (studies count such a draw as one without a plan). */
    public static boolean refusedAsInvalid(RuntimeException e) {
        return e instanceof InvalidScenarioException;
    }

    /** Throws {@link InvalidScenarioException} with every problem when there are errors; returns the warnings. */
    public static ValidationReport validate(Scenario scenario) {
        return requireValid(ScenarioValidator.validate(scenario));
    }

    /** Targets given by {@code flag} on the command line: bad ones are reported as the flag's, not the file's. */
    public static void checkCommandLineTargets(Scenario scenario, List<Target> targets, String flag) {
        requireValid(ScenarioValidator.commandLineTargets(scenario, targets, flag));
    }

    /** Throws {@link InvalidScenarioException} with every problem of {@code report} when it has errors. */
    private static ValidationReport requireValid(ValidationReport report) {
        if (report.hasErrors()) {
            throw new InvalidScenarioException(report);
        }
        return report;
    }

    /** The backend: --solver, else the scenario's solver.backend, else the default. */
    static LpSolver solver(Scenario scenario, RunOptions options) {
        boolean fromScenario = options.solver() == null && scenario.solverSettings().backend() != null;
        String name = options.solver() != null ? options.solver()
                : fromScenario ? scenario.solverSettings().backend() : Solvers.DEFAULT;
        return Solvers.byName(name).orElseThrow(() -> new InputException(fromScenario ? scenario.file() : "--solver",
                0, fromScenario ? "solver.backend" : null,
                "unknown solver \"" + name + "\"; available: " + String.join(", ", Solvers.names())));
    }

    static SolverLimits limits(Scenario scenario, RunOptions options, long startNanos) {
        return SolverLimits.from(startNanos, options.timeLimitSeconds().orElse(scenario.solverSettings()
                .timeLimitSeconds()), options.mipGap().orElse(scenario.solverSettings().mipGap()));
    }

    static RunResult summarize(Scenario scenario, ValidationReport validation, BuiltModel model,
                               LexicographicSolve.Outcome outcome, LpSolver solver, RunOptions options,
                               SolverLimits limits) {
        return summarize(scenario, validation, model, outcome, solver, options, limits, null, true);
    }

    /** As above without marginal values (each is confirmed by a re-solve): for plans shown side by side. */
    static RunResult summarizeWithoutDuals(Scenario scenario, ValidationReport validation, BuiltModel model,
                                           LexicographicSolve.Outcome outcome, LpSolver solver, RunOptions options,
                                           SolverLimits limits) {
        return summarize(scenario, validation, model, outcome, solver, options, limits, null, false);
    }

    /**
     * With {@code fixedPlan} (where a plan held fixed came from) no duals: a fixed plan's duals price operation only,
     * not what more would buy.
     */
    private static RunResult summarize(Scenario scenario, ValidationReport validation, BuiltModel model,
                                       LexicographicSolve.Outcome outcome, LpSolver solver, RunOptions options,
                                       SolverLimits limits, FixedPlan fixedPlan, boolean withDuals) {
        List<String> warnings = new ArrayList<>(validation.warnings().stream().map(Problem::toString).toList());
        if (outcome.status() == SolveStatus.FEASIBLE) {
            warnings.add("a solver limit stopped the search: the plan is feasible but not proven optimal");
        }
        if (outcome.status().hasPlan()) {
            warnings.addAll(solverNotes(outcome));
        }
        if (outcome.secondary() != null && !outcome.secondPhaseUsed()) {
            warnings.add("the tie-break solve (least spending) failed; the plan may spend money that buys nothing");
        }
        Summarizer.SolveFacts facts = facts(scenario, model, outcome, solver, options, limits, warnings, withDuals);
        if (fixedPlan != null) {
            facts = new Summarizer.SolveFacts(facts.status(), facts.objective(), facts.objectiveName(), facts.solver(),
                    facts.warnings(), java.util.Map.of(), "", facts.sourceTitles(), fixedPlan.source(),
                    facts.dataVintage());
        }
        if (!outcome.status().hasPlan()) {
            String message = outcome.status() == SolveStatus.INFEASIBLE
                    ? explainInfeasible(scenario, options, limits) : explain(scenario, outcome);
            return new RunResult(scenario, validation, outcome.status(), true,
                    Summarizer.withoutPlan(scenario, facts, message));
        }
        List<Plan> plans = RobustEvaluation.plans(scenario, model, outcome.values());
        AuditReport audit = RobustEvaluation.audit(scenario, plans, options.relax(),
                fixedPlan == null ? java.util.Map.of() : fixedPlan.contractTonnesPerYear());
        RiskSummary.Robust robust = scenario.supplyRisk().isRobust()
                ? new RobustEvaluation(scenario, solver, limits, options.relax())
                        .evaluate(model, outcome.values())
                : null;
        return new RunResult(scenario, validation, outcome.status(), audit.passed(),
                Summarizer.summarize(scenario, plans.get(0), audit, facts, robust), plans.get(0));
    }

    private static Summarizer.SolveFacts facts(Scenario scenario, BuiltModel model, LexicographicSolve.Outcome outcome,
                                               LpSolver solver, RunOptions options, SolverLimits limits,
                                               List<String> warnings) {
        return facts(scenario, model, outcome, solver, options, limits, warnings, true);
    }

    private static Summarizer.SolveFacts facts(Scenario scenario, BuiltModel model, LexicographicSolve.Outcome outcome,
                                               LpSolver solver, RunOptions options, SolverLimits limits,
                                               List<String> warnings, boolean withDuals) {
        LinearProgram program = model.program();
        String used = outcome.primary().solver();
        String solverName = used.equals(solver.name()) ? used : used + " (" + solver.name() + ")";
        ResultSummary.SolverInfo info = new ResultSummary.SolverInfo(solverName, options.relax(),
                program.hasIntegers(), program.variables().size(), program.rows().size(), program.integerCount(),
                limits.mipGap(), outcome.secondPhaseUsed(), outcome.seconds());
        Duals.Result duals = withDuals ? Duals.of(model, outcome, limits)
                : new Duals.Result(java.util.Map.of(), "not computed");
        String table = scenario.options().isEmpty() ? null : scenario.options().get(0).source().file();
        return new Summarizer.SolveFacts(outcome.status().name(), outcome.objective(), model.primaryName(), info,
                warnings, duals.byRow(), duals.method(), SourceCatalog.titlesNear(table), null,
                SourceCatalog.vintageNear(table));
    }

    private static final String TIME_LEFT_NO_EXPLANATION = " (the time limit ran out before reeopt could find "
            + "which requirements conflict)";

    /**
     * Why no plan exists, in the planner's words: the elastic model lets every target and supply limit give and
     * minimizes the total shortfall; what has to give, and by how much, is the answer.
     */
    private static String explainInfeasible(Scenario scenario, RunOptions options, SolverLimits limits) {
        BuiltModel elastic;
        try {
            elastic = limits.expired() ? null : ModelBuilder.buildElastic(scenario, options.relax(), limits::expired);
        } catch (ModelBuilder.TimeUp stopped) {
            elastic = null;
        }
        if (elastic == null) {
            return explain(scenario, SolveStatus.INFEASIBLE) + TIME_LEFT_NO_EXPLANATION;
        }
        SolveResult result = solver(scenario, options).solve(elastic.program(), limits);
        if (!result.status().hasPlan()) {
            return explain(scenario, SolveStatus.INFEASIBLE) + (limits.expired() ? TIME_LEFT_NO_EXPLANATION : "");
        }
        List<String> reasons = InfeasibilityExplanation.of(scenario, elastic.elasticSlacks(), result.values());
        return reasons.isEmpty() ? explain(scenario, SolveStatus.INFEASIBLE)
                : "no plan meets every requirement of " + scenario.name() + ". " + String.join(" ", reasons);
    }

    /** The notes of the solves (a fallback to another backend, the gap left at a time limit), once each. */
    private static List<String> solverNotes(LexicographicSolve.Outcome outcome) {
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        if (outcome.primary().note() != null) {
            notes.add(outcome.primary().note());
        }
        if (outcome.secondary() != null && outcome.secondary().note() != null) {
            notes.add("the tie-break solve (least spending): " + outcome.secondary().note());
        }
        return List.copyOf(notes);
    }

    /** Why a solve gave no plan; a failure says what the solver reported when it said anything. */
    private static String explain(Scenario scenario, LexicographicSolve.Outcome outcome) {
        String note = outcome.primary().note();
        if (outcome.status() == SolveStatus.FAILED && note != null) {
            return "the solver stopped without a usable plan: " + note;
        }
        return explain(scenario, outcome.status());
    }

    private static String explain(Scenario scenario, SolveStatus status) {
        return switch (status) {
            case INFEASIBLE -> "no plan meets every requirement of " + scenario.name()
                    + ": check the targets, the supply limits and the annual budget caps"
                    + (scenario.budget().financing().priceSupport().contracts().stream()
                            .anyMatch(c -> c.minVolumeTonnesPerYear() > 0)
                            ? ", and the committed volumes of price contracts (each must be produced China-free in"
                            + " every year of its term, and its expected cost paid within the budget)" : "");
            case UNBOUNDED -> "the model is unbounded, which points to a modelling error; please report it";
            default -> "the solver stopped without a usable plan (time limit or numerical failure)";
        };
    }
}

package org.reeopt.solve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;
import org.reeopt.model.LinearProgram;

/**
 * The embedded default backend, ojAlgo 57.1.0. A fresh model per solve, built in an environment of our own without
 * presolvers: ojAlgo's presolve writes tightened bounds into the model and makes the LP duals wrong
 * (see ../shared/reference/ojalgo-notes.md, sections 0.4 and 0.5).
 */
public final class OjAlgoSolver implements LpSolver {
    private static final double INTEGER_TOLERANCE = 1e-6;
    /**
     * Largest model taken in process. ojAlgo's simplex took 19 s and 0.7 GB at 17,587 variables (docs/performance.md,
     * Scaling) and grows faster than linearly; beyond this size it is refused at once (and the fallback backend, if
     * installed, solves it), rather than exhausting the time limit or the memory.
     */
    static final int MAX_VARIABLES = 25_000;
    /**
     * ojAlgo's IntegerSolver recurses once per open node of a dive; above about this many integer variables it
     * overflowed the thread stack (600 lumpy options: StackOverflowError). Larger MIPs use our iterative search only.
     */
    static final int INTEGER_SOLVER_MAX_INTEGERS = 500;
    /**
     * An LP whose dense tableau (rows times columns) is at most this many cells is solved on the caller's thread:
     * one simplex iteration then takes about a millisecond at most, so ojAlgo's own time limit, checked between
     * iterations, keeps the deadline, and the worker thread of {@link InProcessDeadline} would cost more than the
     * solve (starting and joining a thread took 0.4 ms here, a 27-column LP 0.3 ms).
     */
    static final long CALLER_THREAD_MAX_CELLS = 1_000_000;
    /**
     * Largest breach of a bound or row (relative to the bound when it exceeds 1) in a plan handed on: glpsol's MIP
     * plans are held to the same. Looser than the search's 1e-7 for incumbents ({@link OjAlgoBranchAndBound}),
     * since integer values are rounded after it: a MIP plan of the test suite broke a scrap limit by 4.6e-7 that way.
     * In a run of the whole suite with every plan logged, the other breaches were all either below 7e-7 or above 0.02.
     */
    static final double FEASIBILITY = ExternalSolver.FEASIBILITY_TOLERANCE;

    @Override
    public String name() {
        return "ojalgo";
    }

    @Override
    public boolean inProcessFor(LinearProgram program) {
        return true;
    }

    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits) {
        return solve(program, limits, null);
    }

    /**
     * MIPs are solved by {@link OjAlgoBranchAndBound} (our search on ojAlgo's simplex, kept warm between nodes);
     * ojAlgo's own IntegerSolver only when that search gives up on an unexpected LP state. With a start point, the
     * search completes it (continuous variables re-optimized with its integers held) and begins with it as its
     * incumbent, so it only has to improve on it. (ojAlgo 57.1.0's IntegerSolver ignores the start point in the
     * fallback: {@code minimise()} hands it over as APPROXIMATE and only a FEASIBLE one is taken.)
     */
    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits, double[] startPoint) {
        long start = System.nanoTime();
        int variables = program.variables().size();
        if (variables > MAX_VARIABLES) {
            return SolveResult.withoutPlan(SolveStatus.FAILED, name(), 0, String.format(java.util.Locale.ROOT,
                    "the model has %,d variables; the in-process solver (ojalgo) takes at most %,d (beyond that "
                            + "its simplex needs minutes and gigabytes: docs/performance.md)", variables,
                    MAX_VARIABLES));
        }
        try {
            if (!program.hasIntegers()
                    && (long) variables * program.rows().size() <= CALLER_THREAD_MAX_CELLS) {
                return InProcessDeadline.here(() -> solveHere(program, limits, startPoint, start));
            }
            return InProcessDeadline.call(() -> solveHere(program, limits, startPoint, start), limits)
                    .orElseGet(() -> SolveResult.withoutPlan(SolveStatus.FAILED, name(), seconds(start),
                            "ojalgo found no plan within the time limit"));
        } catch (RuntimeException e) {
            String what = e instanceof InProcessDeadline.SolverCrash ? e.getMessage() : e.getClass().getSimpleName();
            return SolveResult.withoutPlan(SolveStatus.FAILED, name(), seconds(start), String.format(
                    java.util.Locale.ROOT, "ojalgo failed inside its solver (%s) on a model of %,d variables "
                            + "(%,d integer) and gave no plan", what, variables, program.integerCount()));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * An LP with fixed columns (a plan held fixed, integers fixed for a polish or dual solve) is solved over its free
     * columns alone ({@link LinearProgram#withoutFixedColumns}): the same optimum, on a smaller dense tableau (on the
     * default scenario's fixed-plan evaluation, 391 columns and 425 rows instead of 687 and 516). A row that the
     * fixed columns alone break proves the program infeasible before any solve.
     */
    private SolveResult solveHere(LinearProgram program, SolverLimits limits, double[] startPoint, long start) {
        java.util.Optional<LinearProgram.Breach> broken = program.rowBrokenByFixedColumns(FEASIBILITY);
        if (broken.isPresent()) {
            return SolveResult.withoutPlan(SolveStatus.INFEASIBLE, name(), seconds(start), "the fixed values alone "
                    + "break a constraint: " + broken.get().describe());
        }
        java.util.Optional<LinearProgram.Reduced> reduced = program.hasIntegers() ? java.util.Optional.empty()
                : program.withoutFixedColumns();
        if (reduced.isEmpty()) {
            return solveWhole(program, limits, startPoint, start);
        }
        LinearProgram.Reduced r = reduced.get();
        SolveResult free = r.program().variables().isEmpty()
                ? new SolveResult(SolveStatus.OPTIMAL, 0, new double[0], Map.of(), name(), seconds(start))
                : solveWhole(r.program(), limits, null, start);
        if (!free.status().hasPlan()) {
            return free;
        }
        double[] values = r.expand(free.values());
        return new SolveResult(free.status(), program.objectiveValue(values), values, free.duals(), name(),
                seconds(start), free.note());
    }

    /**
     * ojAlgo's answer, its plan checked against every bound and row ({@link LinearProgram#worstBreach} within
     * {@link #FEASIBILITY}). ojAlgo 57.1.0's default (dual) simplex can report OPTIMAL for an LP plan that breaks a
     * row: on a plan held fixed under an export ban (OjAlgoBrokenRowTest) it bought 0.0213 kt where the cap was
     * 0.0006 kt, and on three LPs of the duals' finite differences in FuzzInputsTest, which CBC finds infeasible, it
     * used a plant's capacity of 1.3 kt at 1.36 kt. Such an LP is solved again with ojAlgo's primal simplex: it gave
     * GLPK's optimum on the first, and INFEASIBLE on the others. A plan that still breaks a row, or a MIP plan that
     * does, is not handed on: the result is FAILED, saying what broke, so that the default backend's fallback asks
     * CBC or GLPK (and a dual is not confirmed by it).
     */
    private SolveResult solveWhole(LinearProgram program, SolverLimits limits, double[] startPoint, long start) {
        Attempt attempt = attempt(program, limits, startPoint, false);
        SolveStatus status = map(attempt.result().getState());
        if (status == SolveStatus.INFEASIBLE) {
            status = infeasibleOrUnbounded(program, limits);
        }
        if (!status.hasPlan()) {
            String why = status != SolveStatus.FAILED ? null : limits.expired()
                    ? "ojalgo found no plan within the time limit" : "ojalgo's solver gave no usable answer";
            return SolveResult.withoutPlan(status, name(), seconds(start), why);
        }
        double[] values = values(program, attempt.result());
        java.util.Optional<LinearProgram.Breach> breach = program.worstBreach(values, FEASIBILITY);
        String retried = "";
        if (breach.isPresent() && !program.hasIntegers() && !limits.expired()) {
            Attempt primal = attempt(program, limits, startPoint, true);
            SolveStatus primalStatus = map(primal.result().getState());
            retried = ", and its primal simplex then reported " + primalStatus.name()
                    + (primalStatus.hasPlan() ? " for a plan that breaks one too" : "");
            if (primalStatus.hasPlan()) {
                double[] primalValues = values(program, primal.result());
                if (program.worstBreach(primalValues, FEASIBILITY).isEmpty()) {
                    attempt = primal;
                    status = primalStatus;
                    values = primalValues;
                    breach = java.util.Optional.empty();
                }
            }
        }
        if (breach.isPresent()) {
            return SolveResult.withoutPlan(SolveStatus.FAILED, name(), seconds(start), "ojalgo reported "
                    + status.name() + " for a plan that breaks a constraint (" + breach.get().describe() + ")"
                    + retried + "; no plan of ojalgo's was used");
        }
        Map<String, Double> duals = program.hasIntegers() ? Map.of() : duals(attempt.result());
        return new SolveResult(status, program.objectiveValue(values), values, duals, name(), seconds(start),
                attempt.note());
    }

    /** The plan of {@code result}, integer variables within {@link #INTEGER_TOLERANCE} of a whole number rounded. */
    private static double[] values(LinearProgram program, Optimisation.Result result) {
        double[] values = new double[program.variables().size()];
        for (int i = 0; i < values.length; i++) {
            double x = result.doubleValue(i);
            if (program.variables().get(i).integer() && Math.abs(x - Math.rint(x)) < INTEGER_TOLERANCE) {
                x = Math.rint(x);
            }
            values[i] = x;
        }
        return values;
    }

    /** What one attempt gives: ojAlgo's result and, when a limit stopped the search with a plan, a note. */
    private record Attempt(ExpressionsBasedModel model, Optimisation.Result result, String note) {
        Attempt(ExpressionsBasedModel model, Optimisation.Result result) {
            this(model, result, null);
        }
    }

    /** One solve; {@code primal}: an LP by ojAlgo's primal simplex instead of its default dual simplex. */
    private static Attempt attempt(LinearProgram program, SolverLimits limits, double[] startPoint, boolean primal) {
        boolean usableStart = startPoint != null && startPoint.length == program.variables().size();
        if (program.hasIntegers()) {
            // our branch and bound on a warm ojAlgo simplex; ojAlgo's IntegerSolver if that gives up, but only where
            // IntegerSolver's recursion stays within the stack
            boolean isFinal = program.integerCount() > INTEGER_SOLVER_MAX_INTEGERS;
            ExpressionsBasedModel relaxed = toOjAlgo(program, program.objective(), false);
            applyLimits(relaxed, limits);
            OjAlgoBranchAndBound.Elastic elastic = usableStart ? elastic(program, relaxed, startPoint) : null;
            OjAlgoBranchAndBound.Outcome outcome = OjAlgoBranchAndBound.solve(relaxed, program, limits,
                    usableStart ? startPoint : null, isFinal, elastic);
            if (outcome != null) {
                String note = outcome.result().getState() == Optimisation.State.FEASIBLE && outcome.gap() > 0
                        ? GapNote.stoppedByTimeLimit(java.util.OptionalDouble.of(outcome.gap())) : null;
                return new Attempt(relaxed, outcome.result(), note);
            }
        }
        ExpressionsBasedModel model = toOjAlgo(program, program.objective());
        applyLimits(model, limits);
        if (primal) {
            model.options.linear().primal();
        }
        if (usableStart && program.hasIntegers()) {
            List<Variable> variables = model.getVariables();
            for (int i = 0; i < startPoint.length; i++) {
                variables.get(i).setValue(java.math.BigDecimal.valueOf(startPoint[i]));
            }
        }
        return new Attempt(model, model.minimise());
    }

    /**
     * How far a held row may be missed, relative to max(1, |its bound|), before the elastic column's cost alone
     * exceeds the start point's objective (see {@link #elastic}). Smaller is a larger weight: fewer nodes the duals
     * cannot settle, but a larger coefficient in ojAlgo's objective. Measured on 400 least-spending MIPs of the
     * default scenario's re-optimized draws against CBC (docs/performance.md, "ojAlgo settings"): at 1e-5, with the
     * search's checks of warm answers, all but two agree within the MIP gap, those two at the held row's tolerance;
     * 1e-6 (measured without those checks) put more plans outside the gap, and by more.
     */
    static final double ELASTIC_REACH = 1e-5;

    /**
     * An elastic column for the row that holds the first phase's objective in a lexicographic solve
     * ({@link LexicographicSolve#PRIMARY_LIMIT_ROW}), when that is the program's only held row: added to
     * {@code relaxed} after the program's columns, entering the row with coefficient -1, at
     * max(1, |the start point's objective|) / ({@link #ELASTIC_REACH} max(1, |the row's bound|)) per unit. Null
     * where there is no such row.
     */
    static OjAlgoBranchAndBound.Elastic elastic(LinearProgram program, ExpressionsBasedModel relaxed,
                                               double[] startPoint) {
        return elastic(program, relaxed, startPoint, ELASTIC_REACH);
    }

    /** As above with another reach (tests: a far reach makes a weak column, so the search must fall back). */
    static OjAlgoBranchAndBound.Elastic elastic(LinearProgram program, ExpressionsBasedModel relaxed,
                                               double[] startPoint, double reach) {
        java.util.Set<String> holding = java.util.Set.of(LexicographicSolve.PRIMARY_LIMIT_ROW,
                LexicographicSolve.REFINEMENT_LIMIT_ROW, LexicographicSolve.SECONDARY_LIMIT_ROW);
        List<LinearProgram.Row> heldRows = program.rows().stream().filter(r -> holding.contains(r.name())).toList();
        if (heldRows.size() != 1 || !heldRows.get(0).name().equals(LexicographicSolve.PRIMARY_LIMIT_ROW)) {
            return null;
        }
        LinearProgram.Row held = heldRows.get(0);
        if (Double.isFinite(held.lower()) || !Double.isFinite(held.upper())) {
            return null;
        }
        double scale = Math.max(1, Math.abs(held.upper()));
        double weight = Math.max(1, Math.abs(program.objectiveValue(startPoint))) / (reach * scale);
        Variable column = relaxed.newVariable("elastic").lower(0).weight(weight);
        relaxed.getExpression(held.name()).set(column, -1);
        return new OjAlgoBranchAndBound.Elastic(relaxed.countVariables() - 1, weight,
                OjAlgoBranchAndBound.FEASIBILITY * scale);
    }

    /**
     * ojAlgo's INFEASIBLE may mean infeasible or unbounded. If the same constraints with a zero objective have no
     * plan, it is infeasible. If they do, the original is unbounded only when its objective can fall without limit;
     * when the objective is bounded below (reeopt's always are: non-negative costs on non-negative variables), ojAlgo
     * was wrong and the solve FAILED.
     */
    private static SolveStatus infeasibleOrUnbounded(LinearProgram program, SolverLimits limits) {
        ExpressionsBasedModel feasibility = toOjAlgo(program, new double[program.variables().size()]);
        applyLimits(feasibility, limits);
        double givenSeconds = limits.remainingSeconds();
        long start = System.nanoTime();
        Optimisation.Result check = feasibility.minimise();
        SolveStatus checked = map(check.getState());
        if (!checked.hasPlan()) {
            // after the time limit, ojAlgo's INFEASIBLE may only mean "stopped": then nothing is proven. ojAlgo counts
            // the time it was given from its own start and may stop a little before our deadline, so a check that
            // used (nearly) all the time it was given proves nothing either (WholeCommandTimeLimitTest: a feasible
            // 2,000-option model stopped at --time-limit 1 was reported infeasible)
            boolean stoppedByTime = limits.expired() || seconds(start) >= 0.9 * givenSeconds - 0.02;
            return checked == SolveStatus.INFEASIBLE && !stoppedByTime ? SolveStatus.INFEASIBLE : SolveStatus.FAILED;
        }
        return boundedBelow(program) ? SolveStatus.FAILED : SolveStatus.UNBOUNDED;
    }

    /** True when every objective term is bounded below by the variable's bounds. */
    static boolean boundedBelow(LinearProgram program) {
        double[] c = program.objective();
        for (LinearProgram.Variable v : program.variables()) {
            double coefficient = c[v.index()];
            if (coefficient > 0 && !Double.isFinite(v.lower()) || coefficient < 0 && !Double.isFinite(v.upper())) {
                return false;
            }
        }
        return true;
    }

    static SolveStatus map(Optimisation.State state) {
        return switch (state) {
            case OPTIMAL, DISTINCT -> SolveStatus.OPTIMAL;
            case FEASIBLE -> SolveStatus.FEASIBLE;
            case INFEASIBLE -> SolveStatus.INFEASIBLE;
            case UNBOUNDED -> SolveStatus.UNBOUNDED;
            default -> SolveStatus.FAILED; // APPROXIMATE, FAILED, INVALID, UNEXPLORED: no trustworthy plan
        };
    }

    private static void applyLimits(ExpressionsBasedModel model, SolverLimits limits) {
        long millis = Math.max(1L, Math.round(limits.remainingSeconds() * 1000));
        model.options.time_abort = millis;
        model.options.time_suffice = millis;
        // NumberContext.of(p) is relative precision 10^-(p-1): ojAlgo's default of(5, ...) is a gap of 1e-4.
        int precision = limits.mipGap() > 0 ? (int) Math.round(-Math.log10(limits.mipGap())) + 1 : 12;
        // GMI cuts off: in 57.1.0 they cut off optimal integer plans (ojAlgo issue #682). With them, the
        // mobilization-500b scenario came back "OPTIMAL" at 0.076308 where CBC and GLPK prove 0.076184, and a
        // feasible MIP came back INFEASIBLE (fixtures/mip-reported-unbounded). Without them both are right, and the
        // default scenario solves faster. A fractionality threshold of 1 admits no cut (null throws).
        model.options.integer(IntegerStrategy.DEFAULT.withGapTolerance(NumberContext.of(Math.max(1, precision)))
                .withGMICutConfiguration(new IntegerStrategy.GMICutConfiguration().withFractionality(1.0)));
    }

    /** A fresh model in an environment of our own without presolvers. */
    private static ExpressionsBasedModel toOjAlgo(LinearProgram program, double[] objective) {
        return toOjAlgo(program, objective, true);
    }

    /** As above; without {@code integers}, the LP relaxation (no variable declared integer). */
    static ExpressionsBasedModel toOjAlgo(LinearProgram program, double[] objective, boolean integers) {
        Optimisation.Environment environment = Optimisation.newEnvironment();
        environment.clearPresolvers();
        ExpressionsBasedModel model = environment.newModel();
        Variable[] vars = new Variable[program.variables().size()];
        for (LinearProgram.Variable v : program.variables()) {
            Variable x = model.newVariable(v.name());
            if (Double.isFinite(v.lower())) {
                x.lower(v.lower());
            }
            if (Double.isFinite(v.upper())) {
                x.upper(v.upper());
            }
            if (v.integer() && integers) {
                x.integer(true);
            }
            if (objective[v.index()] != 0) {
                x.weight(objective[v.index()]);
            }
            vars[v.index()] = x;
        }
        for (LinearProgram.Row row : program.rows()) {
            Expression e = model.newExpression(row.name());
            for (int k = 0; k < row.columns().length; k++) {
                e.set(vars[row.columns()[k]], row.coefficients()[k]);
            }
            if (row.lower() == row.upper()) {
                e.level(row.lower());
            } else {
                if (Double.isFinite(row.lower())) {
                    e.lower(row.lower());
                }
                if (Double.isFinite(row.upper())) {
                    e.upper(row.upper());
                }
            }
        }
        return model;
    }

    /** Row duals as d(objective)/d(rhs) of the minimization (notes section 2.3: MIN: LOWER +raw, UPPER -raw). */
    static Map<String, Double> duals(Optimisation.Result result) {
        Map<String, Double> out = new LinkedHashMap<>();
        try {
            for (var d : result.getDualValues()) {
                Optimisation.ConstraintType type = d.getKey().getValue();
                double raw = d.doubleValue();
                double shadow = type == Optimisation.ConstraintType.LOWER ? raw : -raw;
                out.put(d.getKey().getKey().getName(), shadow + 0.0);
            }
        } catch (RuntimeException e) {
            return Map.of(); // no duals for this solve; callers treat an empty map as "not available"
        }
        return out;
    }
}

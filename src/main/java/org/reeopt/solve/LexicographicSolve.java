package org.reeopt.solve;

import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;

/**
 * Solves a model twice: the primary objective first, then the secondary objective with the primary held within a
 * small tolerance of its optimum. In dependency mode this spends no money that buys no dependency reduction. When
 * supply can be assured (agreements, stockpiles), a last phase holds both and buys least openly
 * ({@link BuiltModel#unassuredPurchases()}), so the unassured dependency reported is not one of several equal optima.
 */
public final class LexicographicSolve {
    /**
     * Slack on the primary objective in the second solve: absolute plus relative, as documented in
     * docs/formulation.md (primaryObjectiveLimit), the same on every backend. Every backend meets it: the first
     * plan's objective is computed from its values at full precision (CBC's are read from its binary solution file),
     * so the first plan itself satisfies the limit and the second solve always has a plan. (With CBC's 8-digit text
     * values the first plan could violate it, the second solve found no plan and the first plan, which may spend
     * money that buys nothing, was reported.) Kept small, because the second solve uses it in full: a plan may
     * build about slack / (objective reduction per unit) units less than the exact optimum.
     */
    static final double ABSOLUTE_TOLERANCE = 1e-9;
    static final double RELATIVE_TOLERANCE = 1e-9;
    /**
     * Slack, times 1 + |z|, on the primary objective while a MIP's second solve chooses its integer decisions:
     * differences below it are within the backends' feasibility tolerances (1e-7 on a row in kt), where CBC and
     * GLPK stop at mipGap 0 while ojAlgo finds a lumpy unit worth 7e-8 (DifferentialTest: 0.24 B$ for 0.6 kg of
     * missing capacity). The integer decisions so chosen are then fixed and the LP left is solved again, its own
     * optimum held by {@link #ABSOLUTE_TOLERANCE} + {@link #RELATIVE_TOLERANCE}, so continuous quantities are not
     * shaved by this slack (docs/formulation.md).
     */
    static final double INTEGER_CHOICE_TOLERANCE = 1e-7;
    /** The rows that hold the earlier objectives in the later phases (docs/formulation.md). */
    static final String PRIMARY_LIMIT_ROW = "primaryObjectiveLimit";
    static final String REFINEMENT_LIMIT_ROW = "refinementObjectiveLimit";
    static final String SECONDARY_LIMIT_ROW = "secondaryObjectiveLimit";

    private LexicographicSolve() {
    }

    /** The outcome: the first solve's status and objective, and the plan of the second solve when it has one. */
    public record Outcome(SolveResult primary, SolveResult secondary, SolveStatus status, double objective,
                          double[] values, double seconds) {
        public boolean secondPhaseUsed() {
            return secondary != null && secondary.status().hasPlan();
        }
    }

    /** The most the primary objective may reach in the second solve when the first solve's optimum is {@code optimum}. */
    public static double limit(double optimum) {
        return optimum + ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * Math.abs(optimum);
    }

    /** Share of the remaining time for the first phase; the later phases start from its plan and need less. */
    static final double FIRST_PHASE_SHARE = 0.6;
    /** Share of the remaining time for the secondary objective when a last phase (least unassured) follows. */
    static final double SECOND_PHASE_SHARE = 0.5;
    /** Share of the remaining time for the last phase: the rest is kept for the duals and the report. */
    static final double LAST_PHASE_SHARE = 0.9;

    /** The note of a phase not started because the deadline had passed. */
    static final String TIME_UP_BEFORE_START = "the time limit ran out before it could start";

    /**
     * Both phases (three with a refinement objective, one more for least unassured purchases) out of the one deadline
     * of {@code limits}: the first phase gets {@value #FIRST_PHASE_SHARE} of the time left, a refinement phase half of
     * what then remains, the secondary {@value #SECOND_PHASE_SHARE} of the rest when a last phase follows, the last
     * phase {@value #LAST_PHASE_SHARE} of the rest. With no time left (the build took it all) nothing is solved.
     */
    public static Outcome solve(BuiltModel model, LpSolver solver, SolverLimits limits) {
        LinearProgram first = model.program().withObjective(model.primaryObjective());
        if (limits.expired()) {
            SolveResult none = SolveResult.withoutPlan(SolveStatus.FAILED, solver.name(), 0, String.format(
                    java.util.Locale.ROOT, "the time limit of %s s ran out while the model (%,d variables, %,d rows) "
                            + "was built, before any solve", limits.timeLimitSeconds(), first.variables().size(),
                    first.rows().size()));
            return new Outcome(none, null, none.status(), none.objective(), none.values(), 0);
        }
        if (solver.inProcessFor(first)) {
            // a plan held fixed: each year's operation alone, when nothing links the years (BlockwiseSolve)
            java.util.Optional<BlockwiseSolve.Split> split = BlockwiseSolve.split(first,
                    BlockwiseSolve.MIN_BLOCK_COLUMNS);
            if (split.isPresent()) {
                return BlockwiseSolve.solve(model, split.get(), first, solver, limits);
            }
        }
        SolveResult primary = solver.solve(first, limits.share(FIRST_PHASE_SHARE));
        if (!primary.status().hasPlan()) {
            return new Outcome(primary, null, primary.status(), primary.objective(), primary.values(),
                    primary.seconds());
        }
        double z = primary.objective();
        if (limits.expired()) {
            // the first plan stands; no later solve is started after the deadline
            SolveResult skipped = SolveResult.withoutPlan(SolveStatus.FAILED, solver.name(), 0, TIME_UP_BEFORE_START);
            return new Outcome(primary, skipped, primary.status(), z, primary.values(), primary.seconds());
        }
        // a MIP's integer decisions are chosen under the wider integer-choice hold, then polished (below)
        double choiceSlack = first.hasIntegers() ? INTEGER_CHOICE_TOLERANCE * (1 + Math.abs(z)) : 0;
        boolean lastPhase = model.unassuredPurchases() != null;
        double secondShare = lastPhase ? SECOND_PHASE_SHARE : LAST_PHASE_SHARE;
        Held held = holdAndMinimize(model, solver, first, z + choiceSlack, primary.values(), limits, secondShare);
        SolveResult secondary = held.result();
        double seconds = primary.seconds() + secondary.seconds();
        if (!secondary.status().hasPlan()) {
            return new Outcome(primary, secondary, primary.status(), z, primary.values(), seconds);
        }
        double[] values = secondary.values();
        if (first.hasIntegers() && !limits.expired()) {
            // the LP left with those integer decisions fixed: its own optimum, then the usual hold
            LinearProgram fixed = first.withIntegersFixed(values);
            SolveResult fixedPrimary = solver.solve(fixed, limits.share(0.5), values);
            if (fixedPrimary.status() == SolveStatus.OPTIMAL) {
                Held polished = holdAndMinimize(model, solver, fixed, fixedPrimary.objective(),
                        fixedPrimary.values(), limits, secondShare);
                seconds += fixedPrimary.seconds() + polished.result().seconds();
                if (polished.result().status() == SolveStatus.OPTIMAL) {
                    z = fixedPrimary.objective();
                    values = polished.result().values();
                    held = polished;
                }
            }
        }
        if (lastPhase && held.result().status() == SolveStatus.OPTIMAL) {
            // among the plans so held, the one buying least openly: both the primary and the secondary held, and
            // whatever costs money (funding, stock purchases, agreements) fixed, so that the secondary's tolerance
            // buys nothing (a 2e-9 B$ unit was seen): only operation is chosen again
            SolveResult last = solver.solve(held.program().withFixed(moneyHeld(model.spendingObjective(), values))
                    .withRowAtMost(SECONDARY_LIMIT_ROW, model.secondaryObjective(), limit(held.result().objective()))
                    .withObjective(model.unassuredPurchases()), limits.share(LAST_PHASE_SHARE), values);
            seconds += last.seconds();
            if (last.status() == SolveStatus.OPTIMAL) {
                values = last.values();
            }
        }
        SolveStatus status = primary.status() == SolveStatus.OPTIMAL && secondary.status() == SolveStatus.OPTIMAL
                ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return new Outcome(primary, secondary, status, z, values, seconds);
    }

    /** The value in {@code values} of each column that costs money ({@code cost} not 0): the last phase holds it. */
    static java.util.Map<Integer, Double> moneyHeld(double[] cost, double[] values) {
        java.util.Map<Integer, Double> held = new java.util.HashMap<>();
        for (int j = 0; j < cost.length; j++) {
            if (cost[j] != 0) {
                held.put(j, values[j]);
            }
        }
        return held;
    }

    /** A program with the primary (and refinement) objective held, and the secondary objective's solve over it. */
    private record Held(LinearProgram program, SolveResult result) {
    }

    /**
     * The secondary objective minimized over {@code program} with its primary objective held at most
     * {@link #limit}({@code optimum}) (a refinement objective first, when the model has one, held the same way),
     * starting from {@code start}; the last solve gets {@code lastShare} of the time left.
     */
    private static Held holdAndMinimize(BuiltModel model, LpSolver solver, LinearProgram program,
                                        double optimum, double[] start, SolverLimits limits, double lastShare) {
        LinearProgram held = program.withRowAtMost(PRIMARY_LIMIT_ROW, model.primaryObjective(), limit(optimum));
        double[] from = start;
        double[] refinement = model.refinementObjective();
        if (refinement != null) {
            // worst case first, then the expected outcome with the worst case held, then the secondary objective
            SolveResult refined = solver.solve(held.withObjective(refinement), limits.share(0.5), from);
            if (refined.status().hasPlan()) {
                held = held.withRowAtMost(REFINEMENT_LIMIT_ROW, refinement, limit(refined.objective()));
                from = refined.values();
            }
        }
        // the previous plan meets the held program's constraints: a MIP backend can start from it
        return new Held(held, solver.solve(held.withObjective(model.secondaryObjective()), limits.share(lastShare),
                from));
    }
}

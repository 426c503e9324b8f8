package org.reeopt.solve;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.reeopt.model.LinearProgram;

/**
 * A backend that never leaves the user without a plan when another installed backend can give one: it tries its
 * candidates in order, and when one fails (no plan, and no proof of infeasibility or unboundedness: a crash, a limit
 * reached without a plan, a model too large for it) it tries the next. Each attempt but the last gets half of the
 * time that remains, so that the next one still has time. The result names the backend that solved and says what
 * happened before ({@link SolveResult#note()}). Once a later candidate has solved, later solves of the same run
 * (the second lexicographic phase, the explanation) start with it.
 */
final class FallbackSolver implements LpSolver {
    /** Share of the remaining time an attempt gets when another candidate could still follow. */
    static final double ATTEMPT_SHARE = 0.5;

    private final String name;
    private final List<LpSolver> candidates;
    private int first;

    FallbackSolver(String name, List<LpSolver> candidates) {
        this.name = name;
        this.candidates = List.copyOf(candidates);
    }

    /** ojAlgo first, then the external programs that are installed (CBC, then GLPK). */
    static FallbackSolver ojAlgoFirst() {
        List<LpSolver> candidates = new ArrayList<>(List.of(new OjAlgoSolver()));
        candidates.addAll(installed(List.of(new CbcSolver(), new GlpkSolver())));
        return new FallbackSolver(Solvers.DEFAULT, candidates);
    }

    static List<LpSolver> installed(List<ExternalSolver> programs) {
        return programs.stream().filter(ExternalSolver::isAvailable).map(LpSolver.class::cast).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized boolean inProcessFor(LinearProgram program) {
        return candidates.get(first).inProcessFor(program);
    }

    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits) {
        return solve(program, limits, null);
    }

    @Override
    public synchronized SolveResult solve(LinearProgram program, SolverLimits limits, double[] start) {
        return attempt(candidates.subList(first, candidates.size()), program, limits, start, index -> first += index);
    }

    /** Tries {@code candidates} in order (see the class comment); {@code solvedBy} gets the index that solved. */
    static SolveResult attempt(List<LpSolver> candidates, LinearProgram program, SolverLimits limits, double[] start,
                               java.util.function.IntConsumer solvedBy) {
        List<String> failures = new ArrayList<>();
        SolveResult result = null;
        for (int i = 0; i < candidates.size(); i++) {
            if (i > 0 && limits.expired()) {
                break;
            }
            LpSolver candidate = candidates.get(i);
            boolean last = i == candidates.size() - 1;
            result = attemptOne(candidate, program, last ? limits : limits.share(ATTEMPT_SHARE), start);
            if (result.status() != SolveStatus.FAILED) {
                if (i > 0) {
                    solvedBy.accept(i);
                }
                break;
            }
            failures.add(candidate.name() + " gave no plan" + (result.note() == null ? "" : " (" + result.note() + ")"));
        }
        if (failures.isEmpty()) {
            return result;
        }
        if (result.status() == SolveStatus.FAILED) {
            return result.withNote(String.join("; ", failures));
        }
        return result.withNote(String.join("; ", failures) + "; solved with " + result.solver() + " instead"
                + (result.note() == null ? "" : "; " + result.note()));
    }

    private static SolveResult attemptOne(LpSolver candidate, LinearProgram program, SolverLimits limits,
                                          double[] start) {
        try {
            return candidate.solve(program, limits, start);
        } catch (UncheckedIOException | SolverUnavailableException e) {
            return SolveResult.withoutPlan(SolveStatus.FAILED, candidate.name(), 0, e.getMessage());
        }
    }
}

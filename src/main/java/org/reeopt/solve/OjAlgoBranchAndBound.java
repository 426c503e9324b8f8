package org.reeopt.solve;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.IntermediateSolver;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.structure.Access1D;
import org.reeopt.model.LinearProgram;

/**
 * Branch and bound for reeopt's MIPs on ojAlgo's simplex, with one LP solver kept warm for the whole search.
 *
 * <p>ojAlgo's own IntegerSolver builds a fresh simplex (a cold solve, about 10 ms on the default scenario) for
 * every node it takes from its queue, and it ignores a start point (57.1.0 only takes an incumbent whose state is
 * FEASIBLE, and {@code minimise()} passes the model's values as APPROXIMATE). Here every node, the root's children
 * and nodes taken back from the queue alike, is reached by changing integer bounds in place
 * ({@link IntermediateSolver#update(int, double, double)}, the path ojAlgo's IntegerSolver uses while it plunges),
 * so each node is a warm dual-simplex re-solve of well under a millisecond.
 *
 * <p>Search: depth first into the nearer branch of the variable {@link PseudoCosts} choose (the fractional one whose
 * branchings have raised the bound most so far), the other branch queued; when a dive ends, the queued node with
 * the lowest bound. A node is pruned when its bound is within the relative MIP gap of the incumbent. A start point
 * (the previous lexicographic phase's plan) is first completed by the LP over the continuous variables with its
 * integers held, and becomes the first incumbent. Each time the incumbent improves, the root LP's reduced costs
 * ({@link ReducedCosts}) fix the integer variables that cannot move without the root bound passing it (in the
 * least-spending phase the start point gives a limit from the first node).
 *
 * <p>A node LP that ojAlgo leaves FEASIBLE (not proven optimal) after a warm re-solve is solved again cold, from the
 * node's bounds; continuing warm from that state was seen to prove feasible nodes infeasible. Only when the cold
 * solve is not conclusive either does the search give up (below).
 *
 * <p><b>Warm answers that are checked.</b> ojAlgo 57.1.0's warm re-solve can answer wrongly after bound changes
 * made in place: on 400 least-spending MIPs of the default scenario's re-optimized uncertainty draws, this search
 * took such answers as they came and reported OPTIMAL above CBC's optimum on 6 of them, once by 38%
 * (LeastSpendingMipTest); checking each warm answer against a fresh solve of the same bounds found optima too high
 * and INFEASIBLE for feasible nodes. (20,000 random small LPs with up to three bounds changed at a time from an
 * optimal state reproduced nothing: the cause lies somewhere in a search's longer sequences.) A dive's branching, a
 * bound moved on a variable strictly inside it in the last LP plan, is taken warm as the dual simplex is made for;
 * every other change is {@link #risky}: the warm answer after it is used only if ojAlgo says OPTIMAL and its duals
 * reproduce its value ({@link ReducedCosts}: their Lagrangian bound is a lower bound on the node whatever their
 * accuracy, and must equal it). Otherwise the node is pruned if that bound already leaves no room under the
 * incumbent (about half of the unconfirmed answers of the default scenario's least-spending MIPs), else solved again
 * cold. With this, the 400 MIPs agree with CBC within the MIP gap (docs/performance.md, "ojAlgo settings").
 *
 * <p><b>An elastic held row.</b> In the later phases of a lexicographic solve one row holds an earlier objective
 * (LexicographicSolve); there most infeasible nodes are nodes where it cannot be met, and after an INFEASIBLE answer
 * ojAlgo starts the next LP from scratch (7 ms against 0.4 ms warm on the default scenario). With an
 * {@link Elastic} column, the row may be missed at a cost per unit: a node's LP then always has a plan, and a node
 * whose LP uses the column is pruned when the Lagrangian bound of its duals (for the program without the column)
 * leaves no room under the incumbent; when it does leave room, the node is solved again with the column held at 0
 * (cold: ojAlgo does not apply that bound change in place either), which is the search without the column.
 *
 * <p>Anything unexpected from the LP solver (a state other than optimal or infeasible at a node, an in-place update
 * ojAlgo could not apply), a program above {@link #MAX_VARIABLES} or a search above {@link #MAX_NODES} returns
 * {@code null}: the caller then falls back to ojAlgo's IntegerSolver. Where that fallback is not safe (too many
 * integer variables: its recursion overflows the stack), the caller asks for {@code final} search: no size or node
 * cap, and an unexpected LP state ends the search with its incumbent (FEASIBLE) or without a plan (FAILED).
 *
 * <p>The search is iterative (an explicit dive stack and a priority queue), and a node stores only its branching
 * decision and a link to its parent, not copies of every integer bound: memory grows with the number of open nodes,
 * not with open nodes times integer variables (2,000 lumpy options: 18,169 integer variables).
 */
final class OjAlgoBranchAndBound {
    /** A value this close to an integer counts as integer (ojAlgo's IntegerStrategy uses about the same). */
    private static final double INTEGRALITY = 1e-9;
    /**
     * Largest violation of a bound or row by an incumbent, relative to the bound when it exceeds 1: the primal
     * feasibility tolerance of CBC and GLPK (1e-7), well inside the independent audit's (results.PlanAudit).
     */
    static final double FEASIBILITY = 1e-7;
    /**
     * Largest program searched here. Measured: the default scenario (603 variables, 60 integer) solves 4x faster
     * than with ojAlgo's IntegerSolver. At 1,000 (the cap until 2026-11-30) models/licensed-elements.json (2,166
     * variables, 80 integer) went to IntegerSolver and its held least-spending phase took 97 s of a 124 s solve;
     * searched here the two MIP phases take 9 s each, same optimum (PhaseBench; docs/performance.md, "Licensed
     * elements"); the default scaled 4x (2,094 variables, 160 integer) took 77 s here against 88 s with IntegerSolver
     * on the same loaded machine. A search that runs past {@link #MAX_NODES} still falls back to IntegerSolver.
     */
    static final int MAX_VARIABLES = 2500;
    /** Nodes before the search gives up and leaves the MIP to IntegerSolver (deterministic, unlike a time cap). */
    static final int MAX_NODES = 5000;

    /** ojAlgo's LP solver behind the model, kept between solves; bound updates are applied in place. */
    private static final class Relaxation extends IntermediateSolver {
        Relaxation(ExpressionsBasedModel model) {
            super(model);
        }

        boolean warm() {
            return isSolved();
        }
    }

    /**
     * One node: its parent, the bound it changes there ({@code variable} position in {@link #integers}, a new upper
     * bound if {@code upper}, else a new lower bound; variable -1 at the root), its LP bound (the parent's LP value)
     * and depth, and how far the decision moved the variable from its value in the parent's LP (for pseudo-costs).
     */
    private record Node(Node parent, int variable, boolean upper, double value, double bound, int depth,
                        double distance) {
    }

    /**
     * An elastic column on a held row: column {@code index} of the relaxed model (after the program's columns) enters
     * the row with coefficient -1 and costs {@code weight} per unit; a node whose LP plan takes at most
     * {@code tolerance} of it counts as meeting the row (the plan check then decides).
     */
    record Elastic(int index, double weight, double tolerance) {
    }

    /** The outcome: the plan as ojAlgo reports one, and the relative gap when the time limit stopped the search. */
    record Outcome(Optimisation.Result result, double gap) {
    }

    private final ExpressionsBasedModel model;
    private final LinearProgram program;
    private final Relaxation lp;
    private final int[] integers;
    private final double[] rootLower;
    private final double[] rootUpper;
    private final double[] currentLower;
    private final double[] currentUpper;
    private final boolean isFinal;
    private final double gap;
    private final long deadline;
    private double[] incumbent;
    private double incumbentValue = Double.POSITIVE_INFINITY;
    /** Relative distance between the incumbent and the best open bound when the time limit stopped the search. */
    private double gapLeft;
    private int nodes;
    /** The root LP's reduced costs, for fixing integer variables as the incumbent improves; null when unusable. */
    private ReducedCosts rootCosts;
    private final PseudoCosts pseudoCosts;
    /** Each integer variable's value in the last LP plan the search trusted; NaN where unknown. */
    private final double[] lastValues;
    /** Whether a bound was changed since the last LP where ojAlgo may get the change wrong (class comment). */
    private boolean risky;
    /** The elastic column of a held row, or null; while {@link #elasticOpen} is false it is held at 0. */
    private final Elastic elastic;
    private boolean elasticOpen = true;
    /**
     * The column bounds the program's rows imply, for the bound of answers in doubt ({@link #prunedByDuals}); null
     * until the first such answer (most searches have none).
     */
    private double[][] impliedBounds;

    private OjAlgoBranchAndBound(ExpressionsBasedModel relaxedModel, LinearProgram program, SolverLimits limits,
                                 boolean isFinal, Elastic elastic) {
        this.model = relaxedModel;
        this.program = program;
        this.lp = relaxedModel.prepare(Optimisation.Sense.MIN, Relaxation::new);
        this.integers = program.variables().stream().filter(LinearProgram.Variable::integer)
                .mapToInt(LinearProgram.Variable::index).toArray();
        this.currentLower = new double[integers.length];
        this.currentUpper = new double[integers.length];
        for (int k = 0; k < integers.length; k++) {
            currentLower[k] = program.variables().get(integers[k]).lower();
            currentUpper[k] = program.variables().get(integers[k]).upper();
        }
        this.rootLower = currentLower.clone();
        this.rootUpper = currentUpper.clone();
        this.pseudoCosts = new PseudoCosts(integers, INTEGRALITY);
        this.isFinal = isFinal;
        this.gap = Math.max(0, limits.mipGap());
        this.deadline = limits.deadlineNanos();
        this.elastic = elastic;
        this.lastValues = new double[integers.length];
        java.util.Arrays.fill(lastValues, Double.NaN);
    }

    /**
     * Minimizes {@code relaxedModel} (the program with no integer declarations) with {@code program}'s integer
     * variables held integer. The result's solution is the plan in model order; its state is OPTIMAL (within the
     * gap), FEASIBLE (time limit with a plan), INFEASIBLE, UNBOUNDED or FAILED. Null: use ojAlgo's IntegerSolver
     * (never when {@code isFinal}).
     */
    static Outcome solve(ExpressionsBasedModel relaxedModel, LinearProgram program, SolverLimits limits,
                         double[] startPoint, boolean isFinal) {
        return solve(relaxedModel, program, limits, startPoint, isFinal, null);
    }

    /** As above, with an elastic column already added to {@code relaxedModel} (null: none). */
    static Outcome solve(ExpressionsBasedModel relaxedModel, LinearProgram program, SolverLimits limits,
                         double[] startPoint, boolean isFinal, Elastic elastic) {
        if (program.variables().size() > MAX_VARIABLES && !isFinal) {
            return null;
        }
        OjAlgoBranchAndBound search = new OjAlgoBranchAndBound(relaxedModel, program, limits, isFinal, elastic);
        try {
            Optimisation.Result result = search.run(startPoint);
            if (result == null && isFinal) {
                result = search.incumbent == null ? new Optimisation.Result(Optimisation.State.FAILED, 0,
                        Access1D.wrap(new double[program.variables().size()])) : search.result(
                        Optimisation.State.FEASIBLE);
            }
            return result == null ? null : new Outcome(result, search.gapLeft);
        } finally {
            search.lp.dispose();
        }
    }

    private Optimisation.Result run(double[] startPoint) {
        Optimisation.Result root = lp.solve(null);
        Optimisation.State rootState = root.getState();
        if (!rootState.isOptimal() && pastDeadline()) {
            // ojAlgo stopped by its time limit may call the LP infeasible: nothing is proven
            return new Optimisation.Result(Optimisation.State.FAILED, root);
        }
        if (rootState == Optimisation.State.INFEASIBLE || rootState == Optimisation.State.UNBOUNDED) {
            return new Optimisation.Result(rootState, root);
        }
        if (!rootState.isOptimal()) {
            return null;
        }
        remember(root);
        rootCosts = ReducedCosts.of(program, root, integers, rootLower, rootUpper);
        Node rootNode = new Node(null, -1, false, 0, root.getValue(), 0, 0);
        if (startPoint != null && !completeStartPoint(startPoint, rootNode)) {
            return null;
        }
        PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> a.bound() != b.bound()
                ? Double.compare(a.bound(), b.bound()) : Integer.compare(b.depth(), a.depth()));
        Deque<Node> dive = new ArrayDeque<>();
        dive.push(rootNode);
        while (!dive.isEmpty() || !open.isEmpty()) {
            Node node = dive.isEmpty() ? open.poll() : dive.pop();
            if (!worthExploring(node.bound())) {
                continue;
            }
            if (nodes >= MAX_NODES && !isFinal) {
                return null;
            }
            if (pastDeadline()) {
                if (incumbent == null) {
                    return new Optimisation.Result(Optimisation.State.FAILED, root);
                }
                double best = node.bound();
                for (Node other : open) {
                    best = Math.min(best, other.bound());
                }
                for (Node other : dive) {
                    best = Math.min(best, other.bound());
                }
                gapLeft = Math.max(0, (incumbentValue - best) / Math.max(Math.abs(incumbentValue), 1e-12));
                return result(Optimisation.State.FEASIBLE);
            }
            Boolean moved = apply(node);
            if (moved == null) {
                continue; // its branching decisions and the bounds fixed since leave a variable no value
            }
            if (!moved) {
                return null;
            }
            Optimisation.Result r = solveNode();
            if (r == null) {
                continue; // the duals of its LP prove that no plan below this node beats the incumbent
            }
            Optimisation.State state = r.getState();
            if (!state.isOptimal() && pastDeadline()) {
                open.add(node); // not proven infeasible: the time limit stopped this LP; counted in the gap
                continue;
            }
            if (state == Optimisation.State.INFEASIBLE) {
                continue;
            }
            if (!state.isOptimal()) {
                return null;
            }
            double value = r.getValue() - elasticCost(r); // a lower bound without the tolerated elastic cost
            if (!worthExploring(value)) {
                continue;
            }
            if (node.variable() >= 0) {
                pseudoCosts.record(node.variable(), node.upper(), node.distance(), node.bound(), value);
            }
            int branch = pseudoCosts.choose(r);
            if (branch < 0) {
                offerIncumbent(r, value);
                continue;
            }
            double x = r.doubleValue(integers[branch]);
            double floor = Math.floor(x);
            Node down = new Node(node, branch, true, floor, value, node.depth() + 1, x - floor);
            Node up = new Node(node, branch, false, floor + 1, value, node.depth() + 1, floor + 1 - x);
            boolean downFirst = x - floor <= 0.5;
            open.add(downFirst ? up : down);
            dive.push(downFirst ? down : up);
        }
        if (incumbent == null) {
            return new Optimisation.Result(Optimisation.State.INFEASIBLE, root);
        }
        return result(Optimisation.State.OPTIMAL);
    }

    /**
     * The LP at the current bounds: warm, but solved again cold where ojAlgo may have got a bound change wrong
     * ({@link #risky}) and its answer is not confirmed, or where it did not prove optimality. Null when the node is
     * pruned by the duals of an answer: one not confirmed ({@link #solveWarm}), or, with an elastic held row, one
     * whose plan uses the elastic column; when they do not prune it, the LP with the column held at 0.
     */
    private Optimisation.Result solveNode() {
        Optimisation.Result r;
        if (elastic != null && !elasticOpen) {
            elasticOpen = true;
            r = solveCold();
        } else {
            r = solveWarm();
            if (r == null) {
                return null;
            }
        }
        if (elastic == null || !r.getState().isOptimal() || elasticValue(r) <= elastic.tolerance()) {
            return r;
        }
        if (!worthExploring(r.getValue()) && prunedByDuals(r)) {
            return null;
        }
        elasticOpen = false;
        return solveCold();
    }

    /**
     * The warm re-solve at the current bounds, checked as {@link #solveNode} says; null when the answer is not
     * confirmed but its duals prune the node all the same ({@link #prunedByDuals}).
     */
    private Optimisation.Result solveWarm() {
        Optimisation.Result r = lp.solve(null);
        nodes++;
        boolean unconfirmed = risky && !(r.getState().isOptimal()
                && ReducedCosts.of(program, r, integers, currentLower, currentUpper) != null);
        if (unconfirmed && r.getState().isOptimal() && prunedByDuals(r)) {
            return null; // risky stays set: the LP's state is in doubt, so the next answer is checked too
        }
        if (r.getState() == Optimisation.State.FEASIBLE || unconfirmed) {
            return solveCold();
        }
        risky = false;
        remember(r);
        return r;
    }

    /**
     * Whether the Lagrangian bound of this answer's duals ({@link ReducedCosts#lowerBound}: valid for the node's
     * plans without the elastic column whatever the duals' accuracy) leaves no room under the incumbent.
     */
    private boolean prunedByDuals(Optimisation.Result r) {
        if (impliedBounds == null) {
            impliedBounds = ReducedCosts.impliedBounds(program);
        }
        double bound = ReducedCosts.lowerBound(program, r, integers, currentLower, currentUpper, impliedBounds);
        return Double.isFinite(bound) && !worthExploring(bound);
    }

    /** The integer variables' values in a plan the search goes on from (for {@link #risky} changes). */
    private void remember(Optimisation.Result r) {
        for (int k = 0; k < integers.length; k++) {
            lastValues[k] = r.getState().isOptimal() ? r.doubleValue(integers[k]) : Double.NaN;
        }
    }

    private double elasticValue(Optimisation.Result r) {
        return elastic == null ? 0 : Math.max(0, r.doubleValue(elastic.index()));
    }

    private double elasticCost(Optimisation.Result r) {
        return elastic == null ? 0 : elastic.weight() * elasticValue(r);
    }

    private boolean pastDeadline() {
        return System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted();
    }

    /** The start point with its integers held and the continuous variables re-optimized: the first incumbent. */
    private boolean completeStartPoint(double[] startPoint, Node rootNode) {
        double[] fixed = new double[integers.length];
        for (int k = 0; k < integers.length; k++) {
            fixed[k] = Math.min(rootUpper[k], Math.max(rootLower[k], Math.rint(startPoint[integers[k]])));
        }
        if (!apply(fixed, fixed)) {
            return false;
        }
        Optimisation.Result r = solveNode();
        if (r != null && r.getState().isOptimal() && integral(r)) {
            offerIncumbent(r, r.getValue() - elasticCost(r));
        }
        return true;
    }

    /** Could a node with this bound hold a plan better than the incumbent by more than the gap? */
    private boolean worthExploring(double bound) {
        if (incumbent == null) {
            return true;
        }
        double tolerance = Math.max(gap * Math.max(Math.abs(incumbentValue), Math.abs(bound)), 1e-12);
        return bound < incumbentValue - tolerance;
    }

    /**
     * Moves the LP to the node's integer bounds in place: its branching decisions within the root bounds, which
     * reduced-cost fixing may have narrowed since the node was queued. False if ojAlgo had to drop the warm solver;
     * null if the decisions and the root bounds leave a variable no integer value.
     */
    private Boolean apply(Node node) {
        double[] lower = rootLower.clone();
        double[] upper = rootUpper.clone();
        for (Node n = node; n != null && n.variable() >= 0; n = n.parent()) {
            int k = n.variable();
            if (n.upper()) {
                upper[k] = Math.min(upper[k], n.value());
            } else {
                lower[k] = Math.max(lower[k], n.value());
            }
        }
        for (int k = 0; k < integers.length; k++) {
            if (lower[k] > upper[k]) {
                return null;
            }
        }
        return apply(lower, upper);
    }

    /**
     * The current node solved again from scratch: a fresh simplex built with the node's integer bounds (and the
     * elastic column open or held at 0), which later nodes then update in place. The model's own bounds are put back
     * after the build, since incumbents are validated against them.
     */
    private Optimisation.Result solveCold() {
        for (int k = 0; k < integers.length; k++) {
            bound(integers[k], currentLower[k], currentUpper[k]);
        }
        if (elastic != null) {
            bound(elastic.index(), 0, elasticOpen ? Double.POSITIVE_INFINITY : 0);
        }
        lp.reset();
        Optimisation.Result r = lp.solve(null);
        for (int k = 0; k < integers.length; k++) {
            LinearProgram.Variable v = program.variables().get(integers[k]);
            bound(integers[k], v.lower(), v.upper());
        }
        if (elastic != null) {
            bound(elastic.index(), 0, Double.POSITIVE_INFINITY);
        }
        risky = false;
        remember(r);
        return r;
    }

    /** Sets a model variable's bounds; an infinite one is no bound (ojAlgo's null). */
    private void bound(int index, double lower, double upper) {
        model.getVariable(index).lower(Double.isFinite(lower) ? java.math.BigDecimal.valueOf(lower) : null)
                .upper(Double.isFinite(upper) ? java.math.BigDecimal.valueOf(upper) : null);
    }

    /**
     * Reduced-cost fixing with the incumbent's value (less the gap) as the limit: an integer variable whose root
     * reduced cost would lift the root bound past the limit if it moved one more unit keeps its bound. It holds for
     * the whole search, so it narrows the root bounds every node starts from.
     */
    private void fixByReducedCosts() {
        if (rootCosts == null || incumbent == null) {
            return;
        }
        double limit = incumbentValue - Math.max(gap * Math.abs(incumbentValue), 1e-12);
        for (int k = 0; k < integers.length; k++) {
            double[] bounds = rootCosts.tightened(integers[k], rootLower[k], rootUpper[k], limit);
            rootLower[k] = bounds[0];
            rootUpper[k] = bounds[1];
        }
    }

    /** Moves the LP to these integer bounds in place; false if ojAlgo had to drop the warm solver. */
    private boolean apply(double[] lower, double[] upper) {
        for (int k = 0; k < integers.length; k++) {
            if (lower[k] != currentLower[k] || upper[k] != currentUpper[k]) {
                // safe only where the variable was strictly inside the bound that moves (a dive's branching)
                double x = lastValues[k];
                if (!(lower[k] == currentLower[k] || x > currentLower[k] + INTEGRALITY)
                        || !(upper[k] == currentUpper[k] || x < currentUpper[k] - INTEGRALITY)) {
                    risky = true;
                }
                lp.update(integers[k], lower[k], upper[k]);
                currentLower[k] = lower[k];
                currentUpper[k] = upper[k];
                if (!lp.warm()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every integer variable is within {@link #INTEGRALITY} of an integer in this LP solution. */
    private boolean integral(Optimisation.Result r) {
        for (int index : integers) {
            double x = r.doubleValue(index);
            if (Math.abs(x - Math.rint(x)) > INTEGRALITY) {
                return false;
            }
        }
        return true;
    }

    /**
     * An integer node plan, with its integers rounded, becomes the incumbent if it is {@link #feasible} and better
     * (unrounded if rounding breaks a row).
     */
    private void offerIncumbent(Optimisation.Result r, double value) {
        if (value >= incumbentValue) {
            return;
        }
        double[] x = new double[(int) r.count()];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.doubleValue(i);
        }
        for (int index : integers) {
            x[index] = Math.rint(x[index]);
        }
        if (!feasible(x)) {
            for (int i = 0; i < x.length; i++) {
                x[i] = r.doubleValue(i);
            }
            if (!feasible(x)) {
                return;
            }
        }
        incumbent = x;
        incumbentValue = value;
        fixByReducedCosts();
    }

    /**
     * Whether {@code x} meets every bound and row of the program within {@link #FEASIBILITY} (relative to the bound
     * when it exceeds 1). ojAlgo's own {@code validate} was used until 2026-11-30: it rejected node plans off by
     * 1e-12 to 1e-10 (a China-free substitute of -7.5e-11 t), about a third of the integer plans the search found in
     * re-optimized uncertainty draws, so the search went on past plans it had already found.
     */
    private boolean feasible(double[] x) {
        return program.worstBreach(x, FEASIBILITY).isEmpty();
    }

    /** The plan as ojAlgo's {@code minimise()} reports it: values rounded to the model's solution precision. */
    private Access1D<BigDecimal> decimals(double[] x) {
        List<BigDecimal> solution = new ArrayList<>(x.length);
        for (double value : x) {
            solution.add(model.options.solution.enforce(BigDecimal.valueOf(value)));
        }
        return Access1D.wrap(solution);
    }

    private Optimisation.Result result(Optimisation.State state) {
        return new Optimisation.Result(state, incumbentValue, decimals(incumbent));
    }
}

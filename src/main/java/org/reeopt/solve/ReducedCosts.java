package org.reeopt.solve;

import org.ojalgo.optimisation.Optimisation;
import org.reeopt.model.LinearProgram;

/**
 * Reduced costs of an LP optimum, from its row duals, and the bound they prove, for reduced-cost fixing in
 * {@link OjAlgoBranchAndBound}. For any row multipliers y, every plan x within the variable bounds that satisfies the rows has
 * objective c·x = r·x + y·(Ax) with r = c − Aᵀy, so c·x ≥ Σ_j min(r_j x_j) + Σ_i min(y_i a_i x): a Lagrangian
 * bound. With the LP's optimal duals the bound equals the LP optimum, and holding one integer variable k away from
 * the bound where its term is least raises the bound by |r_k| per unit. A variable that cannot move by one unit
 * without the bound reaching the incumbent is fixed: no plan better than the incumbent moves it.
 *
 * <p>ojAlgo's multipliers are used only after a check: the bound they give must equal the LP's optimum (to
 * {@link #AGREEMENT}); their sign convention is found the same way. When neither sign passes, nothing is fixed.
 */
final class ReducedCosts {
    /** Relative agreement between the Lagrangian bound and the LP optimum for the duals to be used. */
    static final double AGREEMENT = 1e-7;
    /**
     * A reduced cost this small on a variable with no bound on the side that would make its term unbounded below is
     * taken as zero: the simplex's dual feasibility tolerance.
     */
    static final double ZERO = 1e-9;

    private final double[] reduced;
    private final double bound;

    private ReducedCosts(double[] reduced, double bound) {
        this.reduced = reduced;
        this.bound = bound;
    }

    /**
     * The reduced costs of {@code lp} (an optimum of {@code program}'s relaxation with integer bounds {@code lower}
     * and {@code upper} at the positions {@code integers}), or null when ojAlgo's multipliers do not reproduce its
     * objective.
     */
    static ReducedCosts of(LinearProgram program, Optimisation.Result lp, int[] integers, double[] lower,
                           double[] upper) {
        double[] multipliers = multipliers(program, lp);
        if (multipliers == null) {
            return null;
        }
        double[][] columns = columnBounds(program, integers, lower, upper);
        double optimum = lp.getValue();
        for (double sign : new double[] {1, -1}) {
            ReducedCosts candidate = withDuals(program, multipliers, sign, columns[0], columns[1]);
            if (candidate != null
                    && Math.abs(candidate.bound - optimum) <= AGREEMENT * (1 + Math.abs(optimum))) {
                // the lower of the two: rounding in either never lets the fixing cut more
                return new ReducedCosts(candidate.reduced, Math.min(candidate.bound, optimum));
            }
        }
        return null;
    }

    /**
     * The Lagrangian bound that ojAlgo's multipliers of {@code lp} give on every plan of {@code program} within the
     * integer bounds {@code lower} and {@code upper} (the better of the two sign conventions), whether or not they
     * reproduce the LP's value: any multipliers give a valid bound, so a node whose LP answer is in doubt can still
     * be pruned by it. Negative infinity when there are no multipliers or neither sign gives a finite bound.
     */
    static double lowerBound(LinearProgram program, Optimisation.Result lp, int[] integers, double[] lower,
                             double[] upper) {
        double[] multipliers = multipliers(program, lp);
        if (multipliers == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double[][] columns = columnBounds(program, integers, lower, upper);
        return lowerBound(program, multipliers, columns[0], columns[1]);
    }

    /** As above, with the row multipliers and every column's bounds given. */
    static double lowerBound(LinearProgram program, double[] multipliers, double[] columnLower,
                             double[] columnUpper) {
        double best = Double.NEGATIVE_INFINITY;
        for (double sign : new double[] {1, -1}) {
            ReducedCosts candidate = withDuals(program, multipliers, sign, columnLower, columnUpper);
            if (candidate != null) {
                best = Math.max(best, candidate.bound);
            }
        }
        return best;
    }

    /** ojAlgo's row duals of {@code lp} in the order of {@code program}'s rows; null when it reports none. */
    private static double[] multipliers(LinearProgram program, Optimisation.Result lp) {
        java.util.Map<String, Double> byRow = OjAlgoSolver.duals(lp);
        if (byRow.isEmpty()) {
            return null;
        }
        double[] multipliers = new double[program.rows().size()];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = byRow.getOrDefault(program.rows().get(i).name(), 0.0);
        }
        return multipliers;
    }

    /** Every column's bounds: the program's, with the integer columns {@code integers} at {@code lower}, {@code upper}. */
    private static double[][] columnBounds(LinearProgram program, int[] integers, double[] lower, double[] upper) {
        double[] columnLower = new double[program.variables().size()];
        double[] columnUpper = new double[columnLower.length];
        for (LinearProgram.Variable v : program.variables()) {
            columnLower[v.index()] = v.lower();
            columnUpper[v.index()] = v.upper();
        }
        for (int k = 0; k < integers.length; k++) {
            columnLower[integers[k]] = lower[k];
            columnUpper[integers[k]] = upper[k];
        }
        return new double[][] {columnLower, columnUpper};
    }

    private static ReducedCosts withDuals(LinearProgram program, double[] multipliers, double sign,
                                          double[] columnLower, double[] columnUpper) {
        double[] reduced = program.objective().clone();
        double bound = 0;
        for (int i = 0; i < program.rows().size(); i++) {
            LinearProgram.Row row = program.rows().get(i);
            double y = sign * multipliers[i];
            // a multiplier pulling towards a side the row does not have would make the bound -infinity: dropping it
            // keeps the bound valid (any multipliers give one)
            if (y > 0 && !Double.isFinite(row.lower()) || y < 0 && !Double.isFinite(row.upper()) || y == 0) {
                continue;
            }
            bound += y > 0 ? y * row.lower() : y * row.upper();
            for (int k = 0; k < row.columns().length; k++) {
                reduced[row.columns()[k]] -= y * row.coefficients()[k];
            }
        }
        for (int j = 0; j < reduced.length; j++) {
            double term = termMinimum(reduced[j], columnLower[j], columnUpper[j]);
            if (Double.isNaN(term)) {
                return null;
            }
            bound += term;
        }
        return Double.isFinite(bound) ? new ReducedCosts(reduced, bound) : null;
    }

    /** min of r·x over lower ≤ x ≤ upper; NaN when unbounded below beyond the tolerance. */
    private static double termMinimum(double r, double lower, double upper) {
        double side = r >= 0 ? lower : upper;
        if (Double.isFinite(side)) {
            return r * side;
        }
        return Math.abs(r) <= ZERO ? 0 : Double.NaN;
    }

    /** The Lagrangian bound on the objective of every plan within the bounds the duals were taken at. */
    double bound() {
        return bound;
    }

    /**
     * The tightest bounds for variable {@code column} (now within [lower, upper]) that keep every plan whose
     * objective is below {@code limit}: {lower, upper} unchanged when none can be cut.
     */
    double[] tightened(int column, double lower, double upper, double limit) {
        double r = reduced[column];
        if (r == 0 || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            return new double[] {lower, upper};
        }
        // plans with x moved t units away from the bound where r·x is least have objective at least
        // bound + |r| t; keep t < (limit - bound) / |r|, with a margin for rounding that never cuts a plan
        double room = (limit - bound) / Math.abs(r);
        if (!(room > 0)) {
            return new double[] {lower, upper}; // the node itself cannot beat the limit; pruning handles it
        }
        double steps = Math.ceil(room * (1 + 1e-9) + 1e-9) - 1;
        if (r > 0) {
            return new double[] {lower, Math.min(upper, lower + steps)};
        }
        return new double[] {Math.max(lower, upper - steps), upper};
    }
}

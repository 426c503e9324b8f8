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
    /**
     * A reduced cost computed as c_j - sum y_i a_ij is exact to about this many times the machine epsilon of
     * |c_j| + sum |y_i a_ij|: below that it cannot be told from zero (seen: 1e-16 on columns of the default scenario
     * that no row bounds, where a rigorous bound would otherwise be -infinity).
     */
    static final double ROUNDING = 64 * Math.ulp(1.0);

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
            ReducedCosts candidate = withDuals(program, multipliers, sign, columns[0], columns[1], null);
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
     * be pruned by it. A reduced cost within the simplex's tolerance ({@link #ZERO}) on a column without a bound on
     * its side, which {@link #of} counts as zero, counts here at the bound the rows imply ({@code implied}, from
     * {@link #impliedBounds}); where they imply none, that sign gives no bound unless the reduced cost is within its
     * own rounding error ({@link #ROUNDING}: then it is zero). Negative infinity when neither sign gives one.
     */
    static double lowerBound(LinearProgram program, Optimisation.Result lp, int[] integers, double[] lower,
                             double[] upper, double[][] implied) {
        double[] multipliers = multipliers(program, lp);
        if (multipliers == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double[][] columns = columnBounds(program, integers, lower, upper);
        return lowerBound(program, multipliers, columns[0], columns[1], implied);
    }

    /**
     * As above, with the row multipliers and every column's bounds given (infinite where there is none), and the
     * bounds the rows imply.
     */
    static double lowerBound(LinearProgram program, double[] multipliers, double[] columnLower,
                             double[] columnUpper, double[][] implied) {
        double best = Double.NEGATIVE_INFINITY;
        for (double sign : new double[] {1, -1}) {
            ReducedCosts candidate = withDuals(program, multipliers, sign, columnLower, columnUpper, implied);
            if (candidate != null) {
                best = Math.max(best, candidate.bound);
            }
        }
        return best;
    }

    /**
     * Bounds on each column implied by one row at a time (the row's least or greatest activity over the other
     * columns' bounds): {lower, upper} per column, infinite where no row gives one. Valid for every plan of
     * {@code program}, and for every node below it (narrower integer bounds only tighten what the rows imply). A
     * margin of 1e-9, relative, keeps rounding from making them too tight.
     */
    static double[][] impliedBounds(LinearProgram program) {
        int n = program.variables().size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(upper, Double.POSITIVE_INFINITY);
        double[][] columns = columnBounds(program, new int[0], new double[0], new double[0]);
        double[] columnLower = columns[0];
        double[] columnUpper = columns[1];
        for (int pass = 0; pass < IMPLIED_PASSES; pass++) {
            for (int j = 0; j < n; j++) {
                // what earlier passes implied serves the next one
                columnLower[j] = Math.max(columnLower[j], lower[j]);
                columnUpper[j] = Math.min(columnUpper[j], upper[j]);
            }
            impliedPass(program, columnLower, columnUpper, lower, upper);
        }
        return new double[][] {lower, upper};
    }

    /** Passes of {@link #impliedBounds}: each uses the bounds the one before implied. */
    static final int IMPLIED_PASSES = 4;

    /** One pass: each row's bound on each of its columns, given the others' bounds, narrows {@code lower, upper}. */
    private static void impliedPass(LinearProgram program, double[] columnLower, double[] columnUpper,
                                    double[] lower, double[] upper) {
        for (LinearProgram.Row row : program.rows()) {
            int[] cols = row.columns();
            double[] a = row.coefficients();
            double least = 0;
            double most = 0;
            int leastInfinite = 0;
            int mostInfinite = 0;
            for (int k = 0; k < cols.length; k++) {
                double lo = a[k] >= 0 ? a[k] * columnLower[cols[k]] : a[k] * columnUpper[cols[k]];
                double hi = a[k] >= 0 ? a[k] * columnUpper[cols[k]] : a[k] * columnLower[cols[k]];
                if (Double.isFinite(lo)) {
                    least += lo;
                } else {
                    leastInfinite++;
                }
                if (Double.isFinite(hi)) {
                    most += hi;
                } else {
                    mostInfinite++;
                }
            }
            for (int k = 0; k < cols.length; k++) {
                if (a[k] == 0) {
                    continue;
                }
                int j = cols[k];
                double lo = a[k] >= 0 ? a[k] * columnLower[j] : a[k] * columnUpper[j];
                double hi = a[k] >= 0 ? a[k] * columnUpper[j] : a[k] * columnLower[j];
                // a_k x_j <= upper - (least activity of the others)
                if (Double.isFinite(row.upper()) && leastInfinite == (Double.isFinite(lo) ? 0 : 1)) {
                    double limit = (row.upper() - (least - (Double.isFinite(lo) ? lo : 0))) / a[k];
                    tighten(lower, upper, j, limit, a[k] > 0);
                }
                // a_k x_j >= lower - (greatest activity of the others)
                if (Double.isFinite(row.lower()) && mostInfinite == (Double.isFinite(hi) ? 0 : 1)) {
                    double limit = (row.lower() - (most - (Double.isFinite(hi) ? hi : 0))) / a[k];
                    tighten(lower, upper, j, limit, a[k] < 0);
                }
            }
        }
    }

    /** {@code limit}, widened by the margin, as an upper bound of column j if {@code isUpper}, else a lower one. */
    private static void tighten(double[] lower, double[] upper, int j, double limit, boolean isUpper) {
        double margin = 1e-9 * (1 + Math.abs(limit));
        if (isUpper) {
            upper[j] = Math.min(upper[j], limit + margin);
        } else {
            lower[j] = Math.max(lower[j], limit - margin);
        }
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

    /**
     * The reduced costs and Lagrangian bound of these multipliers (times {@code sign}); null when some term is
     * unbounded below. A reduced cost within {@link #ZERO} on a column unbounded on its side counts as zero when
     * {@code implied} is null (the simplex's tolerance: for duals whose bound is checked against the LP's value), and
     * at the bound the rows imply otherwise.
     */
    private static ReducedCosts withDuals(LinearProgram program, double[] multipliers, double sign,
                                          double[] columnLower, double[] columnUpper, double[][] implied) {
        double[] reduced = program.objective().clone();
        double[] magnitude = new double[reduced.length]; // |c_j| + sum |y_i a_ij|: the scale of r_j's rounding
        for (int j = 0; j < reduced.length; j++) {
            magnitude[j] = Math.abs(reduced[j]);
        }
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
                magnitude[row.columns()[k]] += Math.abs(y * row.coefficients()[k]);
            }
        }
        for (int j = 0; j < reduced.length; j++) {
            double rounding = ROUNDING * magnitude[j];
            double term = implied == null ? termMinimum(reduced[j], columnLower[j], columnUpper[j], 0.0, 0.0, rounding)
                    : termMinimum(reduced[j], columnLower[j], columnUpper[j], implied[0][j], implied[1][j],
                    rounding);
            if (Double.isNaN(term)) {
                return null;
            }
            bound += term;
        }
        return Double.isFinite(bound) ? new ReducedCosts(reduced, bound) : null;
    }

    /**
     * min of r·x over lower ≤ x ≤ upper. Where that side is unbounded: a reduced cost within {@link #ZERO} is taken
     * at {@code impliedLower} or {@code impliedUpper} when finite (0.0 for both: counted as zero); one within
     * {@code rounding}, the error of computing it, counts as zero; any other makes the term unbounded below (NaN).
     */
    private static double termMinimum(double r, double lower, double upper, double impliedLower,
                                      double impliedUpper, double rounding) {
        double side = r >= 0 ? lower : upper;
        if (Double.isFinite(side)) {
            return r * side;
        }
        if (r == 0) {
            return 0;
        }
        double implied = r >= 0 ? impliedLower : impliedUpper;
        if (Math.abs(r) <= ZERO && Double.isFinite(implied)) {
            return r * implied;
        }
        return Math.abs(r) <= rounding ? 0 : Double.NaN;
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

package org.reeopt.solve;

import org.ojalgo.optimisation.Optimisation;

/**
 * Branching choice for {@link OjAlgoBranchAndBound}: pseudo-costs, the average rise of the LP bound per unit of
 * distance each variable's down and up branches have shown so far in the search. The variable branched on is the
 * fractional one with the largest product of its expected down and up rises (a variable not yet branched on in a
 * direction counts with the average over all branchings; before any, every variable counts the same, so the first
 * choice is the most fractional). Deterministic: the same search gives the same choices.
 */
final class PseudoCosts {
    /** Floor of a score factor, so that a zero rise on one side does not hide the other side's. */
    private static final double FLOOR = 1e-12;

    private final int[] integers;
    private final double integrality;
    private final double[] downSum;
    private final double[] upSum;
    private final int[] downCount;
    private final int[] upCount;
    private double allSum;
    private int allCount;

    /** For the integer variables at model positions {@code integers}; values within {@code integrality} are integer. */
    PseudoCosts(int[] integers, double integrality) {
        this.integers = integers;
        this.integrality = integrality;
        this.downSum = new double[integers.length];
        this.upSum = new double[integers.length];
        this.downCount = new int[integers.length];
        this.upCount = new int[integers.length];
    }

    /**
     * Records a branching's outcome: variable {@code k} (position in the integer list), down or up, moved
     * {@code distance} from its LP value, raised the LP bound from {@code parentBound} to {@code childBound}.
     */
    void record(int k, boolean down, double distance, double parentBound, double childBound) {
        double perUnit = (childBound - parentBound) / distance;
        if (!(perUnit >= 0) || !Double.isFinite(perUnit)) {
            perUnit = 0; // a child a little below its parent (LP tolerance) counts as no rise
        }
        if (down) {
            downSum[k] += perUnit;
            downCount[k]++;
        } else {
            upSum[k] += perUnit;
            upCount[k]++;
        }
        allSum += perUnit;
        allCount++;
    }

    /** The integer variable (position in the list) to branch on in this LP solution; -1 when all are integer. */
    int choose(Optimisation.Result lp) {
        double average = allCount == 0 ? 1 : Math.max(allSum / allCount, FLOOR);
        int best = -1;
        double bestScore = -1;
        for (int k = 0; k < integers.length; k++) {
            double x = lp.doubleValue(integers[k]);
            if (Math.abs(x - Math.rint(x)) <= integrality) {
                continue;
            }
            double fraction = x - Math.floor(x);
            double down = downCount[k] == 0 ? average : downSum[k] / downCount[k];
            double up = upCount[k] == 0 ? average : upSum[k] / upCount[k];
            double score = Math.max(fraction * down, FLOOR) * Math.max((1 - fraction) * up, FLOOR);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }
}

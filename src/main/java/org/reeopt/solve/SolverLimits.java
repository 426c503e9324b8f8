package org.reeopt.solve;

/** Limits a backend must respect: wall time in seconds per solve, and the relative MIP gap. */
public record SolverLimits(double timeLimitSeconds, double mipGap) {
}

package org.reeopt.scenario;

/** Limits for the solver: wall time per solve (seconds) and the relative MIP gap at which a plan counts as optimal. */
public record SolverSettings(double timeLimitSeconds, double mipGap) {
    public static final SolverSettings DEFAULT = new SolverSettings(60.0, 1e-4);
}

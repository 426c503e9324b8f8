package org.reeopt.scenario;

/**
 * Limits for the solver: wall time per solve (seconds) and the relative MIP gap at which a plan counts as optimal;
 * and the backend the scenario asks for ({@code null}: the default, ojAlgo), which {@code --solver} overrides.
 */
public record SolverSettings(double timeLimitSeconds, double mipGap, String backend) {
    public static final SolverSettings DEFAULT = new SolverSettings(60.0, 1e-4, null);

    public SolverSettings(double timeLimitSeconds, double mipGap) {
        this(timeLimitSeconds, mipGap, null);
    }
}

package org.reeopt.cli;

/** Exit codes of every command (also listed in --help and README.md). */
public final class ExitCodes {
    public static final int SOLVED = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int INFEASIBLE = 3;
    public static final int SOLVER_FAILURE = 4;

    private ExitCodes() {
    }
}

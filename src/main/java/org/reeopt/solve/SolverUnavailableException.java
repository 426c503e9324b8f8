package org.reeopt.solve;

/** The backend asked for cannot run here (its program is not installed); the message says how to get it. */
public class SolverUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SolverUnavailableException(String message) {
        super(message);
    }
}

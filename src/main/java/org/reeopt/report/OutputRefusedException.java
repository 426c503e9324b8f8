package org.reeopt.report;

/** An output cannot be written without risking a user's files (it exists, or the folder is not a folder). */
public class OutputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}

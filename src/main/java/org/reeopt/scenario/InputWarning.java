package org.reeopt.scenario;

/**
 * Something the loader accepted but the user should change, located at a file and line (0 when unknown): e.g. a
 * column written under its old name. Validation lists it as a warning ({@code validate --strict} fails on it).
 */
public record InputWarning(String file, int line, String message) {

    /** {@code file:line}, or the file alone when the line is unknown. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}

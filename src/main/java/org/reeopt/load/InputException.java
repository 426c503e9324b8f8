package org.reeopt.load;

/**
 * Bad input, located: the file, the line (0 when unknown) and the field, and what is wrong. The CLI prints
 * {@link #getMessage()} as one line and exits with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    public InputException(String file, int line, String field, String problem) {
        // no stack trace: bad input is reported by its message, and a table of many bad rows makes many of these
        super(format(file, line, field, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public static String format(String file, int line, String field, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (field != null && !field.isEmpty()) {
            b.append("field ").append(field).append(": ");
        }
        return b.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}

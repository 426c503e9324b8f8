package org.reeopt.load;

import java.util.List;

/** Several bad-input problems found while loading one scenario; the CLI prints one line for each. */
public class InputProblemsException extends InputException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputException> problems;

    public InputProblemsException(String file, List<InputException> problems) {
        this(file, problems, problems.size());
    }

    /** {@code total} problems, of which {@code problems} are listed (with a line counting the rest). */
    public InputProblemsException(String file, List<InputException> problems, int total) {
        super(file, 0, null, total + " problems were detected in " + file + " and the files it names");
        this.problems = List.copyOf(problems);
    }

    public List<InputException> problems() {
        return problems;
    }

    /** "N problems were detected in FILE and the files it names". */
    public String headline() {
        return problem();
    }
}

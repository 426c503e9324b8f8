package org.reeopt.validate;

import java.util.List;

/**
 * Everything validation found, errors first. A scenario with any error is not built. {@code errorCount} is the
 * number of errors found, which is more than those listed when a file had too many to list.
 */
public record ValidationReport(String scenarioFile, List<Problem> problems, int errorCount) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** A report that lists every error it found. */
    public ValidationReport(String scenarioFile, List<Problem> problems) {
        this(scenarioFile, problems, (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .count());
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** "2 problems were detected in models/x.json" */
    public String headline() {
        int n = errorCount;
        return n + (n == 1 ? " problem was" : " problems were") + " detected in " + scenarioFile;
    }
}

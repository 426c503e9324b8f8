package org.reeopt.validate;

import java.util.List;

/** Everything validation found, errors first. A scenario with any error is not built. */
public record ValidationReport(String scenarioFile, List<Problem> problems) {
    public ValidationReport {
        problems = List.copyOf(problems);
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
        int n = errors().size();
        return n + (n == 1 ? " problem was" : " problems were") + " detected in " + scenarioFile;
    }
}

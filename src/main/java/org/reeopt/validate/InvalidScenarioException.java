package org.reeopt.validate;

/** Thrown when validation found errors; carries the whole report so that every problem can be shown. */
public class InvalidScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationReport report;

    public InvalidScenarioException(ValidationReport report) {
        super(report.headline());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}

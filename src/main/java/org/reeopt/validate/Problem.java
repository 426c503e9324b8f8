package org.reeopt.validate;

/** One thing wrong (ERROR) or suspicious (WARNING) with a scenario, located at a file (and line) and field. */
public record Problem(Severity severity, String location, String field, String message) {
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return location + ": " + (field == null || field.isEmpty() ? "" : "field " + field + ": ") + message;
    }
}

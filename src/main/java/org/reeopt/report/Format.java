package org.reeopt.report;

import org.reeopt.results.ResultSummary;

/** The formats a result can be rendered in; each is a pure function of the summary. */
public enum Format {
    TABLE("txt"), JSON("json"), CSV("csv"), MD("md");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String render(ResultSummary summary) {
        return render(summary, java.util.List.of());
    }

    /** The same, the summary tables showing {@code years} (empty: the horizon's key years and any rebound). */
    public String render(ResultSummary summary, java.util.List<Integer> years) {
        return switch (this) {
            case TABLE -> TableReport.render(summary, years);
            case JSON -> JsonReport.render(summary);
            case CSV -> CsvReport.render(summary);
            case MD -> MarkdownReport.render(summary, years);
        };
    }
}

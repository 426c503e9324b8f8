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
        return render(summary, View.DEFAULT);
    }

    /** The same, with the years and the objective {@code view} asks for. */
    public String render(ResultSummary summary, View view) {
        return switch (this) {
            case TABLE -> TableReport.render(summary, view);
            case JSON -> JsonReport.render(summary);
            case CSV -> CsvReport.render(summary);
            case MD -> MarkdownReport.render(summary, view);
        };
    }
}

package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Issue 14 item 6: the results table of models/README.md (spending and end-to-end dependency of each shipped
 * scenario) is what the tool prints; the test fails when a figure drifts. Rows of a robust plan's single future are
 * not re-derived here (they come from the robust result's futures).
 */
class ModelsReadmeResultsTest {
    @Test
    void theResultsTableMatchesTheSolves() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("models/README.md"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| scenario | spent (B$) |")).findFirst()
                .orElseThrow(() -> new AssertionError("no results table in models/README.md")));
        String[] years = cells(lines.get(header));
        List<String> drift = new ArrayList<>();
        int checked = 0;
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] row = cells(lines.get(i));
            // a scenario solved directly ("`export-ban-2027` (re-planned knowing the ban)" is), not one future of it
            if (!row[0].matches("`[a-z0-9-]+`( \\([^)]*\\))?") || row[0].contains("future")) {
                continue;
            }
            String name = row[0].substring(1, row[0].indexOf('`', 1));
            ResultSummary r = Pipeline.run(Pipeline.load(Path.of("models", name + ".json")), RunOptions.defaults())
                    .summary();
            expect(drift, name + " spent", row[1], String.format(Locale.ROOT, "%.2f", r.spentBillionUsd()));
            for (int c = 2; c < row.length; c++) {
                expect(drift, name + " " + years[c], row[c], String.format(Locale.ROOT, "%.1f%%",
                        r.endToEndDependency().get(years[c]) * 100));
            }
            checked++;
        }
        assertTrue(checked >= 8, "rows checked: " + checked);
        assertEquals(List.of(), drift, "models/README.md results differ from the tool's output");
    }

    /**
     * The prose of models/README.md quotes solved figures only as copies of the results table (checked above against
     * the solves) or inside generated blocks (checked by GeneratedDocsTest): every two-decimal amount ("$5.02B") and
     * one-decimal share ("34.5%") written outside tables and generated blocks is a cell of the results table. Other
     * figures there are inputs (scenario and data values, sourced in data/SOURCES.md), checked by
     * {@link ModelsReadmeInputsTest}.
     */
    @Test
    void everySolvedFigureInTheProseIsACellOfTheCheckedTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("models/README.md"));
        java.util.Set<String> cells = new java.util.HashSet<>();
        List<String> prose = new ArrayList<>();
        boolean generated = false;
        for (String line : lines) {
            if (line.startsWith("<!-- generated:")) {
                generated = true;
            } else if (line.startsWith("<!-- end -->")) {
                generated = false;
            } else if (line.startsWith("| `")) {
                for (String cell : cells(line)) {
                    cells.add(cell);
                }
            } else if (!generated && !line.startsWith("|")) {
                prose.add(line);
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\d+\\.\\d\\d)B|(\\d+\\.\\d%)")
                .matcher(String.join("\n", prose));
        List<String> unchecked = new ArrayList<>();
        int quoted = 0;
        while (m.find()) {
            String figure = m.group(1) != null ? m.group(1) : m.group(2);
            quoted++;
            if (!cells.contains(figure)) {
                unchecked.add(m.group());
            }
        }
        assertTrue(quoted >= 3, "figures found in the prose: " + quoted);
        assertEquals(List.of(), unchecked, "models/README.md prose quotes figures no test checks");
    }

    private static void expect(List<String> drift, String what, String quoted, String actual) {
        if (!quoted.equals(actual)) {
            drift.add(what + ": README says " + quoted + ", the tool prints " + actual);
        }
    }

    private static String[] cells(String row) {
        String[] parts = row.substring(1, row.length() - 1).split("\\|");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].trim();
        }
        return parts;
    }
}

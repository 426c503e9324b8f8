package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Trajectory;

/**
 * Direct and embedded demand reported apart (docs/formulation.md, "Embedded demand"): the dependency of direct
 * demand, of magnets embedded in imported goods and of both, by year, in one document model for the terminal,
 * Markdown and HTML. Empty for a scenario without an embedded-demand table, so its reports do not change.
 */
final class EmbeddedMemo {
    private EmbeddedMemo() {
    }

    /** The section: a table by year and a sentence on what the objective counts. */
    static Memo of(ResultSummary r, List<Integer> years) {
        Memo memo = new Memo();
        ResultSummary.Embedded e = r.embeddedDemand();
        if (e == null || r.spentBillionUsd() == null) {
            return memo;
        }
        List<String> header = new ArrayList<>(List.of("Demand (share from " + r.lastResortSupplier() + ")"));
        years.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("direct demand", e.directDependency(), years, Numbers::percent));
        rows.add(row("embedded in imports", e.embeddedDependency(), years, Numbers::percent));
        rows.add(row("direct and embedded", e.combinedDependency(), years, Numbers::percent));
        rows.add(row("embedded t/yr", e.embeddedTonnesPerYear(), years, Numbers::tonnes));
        rows.add(row("assembled at home t/yr", e.assembledTonnesPerYear(), years, Numbers::tonnes));
        return memo.heading(2, "Direct and embedded demand").paragraph(objectiveSentence(r)).table(header, rows);
    }

    /** One sentence for the summary paragraph; empty without embedded demand. */
    static List<String> summary(ResultSummary r) {
        ResultSummary.Embedded e = r.embeddedDemand();
        if (e == null || r.spentBillionUsd() == null) {
            return List.of();
        }
        Trajectory combined = Trajectory.of(e.combinedDependency(), r.years());
        return List.of("Counting the magnets embedded in imported goods as well, China dependency of direct and "
                + "embedded demand together is " + Numbers.trajectory(combined) + ".");
    }

    /** The caveat on what demand is counted, with or without an embedded-demand table. */
    static String caveat(ResultSummary r) {
        return r.embeddedDemand() == null
                ? "Counts direct magnet demand only; magnets embedded in imported goods are not counted (no "
                + "embedded-demand table)."
                : "Counts direct magnet demand and, reported apart, magnets embedded in imported goods (the scenario's "
                + "embedded-demand table, China share as stated there). " + objectiveSentence(r);
    }

    private static String objectiveSentence(ResultSummary r) {
        ResultSummary.Embedded e = r.embeddedDemand();
        String assembly = "domestic assembly may take over at most " + Numbers.percent(e.domesticAssemblyMaxShare())
                + " of embedded demand";
        return e.objectiveWeight() > 0
                ? "The objective weighs embedded dependency by "
                + java.math.BigDecimal.valueOf(e.objectiveWeight()).stripTrailingZeros().toPlainString()
                + " next to end-to-end dependency; " + assembly + "."
                : "The objective counts direct demand only (objective.embeddedWeight 0), so nothing is assembled at "
                + "home; " + assembly + " when embedded dependency is weighed.";
    }

    static List<String> row(String label, Map<String, Double> byYear, List<Integer> years,
                                    java.util.function.Function<Double, String> format) {
        List<String> row = new ArrayList<>(List.of(label));
        years.forEach(y -> {
            Double v = byYear.get(Integer.toString(y));
            row.add(v == null ? "-" : format.apply(v));
        });
        return row;
    }
}

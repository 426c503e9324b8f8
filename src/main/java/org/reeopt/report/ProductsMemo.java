package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import org.reeopt.results.ResultSummary;

/**
 * Several final products and licensed elements (docs/formulation.md, "Several final products"): dependency by
 * material family (NdFeB, SmCo, each licensed element), each licensed element's largest China-origin share, and the
 * "any licensed element exposed" headline. Empty for a scenario without final products or licensed materials, so
 * its reports do not change.
 */
final class ProductsMemo {
    private ProductsMemo() {
    }

    static Memo of(ResultSummary r, List<Integer> years) {
        Memo memo = new Memo();
        ResultSummary.FinalProductsResult p = r.finalProducts();
        if (p == null || r.spentBillionUsd() == null) {
            return memo;
        }
        List<String> header = new ArrayList<>(List.of("Share from " + r.lastResortSupplier()));
        years.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> rows = new ArrayList<>();
        p.dependencyByFamily().forEach((family, byYear) ->
                rows.add(EmbeddedMemo.row(family, byYear, years, Numbers::percent)));
        p.licensedElementDependency().forEach((element, byYear) ->
                rows.add(EmbeddedMemo.row("licensed " + element, byYear, years, Numbers::percent)));
        if (!p.dependencyByFamily().isEmpty()) {
            memo.heading(2, "Dependency by product family");
        } else {
            memo.heading(2, "Licensed elements");
        }
        memo.paragraph("A family's dependency is the share of its final products' demand not met by a China-free chain; "
                + "a licensed element's is the largest China-origin share of its requirement over the stages it passes."
                + (p.licensedHeadline() == null ? "" : " " + p.licensedHeadline() + "."));
        return memo.table(header, rows);
    }

    /** The licensed-elements headline for the summary paragraph; empty without licensed materials. */
    static List<String> summary(ResultSummary r) {
        ResultSummary.FinalProductsResult p = r.finalProducts();
        return p == null || p.licensedHeadline() == null || r.spentBillionUsd() == null ? List.of()
                : List.of(p.licensedHeadline() + ".");
    }
}

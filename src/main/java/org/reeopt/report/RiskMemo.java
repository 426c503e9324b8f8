package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.RiskSummary;

/**
 * The supply-risk part of a solve report: restrictions in force, shortfall, unassured dependency, stockpiles,
 * agreements and, for a robust plan, its outcome in each future and the regret table. One document model for the
 * terminal, Markdown and HTML.
 */
final class RiskMemo {
    private RiskMemo() {
    }

    /** Sentences for the summary paragraph; empty without supply risk. */
    static List<String> summary(ResultSummary r) {
        RiskSummary k = r.supplyRisk();
        List<String> out = new ArrayList<>();
        if (k == null) {
            return out;
        }
        double total = k.shortfallTonnes().values().stream().mapToDouble(Double::doubleValue).sum();
        Map.Entry<String, Double> peak = k.shortfallShare().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElse(null);
        String where = k.robust() != null ? " in the " + k.future() + " future" : "";
        if (!k.restrictions().isEmpty() || k.robust() != null) {
            out.add(total > 0.5 && peak != null
                    ? "Under export restrictions" + where + ", " + Numbers.tonnes(total) + " t of magnet demand goes unmet over "
                    + "the horizon, at worst " + Numbers.percent(peak.getValue()) + " of demand in " + peak.getKey() + "."
                    : "Under export restrictions" + where + ", all demand is met.");
        }
        List<String> signed = k.agreements().stream().filter(RiskSummary.Agreement::signed)
                .map(a -> a.name() + " (" + a.firstYear() + "-" + a.lastYear() + ")").toList();
        if (!k.agreements().isEmpty()) {
            out.add(signed.isEmpty() ? "No supply agreement is signed." : "Signed: " + String.join(", ", signed) + ".");
        }
        double peakStock = peakStockTonnes(k);
        if (!k.stockpiles().isEmpty()) {
            out.add(peakStock > 0.5 ? "Strategic stockpiles hold up to " + Numbers.tonnes(peakStock) + " t."
                    : "No strategic stock is bought.");
        }
        if (k.robust() != null && k.robust().regret().size() > 1) {
            RiskSummary.PlanScores robust = k.robust().regret().get(0);
            RiskSummary.PlanScores naive = k.robust().regret().get(1);
            out.add("Across the futures, the robust plan's " + k.robust().criterion() + " score is "
                    + Numbers.decimal(robust.expectedScore()) + " (worst " + Numbers.decimal(robust.worstScore())
                    + ") against " + Numbers.decimal(naive.expectedScore()) + " (worst "
                    + Numbers.decimal(naive.worstScore()) + ") for the " + naive.plan() + ".");
        }
        return out;
    }

    /** The most held in all stockpiles together at the end of any year, tonnes. */
    static double peakStockTonnes(RiskSummary k) {
        Map<Integer, Double> byYear = new java.util.TreeMap<>();
        k.stockpiles().forEach(st -> byYear.merge(st.year(), st.levelTonnes(), Double::sum));
        return byYear.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static Memo of(ResultSummary r) {
        Memo memo = new Memo();
        RiskSummary k = r.supplyRisk();
        if (k == null || r.spentBillionUsd() == null) {
            return memo;
        }
        memo.heading(2, "Supply risk" + (k.robust() != null ? " (year by year: the " + k.future() + " future)" : ""));
        if (!k.restrictions().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (RiskSummary.Restriction x : k.restrictions()) {
                rows.add(List.of(x.name(), String.join(", ", x.stages()), x.materials().isEmpty() ? "all"
                        : String.join(", ", x.materials()), x.fromYear() + "-" + x.toYear(),
                        Numbers.percent(x.allowedShare())));
            }
            memo.paragraph("Export restrictions by " + r.lastResortSupplier() + " (share of the requirement let through):")
                    .table(List.of("Restriction", "Stages", "Materials", "Years", "Allowed"), rows);
        }
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>(Numbers.keyYears(r.years()));
        k.shortfallTonnes().forEach((y, t) -> {
            if (t > 0.5) {
                shown.add(Integer.parseInt(y));
            }
        });
        List<Integer> years = new ArrayList<>(shown);
        List<String> header = new ArrayList<>(List.of("Supply risk"));
        years.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(byYear("shortfall (t of magnets)", k.shortfallTonnes(), years, true));
        rows.add(byYear("shortfall (share of demand)", k.shortfallShare(), years, false));
        rows.add(byYear("end-to-end dependency", r.endToEndDependency(), years, false));
        rows.add(byYear("unassured dependency", k.unassuredDependency(), years, false));
        for (String stockpile : k.stockpiles().stream().map(RiskSummary.StockYear::stockpile).distinct().toList()) {
            List<String> level = new ArrayList<>(List.of(stockpile + " (t, months)"));
            for (int y : years) {
                k.stockpiles().stream().filter(s -> s.stockpile().equals(stockpile) && s.year() == y).findFirst()
                        .ifPresentOrElse(s -> level.add(Numbers.tonnes(s.levelTonnes()) + " (" + String.format(
                                java.util.Locale.ROOT, "%.1f", s.monthsOfCover()) + ")"), () -> level.add(""));
            }
            rows.add(level);
        }
        memo.table(header, rows).paragraph("Unassured dependency: the largest share of any stage's requirement met by "
                + "open purchases from " + r.lastResortSupplier() + " (neither under an agreement nor from stock)."
                + (k.stockpiles().isEmpty() ? "" : " Months of cover: stock held at the year's end over a month of that "
                + "product's requirement."));
        memo.chart("supply-risk", "Shortfall, unassured and end-to-end dependency by year (percent)");
        if (!k.shortfallByProduct().isEmpty()) {
            List<List<String>> shortRows = new ArrayList<>();
            k.shortfallByProduct().forEach(s -> shortRows.add(List.of(Integer.toString(s.year()), s.stage(),
                    s.material(), Numbers.tonnes(s.tonnes()), Numbers.tonnes(s.demandTonnes()),
                    Numbers.percent(s.shareOfDemand()))));
            memo.paragraph("Where the shortfall falls (a missing input counts as the magnets it would have made):")
                    .table(List.of("Year", "Stage", "Material", "Short (t)", "Magnets unmet (t)", "Share of demand"),
                            shortRows);
        }
        if (!k.agreements().isEmpty()) {
            List<List<String>> agreementRows = new ArrayList<>();
            k.agreements().forEach(a -> agreementRows.add(List.of(a.name(), a.signed() ? "yes" : "no",
                    a.firstYear() + "-" + a.lastYear(), Numbers.billions(a.concessionCostBillionUsd())
                            + (a.countsAgainstBudget() ? "" : " (outside budget)"), Numbers.tonnes(a.deliveredTonnes()))));
            memo.table(List.of("Supply agreement", "Signed", "Term", "Concession (B$)", "Delivered (t)"), agreementRows);
        }
        if (k.robust() != null) {
            robust(memo, k.robust());
        }
        return memo;
    }

    private static void robust(Memo memo, RiskSummary.Robust robust) {
        memo.heading(2, "Robust plan across futures (" + robust.criterion() + ")");
        List<List<String>> rows = new ArrayList<>();
        for (RiskSummary.FutureOutcome f : robust.futures()) {
            rows.add(List.of(f.name(), Numbers.percent(f.probability()), Numbers.tonnes(f.shortfallTonnes()),
                    f.peakShortfallYear() == null ? "-" : Numbers.percent(f.peakShortfallShare()) + " in "
                            + f.peakShortfallYear(), Numbers.percent(f.averageEndToEndDependency()),
                    Numbers.percent(f.averageUnassuredDependency()), Numbers.billions(f.spentBillionUsd()),
                    Numbers.decimal(f.score())));
        }
        memo.paragraph("One investment, stockpile and agreement plan, chosen before the future is known; operations "
                + "adapt in each future.").table(List.of("Future", "Probability", "Shortfall (t)", "Worst year",
                "Avg end-to-end", "Avg unassured", "Spent (B$)", "Score"), rows);
        List<String> futures = robust.futures().stream().map(RiskSummary.FutureOutcome::name).toList();
        List<String> header = new ArrayList<>(List.of("Plan"));
        futures.forEach(f -> header.add(f + " score (regret)"));
        header.addAll(List.of("Expected score", "Worst score", "Max regret"));
        List<List<String>> regret = new ArrayList<>();
        for (RiskSummary.PlanScores p : robust.regret()) {
            List<String> row = new ArrayList<>(List.of(p.plan()));
            for (String f : futures) {
                Double score = p.scoreByFuture().get(f);
                Double reg = p.regretByFuture().get(f);
                row.add(Numbers.decimal(score) + (reg == null ? "" : " (" + Numbers.decimal(reg) + ")"));
            }
            row.addAll(List.of(Numbers.decimal(p.expectedScore()), Numbers.decimal(p.worstScore()),
                    Numbers.decimal(p.maxRegret())));
            regret.add(row);
        }
        memo.paragraph("Regret table. Score: weighted dependency (or spending in cost mode) plus the shortfall penalty "
                + "in that future; lower is better. Regret: score minus the best score reachable had the future been "
                + "known (perfect information).").table(header, regret);
        if (robust.regret().size() > 1) {
            RiskSummary.PlanScores plan = robust.regret().get(0);
            RiskSummary.PlanScores naive = robust.regret().get(1);
            memo.paragraph("Value of the robust plan: the " + naive.plan() + " scores " + Numbers.decimal(
                    naive.expectedScore()) + " expected and " + Numbers.decimal(naive.worstScore()) + " at worst; the "
                    + "robust plan " + Numbers.decimal(plan.expectedScore()) + " and " + Numbers.decimal(plan.worstScore())
                    + ", a gain of " + Numbers.decimal(naive.expectedScore() - plan.expectedScore()) + " expected and "
                    + Numbers.decimal(naive.worstScore() - plan.worstScore()) + " at worst.");
        }
        if (!robust.note().isEmpty()) {
            memo.paragraph(robust.note());
        }
    }

    private static List<String> byYear(String label, Map<String, Double> values, List<Integer> years, boolean tonnes) {
        List<String> row = new ArrayList<>(List.of(label));
        for (int y : years) {
            Double v = values.get(Integer.toString(y));
            row.add(v == null ? "" : tonnes ? Numbers.tonnes(v) : Numbers.percent(v));
        }
        return row;
    }
}

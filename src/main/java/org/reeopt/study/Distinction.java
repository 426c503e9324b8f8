package org.reeopt.study;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Nation;
import org.reeopt.scenario.Scenario;

/**
 * What sets a plan apart from the optimum, in one phrase (docs/formulation.md, "Near-optimal alternatives"): the
 * first of these that applies: nations it funds instead of the optimum's; nations the optimum funds and it does not
 * ("no capacity in Japan"); nations it adds; recycling and substitutes at least {@link Alternatives#DISTINCT_SHARE}
 * of the larger investment total more ("recycling-first") or less; the stage whose investment changes most; else
 * "the same options in other years".
 */
final class Distinction {
    private Distinction() {
    }

    static String of(Scenario s, ResultSummary plan, ResultSummary optimum) {
        Set<String> lost = nations(optimum);
        lost.removeAll(nations(plan));
        Set<String> gained = nations(plan);
        gained.removeAll(nations(optimum));
        if (!lost.isEmpty() && !gained.isEmpty()) {
            return "capacity in " + names(s, gained) + " instead of " + names(s, lost);
        }
        if (!lost.isEmpty()) {
            return "no capacity in " + names(s, lost);
        }
        if (!gained.isEmpty()) {
            return "adds capacity in " + names(s, gained);
        }
        double larger = Math.max(total(plan), total(optimum));
        double recycling = recyclingAndSubstitutes(plan) - recyclingAndSubstitutes(optimum);
        if (larger > 0 && Math.abs(recycling) >= Alternatives.DISTINCT_SHARE * larger) {
            return recycling > 0 ? "recycling-first" : "less recycling and substitutes";
        }
        Map<String, Double> mine = Alternatives.spendingBy(plan.investments(), ResultSummary.Investment::stage);
        Map<String, Double> theirs = Alternatives.spendingBy(optimum.investments(), ResultSummary.Investment::stage);
        Set<String> stages = new LinkedHashSet<>(plan.stages());
        stages.addAll(mine.keySet());
        stages.addAll(theirs.keySet());
        String stage = null;
        double change = 0;
        for (String st : stages) {
            double d = mine.getOrDefault(st, 0.0) - theirs.getOrDefault(st, 0.0);
            if (Math.abs(d) > Math.abs(change) + 1e-9) {
                stage = st;
                change = d;
            }
        }
        if (stage != null && larger > 0 && Math.abs(change) >= Alternatives.DISTINCT_SHARE * larger) {
            return String.format(Locale.ROOT, "%s on %s (%+.2f B$)", change > 0 ? "more" : "less", stage, change);
        }
        return "the same options in other years or amounts";
    }

    private static Set<String> nations(ResultSummary r) {
        Set<String> out = new LinkedHashSet<>();
        r.investments().stream().filter(i -> i.units() > 0).forEach(i -> out.add(i.nation()));
        return out;
    }

    private static String names(Scenario s, Set<String> ids) {
        List<String> names = ids.stream().map(id -> s.nations().stream().filter(n -> n.id().equals(id))
                .map(Nation::name).filter(n -> n != null && !n.isBlank()).findFirst().orElse(id)).toList();
        return String.join(" and ", names);
    }

    private static double total(ResultSummary r) {
        return r.investments().stream().mapToDouble(i -> i.costBillionUsd() + i.subsidyBillionUsd()).sum();
    }

    private static double recyclingAndSubstitutes(ResultSummary r) {
        return r.investments().stream().filter(i -> i.kind().equals("recycling") || i.kind().equals("substitute"))
                .mapToDouble(i -> i.costBillionUsd() + i.subsidyBillionUsd()).sum();
    }
}

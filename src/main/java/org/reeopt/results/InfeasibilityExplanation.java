package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeopt.model.ElasticSlack;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * Says in the planner's words which requirements of an infeasible scenario cannot be met together, and the nearest
 * achievable values, from the optimum of the elastic model (targets and supply limits allowed to give, total
 * shortfall minimized). No solver-internal names.
 */
public final class InfeasibilityExplanation {
    /** Shortfalls below this (a share, or tonnes / 1000) are solver noise. */
    static final double NOISE = 1e-6;

    private InfeasibilityExplanation() {
    }

    public static List<String> of(Scenario s, List<ElasticSlack> slacks, double[] values) {
        Map<String, List<ElasticSlack>> missed = new LinkedHashMap<>();
        for (ElasticSlack slack : slacks) {
            double shortfall = values[slack.column()] * slack.reportPerUnit();
            if (shortfall > (slack.share() ? NOISE : 1e-3)) {
                missed.computeIfAbsent(slack.requirement(), k -> new ArrayList<>()).add(slack);
            }
        }
        List<String> out = new ArrayList<>();
        int earliest = earliestNewOutputYear(s);
        missed.forEach((requirement, list) -> {
            ElasticSlack first = list.get(0);
            double nearest = first.required() + first.direction() * values[first.column()] * first.reportPerUnit();
            String what = capitalize(requirement);
            String sentence = first.share()
                    ? what + " cannot be met: the best achievable in " + first.year() + " is " + percent(nearest)
                    : first.direction() < 0
                    ? what + " cannot be met: at most " + tonnes(nearest) + " in " + first.year()
                    : "The limit on " + requirement + " (" + tonnes(first.required()) + " in " + first.year()
                    + ") cannot hold: " + tonnes(nearest) + " are needed";
            if (list.size() > 1) {
                sentence += " (and it is missed in " + (list.size() - 1) + " more year" + (list.size() > 2 ? "s" : "")
                        + ", up to " + list.get(list.size() - 1).year() + ")";
            }
            if (first.year() < earliest) {
                sentence += ", because no new capacity can produce before " + earliest + " (lead times)";
            } else {
                sentence += "; what can be online by then is limited by lead times, build limits and the budget";
            }
            out.add(sentence + ".");
        });
        return out;
    }

    /** The first year any candidate option could produce if funded at once. */
    static int earliestNewOutputYear(Scenario s) {
        int earliest = Integer.MAX_VALUE;
        for (InvestmentOption o : s.options()) {
            List<Integer> years = o.fundingYearsWithin(s.horizon());
            if (!years.isEmpty()) {
                earliest = Math.min(earliest, o.firstOutputYear(years.get(0)));
            }
        }
        return earliest == Integer.MAX_VALUE ? s.horizon().lastYear() + 1 : earliest;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String tonnes(double t) {
        return String.format(Locale.ROOT, "%,.0f t", t);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

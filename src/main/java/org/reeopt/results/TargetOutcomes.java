package org.reeopt.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;

/**
 * Each target of a solved scenario in words: which years it covers and in which years the plan sits at its limit
 * (binding), e.g. "end-to-end dependency at most 50% from 2030 on (2030-2040); binding in 2040 (50.0%)".
 */
public final class TargetOutcomes {
    /** A share this close to its limit (0.001 percentage points) counts as at the limit: solver tolerance. */
    static final double SHARE_AT_LIMIT = 1e-5;
    /** A tonnage this close to its floor (t/yr) counts as at the limit. */
    static final double TONNES_AT_LIMIT = 1e-3;

    private TargetOutcomes() {
    }

    public static List<ResultSummary.TargetOutcome> of(Scenario s, DependencyMetrics metrics) {
        List<ResultSummary.TargetOutcome> out = new ArrayList<>();
        for (Target target : s.targets()) {
            List<Integer> covered = s.horizon().years().stream().filter(target::covers).toList();
            List<Integer> binding = new ArrayList<>();
            int closestYear = covered.isEmpty() ? target.fromYear() : covered.get(0);
            double closestGap = Double.POSITIVE_INFINITY;
            double closestValue = Double.NaN;
            for (int year : covered) {
                double value = value(s, metrics, target, year);
                if (Double.isNaN(value)) {
                    continue;
                }
                double gap = gap(s, target, year, value);
                if (gap <= (target.isMagnetTonnage() ? TONNES_AT_LIMIT : SHARE_AT_LIMIT)) {
                    binding.add(year);
                }
                if (gap < closestGap) {
                    closestGap = gap;
                    closestYear = year;
                    closestValue = value;
                }
            }
            String text = limitInWords(target) + " " + yearsInWords(target, s.horizon().lastYear()) + "; "
                    + (binding.isEmpty() ? "not binding (closest: " + valueInWords(target, closestValue) + " in "
                    + closestYear + ")" : "binding in " + yearList(binding) + " (" + valueInWords(target,
                    value(s, metrics, target, binding.get(binding.size() - 1))) + ")");
            out.add(new ResultSummary.TargetOutcome(target.metric(), target.material().orElse(null),
                    target.fromYear(), target.toYear().isPresent() ? target.toYear().getAsInt() : null,
                    target.minChinaFreeTonnesPerYear().isPresent() ? null : target.maxShare(),
                    target.minChinaFreeTonnesPerYear().isPresent()
                            ? target.minChinaFreeTonnesPerYear().getAsDouble() : null,
                    covered, List.copyOf(binding), text));
        }
        return out;
    }

    /**
     * What a cost-mode run answers, in place of the scenario's description (which states a budget question): "The
     * least spending that meets every target: ...". {@code outcomes} null: the targets without binding years.
     */
    public static String question(Scenario s, List<ResultSummary.TargetOutcome> outcomes) {
        if (s.targets().isEmpty()) {
            return "The least spending with no target (nothing needs to be spent).";
        }
        List<String> parts = outcomes != null ? outcomes.stream().map(ResultSummary.TargetOutcome::text).toList()
                : s.targets().stream().map(t -> limitInWords(t) + " " + yearsInWords(t, s.horizon().lastYear()))
                .toList();
        return "The least spending that meets every target: " + String.join("; and ", parts) + ".";
    }

    /**
     * Whether the plan meets {@code target} in {@code year} exactly as {@code solve} imposes it (model/TargetRows) and
     * the audit checks it (PlanAudit, with its tolerances): a tonnage of rare-earth magnets alone on its product's
     * China-free rare-earth magnets; an end-to-end share, or a tonnage counting substitutes, on the end-to-end
     * dependency of its product (of the whole with one final product or no material) against
     * {@link Target#maxShareIn} of that product's demand; a stage target on the China-origin share of every material
     * it names (each, not their average), a material final demand does not require meeting it. For each draw of
     * {@code uncertainty}, the robust plan's futures and the share of them meeting a chance target.
     */
    public static boolean met(Scenario s, DependencyMetrics metrics, Target target, int year) {
        double value = value(s, metrics, target, year);
        if (Double.isNaN(value)) {
            return !target.isEndToEnd(); // a stage target on materials final demand does not need: nothing to bound
        }
        return gap(s, target, year, value) >= -(target.isMagnetTonnage() ? PlanAudit.ABSOLUTE_TONNES : PlanAudit.SHARE);
    }

    /** How far {@code value} (the target's metric in {@code year}) is inside the target's limit: negative outside. */
    private static double gap(Scenario s, Target target, int year, double value) {
        return target.isMagnetTonnage() ? value - target.minChinaFreeTonnesPerYear().getAsDouble()
                : target.maxShareIn(s.demandTonnes(target, year)) - value;
    }

    /** The metric in {@code year}: a share, or China-free magnet tonnes for a magnet-tonnage target. */
    private static double value(Scenario s, DependencyMetrics metrics, Target target, int year) {
        if (target.isMagnetTonnage()) {
            return metrics.chinaFreeRareEarthMagnetTonnes(target, year);
        }
        if (target.isEndToEnd()) {
            return metrics.endToEnd(target, year);
        }
        double worst = Double.NaN;
        for (Product p : s.chain().productsOf(target.metric())) {
            if (target.material().map(m -> m.equals(p.material())).orElse(true)) {
                double d = metrics.stageMaterial(p.key(), year);
                worst = Double.isNaN(worst) || d > worst ? d : worst;
            }
        }
        return worst;
    }

    private static String limitInWords(Target target) {
        if (target.minChinaFreeTonnesPerYear().isPresent()) {
            return "at least " + Math.round(target.minChinaFreeTonnesPerYear().getAsDouble()) + " t/yr of demand met by "
                    + (target.excludeSubstitutes() ? "rare-earth magnets from " : "") + "a China-free chain";
        }
        return target.metricName() + " at most " + percent(target.maxShare());
    }

    /** "from 2030 on (2030-2040)", "in 2030 only", "from 2030 to 2035". */
    public static String yearsInWords(Target target, int lastYear) {
        if (target.toYear().isEmpty()) {
            return "from " + target.fromYear() + " on (" + target.fromYear() + "-" + lastYear + ")";
        }
        int to = target.toYear().getAsInt();
        return to == target.fromYear() ? "in " + to + " only" : "from " + target.fromYear() + " to " + to;
    }

    private static String valueInWords(Target target, double value) {
        return target.isMagnetTonnage() ? Math.round(value) + " t/yr" : percent(value);
    }

    /** Years as runs: 2031-2033, 2040. */
    public static String yearList(List<Integer> years) {
        List<String> runs = new ArrayList<>();
        int start = years.get(0);
        int prev = start;
        for (int i = 1; i <= years.size(); i++) {
            if (i < years.size() && years.get(i) == prev + 1) {
                prev = years.get(i);
                continue;
            }
            runs.add(start == prev ? Integer.toString(start) : start + "-" + prev);
            if (i < years.size()) {
                start = years.get(i);
                prev = start;
            }
        }
        return String.join(", ", runs);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

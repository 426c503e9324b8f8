package org.reeopt.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeopt.results.Plan;
import org.reeopt.study.Quantiles;
import org.reeopt.study.RobustStudy;

/**
 * The {@code --robust} part of {@code uncertainty}'s output: the robust plan against the deterministic plan, in the
 * sampled futures the robust plan was chosen against (in-sample) and on the fresh draws (out-of-sample).
 */
final class RobustReport {
    private RobustReport() {
    }

    /** The JSON object {@code robust}. */
    static Map<String, Object> json(RobustStudy.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("futures", r.futures());
        out.put("futureDraws", "-1 to -" + r.futures());
        out.put("outOfSampleDraws", r.outOfSampleDraws());
        out.put("objective", r.objective());
        out.put("chanceTarget", r.chanceTarget());
        out.put("status", r.status());
        out.put("message", r.message());
        if (!r.hasPlan()) {
            return out;
        }
        out.put("expectedObjectiveInSample", r.expectedObjective());
        out.put("chanceProbabilityInSample", r.chanceProbabilityInModel());
        out.put("robustPlan", builds(r.robustBuilds()));
        out.put("deterministicPlan", builds(r.deterministicBuilds()));
        Map<String, Object> audit = new LinkedHashMap<>(); // not Map.of: its order changes between runs of the JVM
        audit.put("checks", r.auditChecks());
        audit.put("breaches", r.auditBreaches());
        out.put("audit", audit);
        out.put("inSample", outcomes(r.inSample()));
        out.put("outOfSample", outcomes(r.outOfSample()));
        out.put("gap", r.gap());
        return out;
    }

    private static List<Map<String, Object>> builds(List<Plan.Build> builds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan.Build b : builds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("option", b.option());
            m.put("fundingYear", b.fundingYear());
            m.put("units", b.units());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> outcomes(Map<String, RobustStudy.PlanOutcome> byPlan) {
        Map<String, Object> out = new LinkedHashMap<>();
        byPlan.forEach((plan, o) -> {
            Map<String, Object> m = UncertaintyReport.mode(o.summary());
            m.put("chanceTargetProbability", o.chanceProbability());
            out.put(plan.equals(RobustStudy.ROBUST) ? "robustPlan" : "deterministicPlan", m);
        });
        return out;
    }

    /** The text section: the plans' builds, the side-by-side table, the audit and the gap sentence. */
    static String table(RobustStudy.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nRobust plan against %d sampled futures (draws -1 to -%d), objective: "
                + "%s%n", r.futures(), r.futures(), r.objective()));
        if (!r.hasPlan()) {
            return out.append(r.message()).append('\n').toString();
        }
        out.append("Robust plan builds: ").append(describe(r.robustBuilds())).append('\n');
        out.append("Deterministic plan builds: ").append(describe(r.deterministicBuilds())).append('\n');
        out.append(TextTable.render(header(r), rows(r), true)).append('\n');
        out.append(audit(r)).append('\n');
        out.append(r.gap()).append("\n\n");
        return out.toString();
    }

    /** The same as a report section. */
    static void memo(Memo memo, RobustStudy.Result r) {
        memo.heading(2, "A plan chosen against sampled futures (--robust)");
        memo.paragraph(String.format(Locale.ROOT, "One plan chosen against %d sampled futures (draws -1 to -%d of the "
                + "seed), objective: %s.", r.futures(), r.futures(), r.objective()));
        if (!r.hasPlan()) {
            memo.paragraph(r.message());
            return;
        }
        memo.bullets(List.of("Robust plan builds: " + describe(r.robustBuilds()),
                "Deterministic plan builds: " + describe(r.deterministicBuilds())));
        memo.table(header(r), rows(r));
        memo.paragraph(audit(r) + " " + r.gap());
    }

    private static String audit(RobustStudy.Result r) {
        return r.auditBreaches().isEmpty()
                ? String.format(Locale.ROOT, "Audit of the robust plan in every sampled future: %d checks, all passed.",
                r.auditChecks())
                : String.format(Locale.ROOT, "Audit of the robust plan in every sampled future: %d checks, %d "
                + "BREACHES: %s", r.auditChecks(), r.auditBreaches().size(), String.join("; ", r.auditBreaches()));
    }

    private static List<String> header(RobustStudy.Result r) {
        List<String> header = new ArrayList<>(List.of("plan", "futures"));
        r.keyYears().forEach(y -> header.add("end-to-end " + y + " P50 (P10-P90)"));
        header.add("spent B$, mean");
        header.add("without a plan");
        if (r.chanceTarget() != null) {
            header.add("P(" + r.chanceTarget() + ")");
        }
        return header;
    }

    private static List<List<String>> rows(RobustStudy.Result r) {
        List<List<String>> rows = new ArrayList<>();
        for (String plan : List.of(RobustStudy.ROBUST, RobustStudy.DETERMINISTIC)) {
            rows.add(row(r, plan, "in-sample, " + r.futures(), r.inSample().get(plan)));
            rows.add(row(r, plan, "fresh draws, " + r.outOfSampleDraws(), r.outOfSample().get(plan)));
        }
        return rows;
    }

    private static List<String> row(RobustStudy.Result r, String plan, String sample, RobustStudy.PlanOutcome o) {
        List<String> row = new ArrayList<>(List.of(plan, sample));
        for (int y : r.keyYears()) {
            Quantiles q = o.summary().endToEnd().get(y);
            row.add(Numbers.percent(q.p50()) + " (" + Numbers.percent(q.p10()) + "-" + Numbers.percent(q.p90()) + ")");
        }
        row.add(Numbers.billions(o.summary().spentBillionUsd().mean()));
        row.add(Integer.toString(o.summary().failed()));
        if (r.chanceTarget() != null) {
            row.add(String.format(Locale.ROOT, "%.2f", o.chanceProbability()));
        }
        return row;
    }

    private static String describe(List<Plan.Build> builds) {
        if (builds.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Plan.Build b : builds) {
            parts.add(String.format(Locale.ROOT, "%s x%s (funded %d)", b.option(),
                    new java.math.BigDecimal(String.format(Locale.ROOT, "%.3f", b.units())).stripTrailingZeros()
                            .toPlainString(), b.fundingYear()));
        }
        return String.join(", ", parts);
    }
}

package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reeopt.scenario.Target;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.RobustStudy;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * uncertainty.json is the same bytes for the same seed from one run to the next. Its objects were partly built with
 * {@code Map.of}, whose iteration order is drawn afresh by each JVM: two runs of the same command printed
 * "deterministic" with its two keys in either order (seen 2026-11-30, two 200-draw runs of the default scenario).
 * Every object of the document, the robust plan's included, must be an ordered map (or have at most one key).
 */
class UncertaintyJsonOrderTest {
    @Test
    void everyObjectHasAFixedKeyOrder() {
        Target target = new Target(Target.END_TO_END, Optional.empty(), 2027, 0.5);
        Map<Integer, Double> met = new TreeMap<>();
        Map<Integer, Quantiles> e = new TreeMap<>();
        Map<Integer, Double> base = new TreeMap<>();
        for (int y = 2026; y <= 2030; y++) {
            e.put(y, Quantiles.of(List.of(0.2, 0.4)));
            base.put(y, 0.3);
            met.put(y, 0.5);
        }
        UncertaintyResult.ModeSummary m = new UncertaintyResult.ModeSummary(e, Map.of(), Quantiles.of(List.of(1.0)),
                Map.of(), Map.of(UncertaintyResult.label(target), met), 0, null, 0, 0, 0);
        DrawOutcome deterministic = new DrawOutcome(base, Map.of(), 1.0, Map.of(), Map.of(), null, Map.of());
        UncertaintyResult r = new UncertaintyResult("order", 2, 1, List.of(), null, deterministic,
                List.of(2026, 2030), List.of(target), List.of(), Map.of(MonteCarlo.Mode.FIXED_PLAN, m),
                new Tornado(List.of()));
        RobustStudy.Result robust = new RobustStudy.Result(4, 1, 2, "expected dependency", null, "optimal", null,
                0.1, null, List.of(), List.of(), 3, List.of(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                List.of(2030), "none");
        List<String> unordered = new ArrayList<>();
        walk("$", UncertaintyReport.tree(r, robust), unordered);
        assertTrue(unordered.isEmpty(), "objects whose key order changes between runs: " + unordered);
        String json = UncertaintyReport.json(r, robust);
        assertTrue(json.matches("(?s).*\"deterministic\" : \\{\\s*\"endToEndDependency\".*\"spentBillionUsd\".*"),
                json);
        assertTrue(json.matches("(?s).*\"target\" : \"[^\"]*\",\\s*\"probabilityMet\".*"), json);
        assertTrue(json.matches("(?s).*\"audit\" : \\{\\s*\"checks\" : 3,\\s*\"breaches\".*"), json);
    }

    private static void walk(String path, Object node, List<String> unordered) {
        if (node instanceof Map<?, ?> map) {
            if (map.size() > 1 && !(map instanceof LinkedHashMap) && !(map instanceof SortedMap)) {
                unordered.add(path + " (" + map.getClass().getName() + ")");
            }
            map.forEach((k, v) -> walk(path + "." + k, v, unordered));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), unordered);
            }
        }
    }
}

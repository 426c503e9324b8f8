package org.reeopt.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;

/** Which data sources a scenario's table rows cite, and how confidently, for a report's assumptions table. */
final class SourceUses {
    private SourceUses() {
    }

    static List<ResultSummary.SourceUse> of(Scenario s, Map<String, String> titles) {
        List<SourceRef> refs = new ArrayList<>();
        s.existingCapacity().forEach(c -> refs.add(c.source()));
        s.options().forEach(o -> refs.add(o.source()));
        s.committedProjects().forEach(c -> refs.add(c.source()));
        s.buildLimits().forEach(b -> refs.add(b.source()));
        s.supplyLimits().forEach(l -> refs.add(l.source()));
        Map<String, Map<String, Integer>> byId = new TreeMap<>();
        for (SourceRef ref : refs) {
            if (ref.source() == null || ref.source().isBlank()) {
                continue;
            }
            for (String id : ref.source().split(";")) {
                String confidence = ref.confidence() == null || ref.confidence().isBlank() ? "?" : ref.confidence();
                byId.computeIfAbsent(id.trim(), k -> new TreeMap<>()).merge(confidence, 1, Integer::sum);
            }
        }
        List<ResultSummary.SourceUse> out = new ArrayList<>();
        byId.forEach((id, counts) -> out.add(new ResultSummary.SourceUse(id, titles.getOrDefault(id, ""),
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts)));
        return out;
    }
}

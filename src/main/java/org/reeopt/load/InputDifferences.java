package org.reeopt.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs in the inputs of scenarios being compared: nothing for a scenario whose inputs equal the first
 * one's; for a scenario that extends another, the fields it sets itself (its overrides of its parent); for one that
 * does not, the fields whose value differs from the first scenario's. Values are shown as JSON text; tables are
 * compared by the file they name.
 */
public final class InputDifferences {
    private static final Set<String> IGNORED = Set.of("name", "description", "extends");

    private InputDifferences() {
    }

    public record Difference(String scenario, String field, String value, String comparedWith) {
    }

    public static List<Difference> of(List<Path> files) {
        List<Difference> out = new ArrayList<>();
        Map<String, String> first = flatten(ScenarioFiles.readMerged(files.get(0)).tree());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ObjectNode own = ScenarioFiles.readTree(file.toAbsolutePath().normalize());
            String name = own.hasNonNull("name") ? own.get("name").asText() : Display.path(file);
            if (i > 0 && flatten(ScenarioFiles.readMerged(file).tree()).equals(first)) {
                continue; // the same inputs as the first scenario
            }
            if (own.hasNonNull("extends")) {
                String parent = own.get("extends").asText();
                flatten(own).forEach((field, value) -> {
                    if (!IGNORED.contains(field.split("\\.")[0])) {
                        out.add(new Difference(name, field, value, "its parent " + parent));
                    }
                });
            } else if (i > 0) {
                Map<String, String> mine = flatten(ScenarioFiles.readMerged(file).tree());
                Set<String> fields = new java.util.TreeSet<>(first.keySet());
                fields.addAll(mine.keySet());
                for (String field : fields) {
                    if (!IGNORED.contains(field.split("\\.")[0]) && !Objects.equals(first.get(field), mine.get(field))) {
                        out.add(new Difference(name, field, String.valueOf(mine.get(field)), "the first scenario"));
                    }
                }
            }
        }
        return out;
    }

    /** Dotted paths to leaf values (lists as whole values). */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(node, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey()
                    : path + "." + e.getKey(), out));
        } else {
            out.put(path, node.isTextual() ? node.asText() : node.toString());
        }
    }
}

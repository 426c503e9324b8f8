package org.reeopt.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A JSON object of a scenario file with its dotted path, so that every problem names the file and the field
 * ({@code models/x.json: field budget.totalBillionUsd: expected a number, got "ten"}).
 */
final class JsonObject {
    private final String file;
    private final String path;
    private final JsonNode node;
    /** Which file of an extends chain set each dotted path; a path not listed comes from {@code file}. */
    private final Map<String, String> origins;
    /** The line of each dotted path in the file that set it (0 when unknown). */
    private final Map<String, Integer> lines;

    JsonObject(String file, String path, JsonNode node) {
        this(file, path, node, Map.of(), Map.of());
    }

    JsonObject(String file, String path, JsonNode node, Map<String, String> origins, Map<String, Integer> lines) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.origins = origins;
        this.lines = lines;
        if (!node.isObject()) {
            throw error(null, "expected a JSON object, got " + describe(node));
        }
    }

    String file() {
        return file;
    }

    /** Where this object was written (the file of its extends chain that set it, and its line) and its provenance. */
    org.reeopt.scenario.SourceRef sourceRef() {
        return new org.reeopt.scenario.SourceRef(origins.getOrDefault(path, file), lines.getOrDefault(path, 0),
                optText("source").orElse(null), optText("confidence").orElse(null));
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    void rejectUnknown(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(name, "unknown field" + NearestName.hint(name, allowed));
            }
        }
    }

    String text(String field) {
        return optText(field).orElseThrow(() -> missing(field));
    }

    Optional<String> optText(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode v = node.get(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(field, "expected a non-empty text, got " + describe(v));
        }
        return Optional.of(v.asText().trim());
    }

    /**
     * A text or a list of texts, e.g. one table file or several ({@code ["a.csv", "b.csv"]}); empty when absent.
     */
    List<String> textOrTexts(String field) {
        if (has(field) && node.get(field).isArray()) {
            List<String> out = texts(field);
            if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
                throw error(field, "expected a non-empty list of file names");
            }
            return out;
        }
        return optText(field).map(List::of).orElse(List.of());
    }

    double number(String field) {
        OptionalDouble v = optNumber(field);
        if (v.isEmpty()) {
            throw missing(field);
        }
        return v.getAsDouble();
    }

    OptionalDouble optNumber(String field) {
        if (!has(field)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(asNumber(field, node.get(field)));
    }

    boolean flag(String field, boolean defaultValue) {
        if (!has(field)) {
            return defaultValue;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw error(field, "expected true or false, got " + describe(v));
        }
        return v.asBoolean();
    }

    int year(String field) {
        double d = number(field);
        if (d != Math.rint(d)) {
            throw error(field, "expected a whole year, got " + d);
        }
        if (d < Years.EARLIEST || d > Years.LATEST) {
            throw error(field, "year " + d + " is not between " + Years.EARLIEST + " and " + Years.LATEST);
        }
        return (int) d;
    }

    JsonObject object(String field) {
        return optObject(field).orElseThrow(() -> missing(field));
    }

    Optional<JsonObject> optObject(String field) {
        return has(field) ? Optional.of(new JsonObject(file, child(field), node.get(field), origins, lines))
                : Optional.empty();
    }

    List<JsonObject> objects(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected a list [...], got " + describe(v));
        }
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new JsonObject(file, child(field) + "[" + i + "]", v.get(i), origins, lines));
        }
        return out;
    }

    /** A list of texts, e.g. {@code ["US", "JP"]}; empty when absent. */
    List<String> texts(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected a list [...], got " + describe(v));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw error(field, "expected texts in the list, got " + describe(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** An object whose keys are years and values numbers, e.g. {@code {"2027": 5.0}}. */
    Map<Integer, Double> numbersByYear(String field) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        numbersById(field).forEach((key, value) -> {
            try {
                out.put(Integer.parseInt(key.trim()), value);
            } catch (NumberFormatException ex) {
                throw error(field, "expected years as keys, got \"" + key + "\"");
            }
        });
        return out;
    }

    /** An object whose values are numbers, keyed by ids, e.g. {@code {"separation": 0.25}}. */
    Map<String, Double> numbersById(String field) {
        return byId(field, (map, key, v) -> map.asNumber(key, v));
    }

    /** An object whose values are lists of numbers, keyed by ids, e.g. {@code {"separation": [0.25, 0.5]}}. */
    Map<String, List<Double>> numberListsById(String field) {
        return byId(field, (map, key, v) -> {
            if (!v.isArray()) {
                throw map.error(key, "expected a list of numbers [...], got " + describe(v));
            }
            List<Double> numbers = new ArrayList<>();
            v.forEach(x -> numbers.add(map.asNumber(key, x)));
            return numbers;
        });
    }

    private interface ValueReader<T> {
        T read(JsonObject map, String key, JsonNode value);
    }

    /** An object keyed by ids, each value read by {@code reader}; empty when absent. */
    private <T> Map<String, T> byId(String field, ValueReader<T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        if (!has(field)) {
            return out;
        }
        JsonObject map = object(field);
        Iterator<Map.Entry<String, JsonNode>> it = map.node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), reader.read(map, e.getKey(), e.getValue()));
        }
        return out;
    }

    private double asNumber(String field, JsonNode v) {
        if (!v.isNumber()) {
            throw error(field, "expected a number, got " + describe(v));
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw error(field, "expected a finite number, got " + v);
        }
        return d;
    }

    String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    InputException missing(String field) {
        return error(field, "required field is missing");
    }

    InputException error(String field, String problem) {
        String where = field == null ? (path.isEmpty() ? null : path) : child(field);
        String origin = where == null ? file : origins.getOrDefault(where, origins.getOrDefault(path, file));
        int line = where == null ? 0 : lines.getOrDefault(where, lines.getOrDefault(path, 0));
        return new InputException(origin, line, where, problem);
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "\"" + v.asText() + "\"";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        return v.toString();
    }
}

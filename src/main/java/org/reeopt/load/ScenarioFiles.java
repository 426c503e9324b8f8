package org.reeopt.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario JSON file and the chain of files it {@code extends}, and merges them into one tree: objects are
 * merged key by key, everything else in the child replaces the parent's. Paths inside each file are resolved
 * against that file's folder before merging, so a child can inherit its parent's tables.
 */
final class ScenarioFiles {
    /** Objects whose text values are file paths (every entry of {@code tables}, and a series' {@code table}). */
    private static final List<List<String>> PATH_FIELDS = List.of(
            List.of("tables", "*"), List.of("demand", "table"), List.of("scrap", "table"),
            List.of("embeddedDemand", "table"), List.of("uncertainty", "table"));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScenarioFiles() {
    }

    /** The merged tree, and for each dotted field path the file that set it (for error messages). */
    record Merged(ObjectNode tree, Map<String, String> origins, Map<String, Integer> lines) {
    }

    /** Largest scenario file read, bytes: anything bigger is not a hand-edited scenario. */
    static final long MAX_JSON_BYTES = 5_000_000;

    static Merged readMerged(Path file) {
        Map<String, String> origins = new java.util.HashMap<>();
        Map<String, Integer> lines = new java.util.HashMap<>();
        Path absolute = file.toAbsolutePath().normalize();
        Path tree = treeOf(absolute);
        ObjectNode merged = readMerged(absolute, new ArrayList<>(), origins, lines, tree);
        return new Merged(merged, origins, lines);
    }

    /** The folder tree of the scenario at {@code absolute}: the folder above its own. */
    private static Path treeOf(Path absolute) {
        return absolute.getParent().getParent() != null ? absolute.getParent().getParent() : absolute.getParent();
    }

    /**
     * {@code file} merged as {@link #readMerged(Path)} does, with the stress variant {@code overlay} merged over it
     * as a child over its parent. The overlay's paths are resolved against its own folder and must lie in the
     * scenario's folder tree; it must not {@code extends} anything (it applies to whichever scenario is named); its
     * {@code name} (default: its file name) and {@code description} replace the scenario's.
     */
    static Merged readWithOverlay(Path file, Path overlay) {
        Merged merged = readMerged(file);
        Path absolute = file.toAbsolutePath().normalize();
        Path tree = treeOf(absolute);
        Path variant = overlay.toAbsolutePath().normalize();
        String text = readText(variant);
        ObjectNode node = parse(text, Display.path(variant));
        Map<String, Integer> ownLines = fieldLines(text);
        if (node.has("extends")) {
            throw new InputException(Display.path(variant), ownLines.getOrDefault("extends", 0), "extends",
                    "a stress variant is applied on top of the scenario named on the command line and extends "
                    + "nothing itself; remove this field");
        }
        resolvePaths(node, variant, tree);
        if (!node.has("name")) {
            String stem = variant.getFileName().toString();
            node.put("name", stem.endsWith(".json") ? stem.substring(0, stem.length() - 5) : stem);
        }
        recordOrigins(node, "", Display.path(variant), merged.origins());
        merged.lines().putAll(ownLines);
        if (!node.has("description")) {
            merged.tree().remove("description"); // the scenario's own description is not the variant's
        }
        merge(merged.tree(), node);
        return merged;
    }

    /**
     * Refuses a path outside the scenario's folder tree (the folder above the scenario's own, e.g. the project
     * holding models/ and data/), so that a scenario cannot make reeopt read arbitrary files. The rule applies to
     * the path as written and to where its bytes are: a symbolic link (to a file or to a folder on the way) that
     * leads out of the tree is refused too.
     */
    private static void insideTree(Path file, String field, Path referenced, Path tree) {
        if (!referenced.startsWith(tree)) {
            throw outside(file, field, referenced, tree);
        }
        Path real;
        try {
            real = referenced.toRealPath();
        } catch (IOException e) {
            return; // a missing or unreadable file is reported where it is read
        }
        Path realTree;
        try {
            realTree = tree.toRealPath();
        } catch (IOException e) {
            realTree = tree;
        }
        if (!real.startsWith(realTree)) {
            throw outside(file, field, referenced, tree);
        }
    }

    private static InputException outside(Path file, String field, Path referenced, Path tree) {
        return new InputException(Display.path(file), 0, field, Display.path(referenced)
                + " is outside the scenario's folder tree " + Display.path(tree) + " (symbolic links followed)"
                + "; refused so that a scenario reads only its own files: copy it under that folder");
    }

    private static ObjectNode readMerged(Path file, List<Path> chain, Map<String, String> origins,
                                         Map<String, Integer> lines, Path tree) {
        if (chain.contains(file)) {
            List<String> names = new ArrayList<>(chain.stream().map(Display::path).toList());
            names.add(Display.path(file));
            throw new InputException(Display.path(chain.get(0)), 0, "extends",
                    "the extends chain is a cycle: " + String.join(" -> ", names));
        }
        chain.add(file);
        String text = readText(file);
        ObjectNode node = parse(text, Display.path(file));
        Map<String, Integer> ownLines = fieldLines(text);
        resolvePaths(node, file, tree);
        JsonNode parentName = node.remove("extends");
        if (parentName == null || parentName.isNull()) {
            recordOrigins(node, "", Display.path(file), origins);
            lines.putAll(ownLines);
            return node;
        }
        if (!parentName.isTextual() || parentName.asText().isBlank()) {
            throw new InputException(Display.path(file), 0, "extends", "expected the path of a scenario file");
        }
        Path parent = resolve(file, "extends", parentName.asText());
        insideTree(file, "extends", parent, tree);
        if (Files.isDirectory(parent)) {
            throw new InputException(Display.path(file), 0, "extends", Display.path(parent)
                    + " is a folder; name a scenario file");
        }
        if (!Files.exists(parent)) {
            throw new InputException(Display.path(file), 0, "extends",
                    "parent scenario " + Display.path(parent) + " not found");
        }
        ObjectNode merged = readMerged(parent, chain, origins, lines, tree);
        recordOrigins(node, "", Display.path(file), origins);
        lines.putAll(ownLines);
        merge(merged, node);
        return merged;
    }

    /** The line of every field of a JSON file, by dotted path (list items as [i]); empty if it cannot be read. */
    static Map<String, Integer> fieldLines(String text) {
        Map<String, Integer> out = new java.util.HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            java.util.Deque<String> paths = new java.util.ArrayDeque<>();
            java.util.Deque<Integer> indexes = new java.util.ArrayDeque<>();
            String current = "";
            com.fasterxml.jackson.core.JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        String parent = paths.isEmpty() ? "" : paths.peek();
                        current = parent.isEmpty() ? parser.currentName() : parent + "." + parser.currentName();
                        out.put(current, parser.currentLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String here = current;
                        if (!indexes.isEmpty() && paths.peek() != null && parser.getParsingContext().getParent() != null
                                && parser.getParsingContext().getParent().inArray()) {
                            int i = indexes.pop();
                            here = paths.peek() + "[" + i + "]";
                            indexes.push(i + 1);
                            out.put(here, parser.currentLocation().getLineNr());
                        }
                        paths.push(here);
                        indexes.push(0);
                        current = here;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        paths.pop();
                        indexes.pop();
                        current = paths.isEmpty() ? "" : paths.peek();
                    }
                    default -> {
                        if (parser.getParsingContext().inArray() && !indexes.isEmpty()) {
                            indexes.push(indexes.pop() + 1);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** Notes {@code file} as the origin of every field of {@code node} (dotted paths, list items as [i]). */
    private static void recordOrigins(JsonNode node, String path, String file, Map<String, String> origins) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                origins.put(child, file);
                recordOrigins(e.getValue(), child, file, origins);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                origins.put(path + "[" + i + "]", file);
                recordOrigins(node.get(i), path + "[" + i + "]", file, origins);
            }
        }
    }

    static ObjectNode readTree(Path file) {
        return parse(readText(file), Display.path(file));
    }

    /** The text of a scenario file: a regular file of at most {@link #MAX_JSON_BYTES}, in UTF-8. */
    private static String readText(Path file) {
        String name = Display.path(file);
        String text = InputFile.readText(file, name, MAX_JSON_BYTES, "a scenario file");
        if (text.isBlank()) {
            throw new InputException(name, 0, null, "the file is empty; a scenario is a JSON object {...}");
        }
        return text;
    }

    /**
     * The JSON object in {@code text}: exactly one, with nothing after it. A text that does not even start like
     * a JSON object is refused without quoting it (it may be any file a path was pointed at).
     */
    private static ObjectNode parse(String text, String name) {
        String start = text.stripLeading();
        if (!start.startsWith("{")) {
            int line = 1 + (int) text.substring(0, text.length() - start.length()).chars().filter(c -> c == '\n').count();
            throw new InputException(name, line, null, "a scenario must be a JSON object {...}, and this file does "
                    + "not start with { (its content is not shown)");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                throw new InputException(name, 1, null, "a scenario must be a JSON object {...}");
            }
            return object;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(name, line, null, "malformed JSON: " + jsonProblem(e));
        }
    }

    /** Jackson's words for a JSON syntax error, with "after the object" for trailing content. */
    static String jsonProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return "more text after the closing } of the scenario object (one JSON object per file)";
        }
        return message;
    }

    private static void resolvePaths(ObjectNode node, Path file, Path tree) {
        if (node.get("finalProducts") instanceof com.fasterxml.jackson.databind.node.ArrayNode products) {
            for (int i = 0; i < products.size(); i++) {
                if (products.get(i) instanceof ObjectNode product && product.get("demand") instanceof ObjectNode demand
                        && demand.get("table") instanceof TextNode text) {
                    String field = "finalProducts[" + i + "].demand.table";
                    Path resolved = resolve(file, field, text.asText());
                    insideTree(file, field, resolved, tree);
                    demand.put("table", resolved.toString());
                }
            }
        }
        for (List<String> fieldPath : PATH_FIELDS) {
            if (!(node.get(fieldPath.get(0)) instanceof ObjectNode holder)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            holder.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                boolean isPath = fieldPath.get(1).equals("*") || fieldPath.get(1).equals(name);
                if (isPath && fieldPath.get(0).equals("tables")
                        && holder.get(name) instanceof com.fasterxml.jackson.databind.node.ArrayNode list) {
                    // a table given as a list of files (rows read in order, e.g. the default's and a second chain's)
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof TextNode text) {
                            String field = "tables." + name + "[" + i + "]";
                            Path resolved = resolve(file, field, text.asText());
                            insideTree(file, field, resolved, tree);
                            if (Files.isDirectory(resolved)) {
                                throw new InputException(Display.path(file), 0, field, Display.path(resolved)
                                        + " is a folder; name a CSV file");
                            }
                            list.set(i, TextNode.valueOf(resolved.toString()));
                        }
                    }
                }
                if (isPath && holder.get(name) instanceof TextNode text) {
                    String field = fieldPath.get(0) + "." + name;
                    Path resolved = resolve(file, field, text.asText());
                    insideTree(file, field, resolved, tree);
                    if (Files.isDirectory(resolved)) {
                        throw new InputException(Display.path(file), 0, field, Display.path(resolved)
                                + " is a folder; name a CSV file");
                    }
                    holder.put(name, resolved.toString());
                }
            }
        }
    }

    /** A path named in {@code file}, resolved against its folder; a name no file system accepts is bad input. */
    private static Path resolve(Path file, String field, String name) {
        if (name.isBlank()) {
            // a blank name would resolve to the scenario's own folder once trimmed (FuzzInputsTest seed 20260008)
            throw new InputException(Display.path(file), 0, field, "expected a file name, got a blank text");
        }
        try {
            return file.getParent().resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(Display.path(file), 0, field, "\"" + name.replace("\u0000", "\\u0000")
                    + "\" is not a usable file name (" + e.getReason() + ")");
        }
    }

    /** Copies {@code child} into {@code base}: objects key by key, other values replace. */
    static void merge(ObjectNode base, ObjectNode child) {
        Iterator<Map.Entry<String, JsonNode>> it = child.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode baseObject && e.getValue() instanceof ObjectNode childObject
                    && !NO_MERGE.contains(e.getKey())) {
                merge(baseObject, childObject);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    /** Objects a child replaces whole: a series is either a table or a formula, never half of each. */
    private static final Set<String> NO_MERGE = Set.of("demand", "scrap");
}

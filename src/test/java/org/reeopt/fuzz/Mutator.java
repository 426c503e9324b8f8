package org.reeopt.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Applies one {@link Mutation} to the content of one shipped input file. Deterministic: the same mutation on the
 * same content gives the same bytes and the same description. It expects the shipped files (valid UTF-8, no
 * multi-line CSV cells), which it is always given: every case starts from pristine copies.
 */
final class Mutator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private Mutator() {
    }

    /** The mutated content and what was done, e.g. {@code replace cell leadTimeYears "3" on line 4 with "1e308"}. */
    record Applied(byte[] content, String description) {
    }

    static Applied apply(String fileName, byte[] original, Mutation m) {
        boolean json = fileName.endsWith(".json");
        List<Mutation.Kind> kinds = json ? Mutation.Kind.FOR_JSON : Mutation.Kind.FOR_CSV;
        if (!kinds.contains(m.kind())) {
            throw new IllegalArgumentException(m.kind() + " does not apply to " + fileName);
        }
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (m.kind()) {
            case DELETE_LINE -> deleteLine(text, m);
            case DUPLICATE_LINE -> duplicateLine(text, m);
            case SWAP_LINES -> swapLines(text, m);
            case TRUNCATE -> truncate(original, m);
            case INSERT_BYTES -> insertBytes(original, m);
            case EMPTY_FILE -> empty(m);
            case REPLACE_NUMBER -> json ? replaceJsonNumber(text, m) : replaceCsvNumber(text, m);
            case CHANGE_HEADER -> changeHeader(text, m);
            case SWAP_CELLS -> swapCells(text, m);
            case REPLACE_CELL -> replaceCell(text, m);
            case DELETE_CELL -> deleteCell(text, m);
            case ADD_CELL -> addCell(text, m);
            case DELETE_KEY -> deleteKey(text, m);
            case CHANGE_TYPE -> changeType(text, m);
            case DUPLICATE_KEY -> duplicateKey(text, m);
            case BREAK_BRACES -> breakBraces(text, m);
            case RENAME_KEY -> renameKey(text, m);
            case REPLACE_VALUE -> replaceValue(text, m);
            case ADD_KEY -> addKey(text, m);
        };
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** An index in [0, n) from a fraction in [0, 1]. */
    static int pick(double fraction, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return Math.min(n - 1, Math.max(0, (int) Math.floor(fraction * n)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A token or line shown in Java string syntax (control and non-ASCII characters escaped), cut to 70 chars. */
    static String show(String s) {
        StringBuilder b = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (shown++ >= 70) {
                b.append("...");
                break;
            }
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String hex(byte[] bytes) {
        return "[" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
    }

    /** Text split at '\n' into lines without terminators; {@code endsWithNewline} remembers the last one. */
    private record Lines(List<String> lines, boolean endsWithNewline) {
        static Lines of(String text) {
            List<String> parts = new ArrayList<>(List.of(text.split("\n", -1)));
            boolean nl = text.endsWith("\n");
            if (nl) {
                parts.remove(parts.size() - 1);
            }
            return new Lines(parts, nl);
        }

        String join() {
            return String.join("\n", lines) + (endsWithNewline ? "\n" : "");
        }
    }

    private static String lineCol(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return "line " + line + " col " + col;
    }

    // ---- any file ----------------------------------------------------------------------------------------------

    private static Applied deleteLine(String text, Mutation m) {
        Lines l = Lines.of(text);
        int i = pick(m.at(), l.lines().size());
        String removed = l.lines().remove(i);
        return new Applied(utf8(l.join()), "delete line " + (i + 1) + ": " + show(removed));
    }

    private static Applied duplicateLine(String text, Mutation m) {
        Lines l = Lines.of(text);
        int i = pick(m.at(), l.lines().size());
        String line = l.lines().get(i);
        int to = m.variant() % 2 == 0 ? i + 1 : pick(m.at2(), l.lines().size() + 1);
        l.lines().add(to, line);
        return new Applied(utf8(l.join()), "duplicate line " + (i + 1) + " as line " + (to + 1) + ": " + show(line));
    }

    private static Applied swapLines(String text, Mutation m) {
        Lines l = Lines.of(text);
        int n = l.lines().size();
        int i = pick(m.at(), n);
        int j = pick(m.at2(), n);
        if (i == j) {
            j = (i + 1) % n;
        }
        String a = l.lines().get(i);
        l.lines().set(i, l.lines().get(j));
        l.lines().set(j, a);
        return new Applied(utf8(l.join()), "swap lines " + (Math.min(i, j) + 1) + " and " + (Math.max(i, j) + 1));
    }

    private static Applied truncate(byte[] original, Mutation m) {
        int at = pick(m.at(), original.length);
        byte[] kept = java.util.Arrays.copyOf(original, at);
        String text = new String(original, StandardCharsets.UTF_8);
        String tail = new String(kept, StandardCharsets.UTF_8);
        return new Applied(kept, "truncate to " + at + " of " + original.length + " bytes (cut at "
                + lineCol(text, tail.length()) + ", kept ending "
                + show(tail.substring(Math.max(0, tail.length() - 20))) + ")");
    }

    private static Applied insertBytes(byte[] original, Mutation m) {
        int at = pick(m.at(), original.length + 1);
        byte[] out = new byte[original.length + m.bytes().length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(m.bytes(), 0, out, at, m.bytes().length);
        System.arraycopy(original, at, out, at + m.bytes().length, original.length - at);
        String before = new String(java.util.Arrays.copyOf(original, at), StandardCharsets.UTF_8);
        return new Applied(out, "insert bytes " + hex(m.bytes()) + " at byte " + at + " ("
                + lineCol(new String(original, StandardCharsets.UTF_8), before.length()) + ")");
    }

    private static Applied empty(Mutation m) {
        return switch (m.variant() % 4) {
            case 0 -> new Applied(new byte[0], "empty the file (0 bytes)");
            case 1 -> new Applied(utf8("\n"), "empty the file (one newline)");
            case 2 -> new Applied(utf8(" \t\n\n"), "empty the file (white space only)");
            default -> new Applied(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    "empty the file (a UTF-8 byte order mark only)");
        };
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    /** Cell spans [start, end) of one shipped CSV line (quoted cells keep their quotes). */
    static List<int[]> cellSpans(String line) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int len = line.length();
        while (true) {
            int start = i;
            if (i < len && line.charAt(i) == '"') {
                i++;
                while (i < len) {
                    if (line.charAt(i) == '"') {
                        if (i + 1 < len && line.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            }
            while (i < len && line.charAt(i) != ',') {
                i++;
            }
            spans.add(new int[] {start, i});
            if (i >= len) {
                return spans;
            }
            i++;
        }
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (int[] s : cellSpans(line)) {
            out.add(line.substring(s[0], s[1]));
        }
        return out;
    }

    private static String csvLine(List<String> cells) {
        return String.join(",", cells);
    }

    /** Line indexes (0-based) of data rows: not the header, not blank, not a comment. */
    private static List<Integer> dataLines(Lines l) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < l.lines().size(); i++) {
            String s = l.lines().get(i);
            if (!s.isBlank() && !s.startsWith("#")) {
                out.add(i);
            }
        }
        return out;
    }

    private static String column(Lines l, int cell) {
        List<String> header = cells(l.lines().get(0));
        return cell < header.size() ? header.get(cell) : "#" + (cell + 1);
    }

    private static String quotedCsv(String token) {
        return "\"" + token.replace("\"", "\"\"") + "\"";
    }

    /**
     * The number that replaces {@code old}: usually the drawn one; one time in five one derived from the old value
     * (negated, times 1e9, times 1e-9, or 0), as a slip of the keyboard would.
     */
    private static String newNumber(String old, Mutation m) {
        if (m.variant() % 5 != 0) {
            return m.number();
        }
        String o = old.trim();
        return switch ((m.variant() / 5) % 4) {
            case 0 -> o.startsWith("-") ? o.substring(1) : "-" + o;
            case 1 -> o + "e9";
            case 2 -> o + "e-9";
            default -> "0";
        };
    }

    /** Replaces a numeric cell: a numeric column first ({@code at}), then one of its cells ({@code at2}). */
    private static Applied replaceCsvNumber(String text, Mutation m) {
        Lines l = Lines.of(text);
        Map<Integer, List<Integer>> linesByColumn = new java.util.TreeMap<>();
        for (int i : dataLines(l)) {
            List<String> c = cells(l.lines().get(i));
            for (int j = 0; j < c.size(); j++) {
                if (NUMBER.matcher(c.get(j).trim()).matches()) {
                    linesByColumn.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
                }
            }
        }
        if (linesByColumn.isEmpty()) {
            return replaceCell(text, m);
        }
        List<Integer> columns = new ArrayList<>(linesByColumn.keySet());
        int cell = columns.get(pick(m.at(), columns.size()));
        List<Integer> lines = linesByColumn.get(cell);
        int line = lines.get(pick(m.at2(), lines.size()));
        List<String> c = cells(l.lines().get(line));
        String old = c.get(cell);
        String now = newNumber(old, m);
        c.set(cell, now);
        l.lines().set(line, csvLine(c));
        return new Applied(utf8(l.join()), "replace number " + column(l, cell) + " " + show(old) + " on line "
                + (line + 1) + " with " + show(now));
    }

    private static Applied changeHeader(String text, Mutation m) {
        Lines l = Lines.of(text);
        List<String> header = cells(l.lines().get(0));
        int c = pick(m.at(), header.size());
        String name = header.get(c);
        int other = pick(m.at2(), header.size());
        if (other == c) {
            other = (c + 1) % header.size();
        }
        String what;
        switch (m.variant() % 9) {
            case 0 -> {
                String typo = name.length() <= 1 ? "x"
                        : new StringBuilder(name).deleteCharAt(pick(m.at2(), name.length())).toString();
                header.set(c, typo);
                what = "misspell header " + show(name) + " as " + show(typo);
            }
            case 1 -> {
                header.set(c, name.toUpperCase(Locale.ROOT));
                what = "upper-case header " + show(name);
            }
            case 2 -> {
                header.set(c, header.get(other));
                what = "rename header " + show(name) + " to the existing " + show(header.get(other));
            }
            case 3 -> {
                header.set(c, "");
                what = "blank header " + show(name);
            }
            case 4 -> {
                header.set(c, m.token());
                what = "rename header " + show(name) + " to " + show(m.token());
            }
            case 5 -> {
                header.set(c, " " + name + " ");
                what = "pad header " + show(name) + " with spaces";
            }
            case 6 -> {
                header.set(c, header.get(other));
                header.set(other, name);
                what = "swap headers " + show(name) + " and " + show(header.get(c));
            }
            case 7 -> {
                header.set(c, name + "s");
                what = "rename header " + show(name) + " to " + show(name + "s");
            }
            default -> {
                String column = FuzzCases.COLUMNS.get(pick(m.at2(), FuzzCases.COLUMNS.size()));
                header.set(c, column);
                what = "rename header " + show(name) + " to the column name " + show(column);
            }
        }
        l.lines().set(0, csvLine(header));
        return new Applied(utf8(l.join()), what);
    }

    private static Applied swapCells(String text, Mutation m) {
        Lines l = Lines.of(text);
        List<Integer> rows = dataLines(l);
        if (rows.isEmpty()) {
            return deleteLine(text, m);
        }
        int line = rows.get(pick(m.at(), rows.size()));
        List<String> c = cells(l.lines().get(line));
        int i = pick(m.at2(), c.size());
        int j = (i + 1 + m.variant() % Math.max(1, c.size() - 1)) % c.size();
        String a = c.get(i);
        String b = c.get(j);
        c.set(i, b);
        c.set(j, a);
        l.lines().set(line, csvLine(c));
        return new Applied(utf8(l.join()), "swap cells " + column(l, i) + "=" + show(a) + " and " + column(l, j) + "="
                + show(b) + " on line " + (line + 1));
    }

    private static Applied replaceCell(String text, Mutation m) {
        Lines l = Lines.of(text);
        List<Integer> rows = dataLines(l);
        if (rows.isEmpty()) {
            return deleteLine(text, m);
        }
        int line = rows.get(pick(m.at(), rows.size()));
        List<String> c = cells(l.lines().get(line));
        int i = pick(m.at2(), c.size());
        String old = c.get(i);
        String drawn = old.isBlank() || NUMBER.matcher(old.trim()).matches() ? newNumber(old, m) : m.token();
        String now = (m.variant() / 7) % 4 == 0 ? quotedCsv(drawn) : drawn;
        c.set(i, now);
        l.lines().set(line, csvLine(c));
        return new Applied(utf8(l.join()), "replace cell " + column(l, i) + " " + show(old) + " on line " + (line + 1)
                + " with " + show(now));
    }

    private static Applied deleteCell(String text, Mutation m) {
        Lines l = Lines.of(text);
        List<Integer> rows = dataLines(l);
        int line = rows.isEmpty() || m.variant() % 5 == 0 ? 0 : rows.get(pick(m.at(), rows.size()));
        List<String> c = cells(l.lines().get(line));
        int i = pick(m.at2(), c.size());
        String old = c.remove(i);
        l.lines().set(line, csvLine(c));
        return new Applied(utf8(l.join()), "delete cell " + (i + 1) + " " + show(old) + " of line " + (line + 1));
    }

    private static Applied addCell(String text, Mutation m) {
        Lines l = Lines.of(text);
        List<Integer> rows = dataLines(l);
        int line = rows.isEmpty() || m.variant() % 5 == 0 ? 0 : rows.get(pick(m.at(), rows.size()));
        List<String> c = cells(l.lines().get(line));
        int i = pick(m.at2(), c.size() + 1);
        c.add(i, m.token());
        l.lines().set(line, csvLine(c));
        return new Applied(utf8(l.join()), "add cell " + show(m.token()) + " as cell " + (i + 1) + " of line "
                + (line + 1));
    }

    // ---- JSON --------------------------------------------------------------------------------------------------

    /** A value in the tree: its parent, its field name or list index, and its dotted path. */
    private record Slot(JsonNode parent, String field, int index, JsonNode value, String path) {
    }

    private static ObjectNode tree(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Slot> slots(JsonNode node, String path) {
        List<Slot> out = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(new Slot(node, e.getKey(), -1, e.getValue(), p));
                out.addAll(slots(e.getValue(), p));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Slot(node, null, i, node.get(i), p));
                out.addAll(slots(node.get(i), p));
            }
        }
        return out;
    }

    private static void set(Slot s, JsonNode value) {
        if (s.field() != null) {
            ((ObjectNode) s.parent()).set(s.field(), value);
        } else {
            ((ArrayNode) s.parent()).set(s.index(), value);
        }
    }

    private static String pretty(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String brief(JsonNode v) {
        String s = v.toString();
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }

    private static Applied deleteKey(String text, Mutation m) {
        ObjectNode root = tree(text);
        List<Slot> fields = slots(root, "").stream().filter(s -> s.field() != null).toList();
        Slot s = fields.get(pick(m.at(), fields.size()));
        ((ObjectNode) s.parent()).remove(s.field());
        return new Applied(utf8(pretty(root)), "delete key " + s.path());
    }

    private static Applied renameKey(String text, Mutation m) {
        ObjectNode root = tree(text);
        List<Slot> fields = slots(root, "").stream().filter(s -> s.field() != null).toList();
        Slot s = fields.get(pick(m.at(), fields.size()));
        String name = s.field();
        String renamed = switch (m.variant() % 5) {
            case 0 -> m.token();
            case 4 -> FuzzCases.JSON_KEYS.get(pick(m.at2(), FuzzCases.JSON_KEYS.size()));
            case 1 -> name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            case 2 -> name + "s";
            default -> name.length() <= 1 ? "x"
                    : new StringBuilder(name).deleteCharAt(pick(m.at2(), name.length())).toString();
        };
        ObjectNode parent = (ObjectNode) s.parent();
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        parent.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
        parent.removeAll();
        entries.forEach((k, v) -> parent.set(k.equals(name) ? renamed : k, v));
        return new Applied(utf8(pretty(root)), "rename key " + s.path() + " to " + show(renamed));
    }

    private static Applied changeType(String text, Mutation m) {
        ObjectNode root = tree(text);
        List<Slot> all = slots(root, "");
        Slot s = all.get(pick(m.at(), all.size()));
        JsonNode v = s.value();
        JsonNodeFactory f = JsonNodeFactory.instance;
        int k = m.variant();
        JsonNode now;
        if (k % 5 == 4) {
            now = NullNode.instance;
        } else if (v.isNumber()) {
            now = switch (k % 3) {
                case 0 -> TextNode.valueOf(v.asText());
                case 1 -> TextNode.valueOf("ten");
                default -> BooleanNode.TRUE;
            };
        } else if (v.isTextual()) {
            now = switch (k % 3) {
                case 0 -> DecimalNode.valueOf(new BigDecimal("2.5"));
                case 1 -> f.arrayNode().add(v.asText());
                default -> BooleanNode.FALSE;
            };
        } else if (v.isBoolean()) {
            now = k % 2 == 0 ? TextNode.valueOf(v.asText()) : IntNode.valueOf(1);
        } else if (v.isObject()) {
            now = switch (k % 3) {
                case 0 -> {
                    ArrayNode a = f.arrayNode();
                    v.elements().forEachRemaining(a::add);
                    yield a;
                }
                case 1 -> TextNode.valueOf(v.toString());
                default -> f.arrayNode();
            };
        } else if (v.isArray()) {
            now = switch (k % 3) {
                case 0 -> {
                    ObjectNode o = f.objectNode();
                    for (int i = 0; i < v.size(); i++) {
                        o.set(String.valueOf(i), v.get(i));
                    }
                    yield o;
                }
                case 1 -> v.isEmpty() ? f.objectNode() : v.get(0);
                default -> TextNode.valueOf(v.toString());
            };
        } else {
            now = IntNode.valueOf(0);
        }
        set(s, now);
        return new Applied(utf8(pretty(root)), "change type of " + s.path() + ": " + brief(v) + " -> " + brief(now));
    }

    private static Applied replaceValue(String text, Mutation m) {
        ObjectNode root = tree(text);
        List<Slot> scalars = slots(root, "").stream().filter(s -> s.value().isValueNode()).toList();
        Slot s = scalars.get(pick(m.at(), scalars.size()));
        JsonNode now = drawnValue(s, m);
        set(s, now);
        return new Applied(utf8(pretty(root)), "replace value of " + s.path() + ": " + brief(s.value()) + " -> "
                + brief(now));
    }

    /** True for the fields whose text is a file path: {@code extends}, {@code tables.*}, a series' {@code table}. */
    private static boolean isPathField(Slot s) {
        return "extends".equals(s.field()) || "table".equals(s.field())
                || (s.field() != null && s.path().equals("tables." + s.field()));
    }

    /** A new value for a slot: a path for path fields, a number for numbers (text if it does not parse). */
    private static JsonNode drawnValue(Slot s, Mutation m) {
        if (isPathField(s) && m.variant() % 4 != 0) {
            return TextNode.valueOf(m.path());
        }
        if (s.value().isNumber() || (m.variant() % 4 == 0 && !s.value().isTextual())) {
            String n = newNumber(s.value().asText(), m);
            return NUMBER.matcher(n).matches() && (m.variant() / 7) % 3 != 0
                    ? DecimalNode.valueOf(new BigDecimal(n)) : TextNode.valueOf(n);
        }
        return TextNode.valueOf(m.token());
    }

    /** Adds a key of the scenario format to an object (at any depth) with a number, text, path, list or object. */
    private static Applied addKey(String text, Mutation m) {
        ObjectNode root = tree(text);
        List<JsonNode> objects = new ArrayList<>();
        objects.add(root);
        slots(root, "").stream().filter(s -> s.value().isObject()).forEach(s -> objects.add(s.value()));
        List<String> paths = new ArrayList<>();
        paths.add("(top level)");
        slots(root, "").stream().filter(s -> s.value().isObject()).forEach(s -> paths.add(s.path()));
        int i = pick(m.at(), objects.size());
        String key = FuzzCases.JSON_KEYS.get(pick(m.at2(), FuzzCases.JSON_KEYS.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode value = switch (m.variant() % 7) {
            case 0, 1 -> NUMBER.matcher(m.number()).matches() ? DecimalNode.valueOf(new BigDecimal(m.number()))
                    : TextNode.valueOf(m.number());
            case 2 -> TextNode.valueOf(m.token());
            case 3 -> TextNode.valueOf(m.path());
            case 4 -> f.arrayNode().add(f.objectNode().put("metric", "END_TO_END").put("fromYear", 2030)
                    .put("maxShare", 0.5));
            case 5 -> f.objectNode().put("2030", NUMBER.matcher(m.number()).matches()
                    ? Double.parseDouble(m.number()) : 1.0);
            default -> f.objectNode();
        };
        ((ObjectNode) objects.get(i)).set(key, value);
        return new Applied(utf8(pretty(root)), "add key " + key + " = " + brief(value) + " to " + paths.get(i));
    }

    /** Writes the tree with the chosen field written twice (Jackson trees cannot hold a duplicate key). */
    private static Applied duplicateKey(String text, Mutation m) {
        ObjectNode root = tree(text);
        List<Slot> fields = slots(root, "").stream().filter(s -> s.field() != null).toList();
        Slot s = fields.get(pick(m.at(), fields.size()));
        JsonNode second = switch (m.variant() % 3) {
            case 0 -> s.value();
            case 1 -> TextNode.valueOf(m.token());
            default -> IntNode.valueOf(0);
        };
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            writeWithDuplicate(g, root, s, second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Applied(utf8(out + "\n"), "duplicate key " + s.path() + " (second value " + brief(second) + ")");
    }

    private static void writeWithDuplicate(JsonGenerator g, JsonNode node, Slot dup, JsonNode second)
            throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                g.writeFieldName(e.getKey());
                writeWithDuplicate(g, e.getValue(), dup, second);
                if (node == dup.parent() && e.getKey().equals(dup.field())) {
                    g.writeFieldName(e.getKey());
                    writeWithDuplicate(g, second, dup, second);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode item : node) {
                writeWithDuplicate(g, item, dup, second);
            }
            g.writeEndArray();
        } else {
            MAPPER.writeTree(g, node);
        }
    }

    /** Offsets of structural characters outside strings, or of number literals ({@code numbers}). */
    private static List<int[]> jsonTokens(String text, boolean numbers) {
        List<int[]> out = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (numbers && (c == '-' || Character.isDigit(c))) {
                int end = i + 1;
                while (end < text.length() && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                out.add(new int[] {i, end});
                i = end - 1;
            } else if (!numbers && "{}[]:,".indexOf(c) >= 0) {
                out.add(new int[] {i, i + 1});
            }
        }
        return out;
    }

    private static Applied replaceJsonNumber(String text, Mutation m) {
        List<int[]> spans = jsonTokens(text, true);
        if (spans.isEmpty()) {
            return replaceValue(text, m);
        }
        int[] s = spans.get(pick(m.at(), spans.size()));
        String old = text.substring(s[0], s[1]);
        String drawn = newNumber(old, m);
        String now = (m.variant() / 7) % 3 == 0 ? TextNode.valueOf(drawn).toString() : drawn;
        String out = text.substring(0, s[0]) + now + text.substring(s[1]);
        return new Applied(utf8(out), "replace number " + old + " at " + lineCol(text, s[0]) + " with " + show(now));
    }

    private static Applied breakBraces(String text, Mutation m) {
        List<int[]> spans = jsonTokens(text, false);
        int[] s = spans.get(pick(m.at(), spans.size()));
        char c = text.charAt(s[0]);
        String where = " at " + lineCol(text, s[0]);
        String before = text.substring(0, s[0]);
        String after = text.substring(s[1]);
        return switch (m.variant() % 4) {
            case 0 -> new Applied(utf8(before + after), "delete '" + c + "'" + where);
            case 1 -> new Applied(utf8(before + c + c + after), "double '" + c + "'" + where);
            case 2 -> {
                String others = "{}[]:,\"".replace(String.valueOf(c), "");
                char r = others.charAt(pick(m.at2(), others.length()));
                yield new Applied(utf8(before + r + after), "replace '" + c + "' with '" + r + "'" + where);
            }
            default -> new Applied(utf8(before + "{" + c + after), "insert '{' before '" + c + "'" + where);
        };
    }
}

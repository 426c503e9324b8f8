package org.reeopt.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance of the default data: every CSV under {@code data/} has {@code source} and {@code confidence} columns,
 * every row names at least one source and a confidence tag (V1, V2, D, U), and every source id (cells split on
 * {@code ;}) has an entry in {@code data/SOURCES.md}. An entry is a line starting with {@code ### `id`}. Source ids
 * in {@code models/*.json} ({@code "source"} fields) must be documented too. Columns that hold numbers must carry a
 * unit in their name (see {@link #UNIT}) or be calendar years or counts.
 *
 * <p>Run from the project root: {@code mvn -q -B -o test -Dtest=DataSourcesTest}.
 */
class DataSourcesTest {
    private static final Path DATA = Path.of("data");
    private static final Path MODELS = Path.of("models");
    private static final Path SOURCES_MD = DATA.resolve("SOURCES.md");

    private static final Set<String> CONFIDENCE = Set.of("V1", "V2", "D", "U");
    private static final Set<String> PROVENANCE_COLUMNS = Set.of("source", "confidence", "note");

    /** A source entry in SOURCES.md: a line {@code ### `id`}, optionally followed by a space and more text. */
    private static final Pattern ENTRY = Pattern.compile("^### `([^`\\s]+)`(?:\\s.*)?$");

    /** A unit at the end of a column name: tonnes, USD, years or a share, optionally "per" something. */
    static final Pattern UNIT = Pattern.compile(".*(Tonnes|Usd|Years|Share)(Per[A-Z][A-Za-z]*)?");
    /** A calendar year needs no unit: {@code year}, {@code fromYear}, {@code onlineYear}, ... */
    private static final Pattern CALENDAR_YEAR = Pattern.compile("year|[a-z][A-Za-z]*Year");
    /** Counts, flags and share lists whose names need no unit. */
    private static final Set<String> UNITLESS_ALLOWED = Set.of("units", "maxUnits", "lumpy", "capexProfile",
            // uncertainty.csv: a distribution's parameters take the unit its row's `applies` states (factor or years)
            "low", "mode", "high", "median", "p90", "probability");

    // ------------------------------------------------------------------ tests on the real data

    @Test
    void everyCsvRowNamesDocumentedSourcesAndAValidConfidence() {
        Set<String> documented = documentedIds(SOURCES_MD);
        List<Path> csvFiles = csvFiles(DATA);
        assertFalse(csvFiles.isEmpty(), "no CSV files found under " + DATA.toAbsolutePath()
                + " (run the tests from the project root)");
        List<String> problems = new ArrayList<>();
        for (Path csv : csvFiles) {
            problems.addAll(checkProvenance(csv, documented));
        }
        assertNoProblems(problems);
    }

    @Test
    void everyNumericColumnNameCarriesAUnit() {
        List<String> problems = new ArrayList<>();
        for (Path csv : csvFiles(DATA)) {
            problems.addAll(checkUnits(csv));
        }
        assertNoProblems(problems);
    }

    @Test
    void everySourceIdInTheScenariosIsDocumented() throws IOException {
        Set<String> documented = documentedIds(SOURCES_MD);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                problems.addAll(checkScenario(json, documented));
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void sourcesMdHasEachEntryOnce() throws IOException {
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(SOURCES_MD, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ENTRY.matcher(lines.get(i));
            if (m.matches()) {
                Integer previous = firstLine.putIfAbsent(m.group(1), i + 1);
                if (previous != null) {
                    problems.add(display(SOURCES_MD) + ":" + (i + 1) + ": entry `" + m.group(1)
                            + "` repeats the one on line " + previous);
                }
            }
        }
        assertFalse(firstLine.isEmpty(), display(SOURCES_MD) + " has no \"### `id`\" entries");
        assertNoProblems(problems);
    }

    // ------------------------------------------------------------------ tests of the checks themselves

    @Test
    void aBlankSourceCellInACopyOfTheRealDataIsReported(@TempDir Path tmp) throws IOException {
        Path real = DATA.resolve("us/demand.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(real, StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int sourceIndex = header.indexOf("source");
        String[] cells = lines.get(2).split(",", -1);
        assertFalse(lines.get(2).contains("\""), "this test blanks a cell by splitting on commas");
        cells[sourceIndex] = "";
        lines.set(2, String.join(",", cells));
        Path copy = tmp.resolve("demand.csv");
        Files.write(copy, lines, StandardCharsets.UTF_8);

        List<String> problems = checkProvenance(copy, documentedIds(SOURCES_MD));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("demand.csv:3: column source"), problems.get(0));
        assertTrue(checkProvenance(real, documentedIds(SOURCES_MD)).isEmpty(), "the real file must stay clean");
    }

    @Test
    void badCellsAreReportedWithFileLineAndColumn(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("t.csv");
        Files.writeString(csv, String.join("\n",
                "year,demandTonnesPerYear,weight,source,confidence,note",
                "# a comment line",
                "2025,9000,1,known,V1,ok",
                "2026,9100,1,known;unknown-id,V2,unknown id",
                "2027,9200,1,known,X,bad confidence",
                "2028,9300,1,known; ,U,empty id after ;",
                "2029,9400,1,,U,empty source",
                "2030,9500,1,known,,empty confidence",
                ""), StandardCharsets.UTF_8);
        Path md = tmp.resolve("SOURCES.md");
        Files.writeString(md, "# Sources\n\n### `known`\n\ntext\n", StandardCharsets.UTF_8);

        List<String> problems = checkProvenance(csv, documentedIds(md));
        String all = String.join("\n", problems);
        assertEquals(5, problems.size(), all);
        assertTrue(all.contains("t.csv:4: column source: id \"unknown-id\""), all);
        assertTrue(all.contains("t.csv:5: column confidence: \"X\""), all);
        assertTrue(all.contains("t.csv:6: column source: empty id"), all);
        assertTrue(all.contains("t.csv:7: column source: is empty"), all);
        assertTrue(all.contains("t.csv:8: column confidence: is empty"), all);

        List<String> units = checkUnits(csv);
        assertEquals(1, units.size(), String.join("\n", units));
        assertTrue(units.get(0).contains("t.csv:1: column weight"), units.get(0));
    }

    @Test
    void missingProvenanceColumnsAreReported(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("t.csv");
        Files.writeString(csv, "year,demandTonnesPerYear,note\n2025,9000,x\n", StandardCharsets.UTF_8);
        List<String> problems = checkProvenance(csv, Set.of());
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("t.csv:1: column source: missing from the header"), problems.get(0));
        assertTrue(problems.get(1).contains("t.csv:1: column confidence: missing from the header"), problems.get(1));
    }

    // ------------------------------------------------------------------ the checks

    /** Source ids documented in a SOURCES.md: every line {@code ### `id`}. */
    static Set<String> documentedIds(Path sourcesMd) {
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (String line : Files.readAllLines(sourcesMd, StandardCharsets.UTF_8)) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    ids.add(m.group(1));
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourcesMd.toAbsolutePath(), e);
        }
    }

    static List<Path> csvFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root.toAbsolutePath(), e);
        }
    }

    /** Provenance problems of one CSV file, each as {@code file:line: column name: problem}. */
    static List<String> checkProvenance(Path csv, Set<String> documented) {
        Table table = Table.read(csv);
        String file = display(csv);
        List<String> problems = new ArrayList<>();
        for (String column : List.of("source", "confidence")) {
            if (!table.header().contains(column)) {
                problems.add(file + ":1: column " + column + ": missing from the header " + table.header());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Row row : table.rows()) {
            String where = file + ":" + row.line() + ": column ";
            if (row.size() != table.header().size()) {
                problems.add(file + ":" + row.line() + ": has " + row.size() + " cells but the header has "
                        + table.header().size() + " columns");
            }
            String source = row.cell("source");
            if (source.isEmpty()) {
                problems.add(where + "source: is empty (name a source id from " + display(SOURCES_MD)
                        + ", or `assumption`)");
            } else {
                for (String id : source.split(";", -1)) {
                    String trimmed = id.trim();
                    if (trimmed.isEmpty()) {
                        problems.add(where + "source: empty id in \"" + source + "\"");
                    } else if (!documented.contains(trimmed)) {
                        problems.add(where + "source: id \"" + trimmed + "\" has no entry \"### `" + trimmed
                                + "`\" in " + display(SOURCES_MD));
                    }
                }
            }
            String confidence = row.cell("confidence");
            if (confidence.isEmpty()) {
                problems.add(where + "confidence: is empty (use one of " + sorted(CONFIDENCE) + ")");
            } else if (!CONFIDENCE.contains(confidence)) {
                problems.add(where + "confidence: \"" + confidence + "\" is not one of " + sorted(CONFIDENCE));
            }
        }
        return problems;
    }

    /**
     * Columns whose non-empty cells are all numbers must say their unit ({@link #UNIT}), be a calendar year, or be in
     * {@link #UNITLESS_ALLOWED}.
     */
    static List<String> checkUnits(Path csv) {
        Table table = Table.read(csv);
        String file = display(csv);
        List<String> problems = new ArrayList<>();
        for (String column : table.header()) {
            if (PROVENANCE_COLUMNS.contains(column) || UNIT.matcher(column).matches()
                    || CALENDAR_YEAR.matcher(column).matches() || UNITLESS_ALLOWED.contains(column)) {
                continue;
            }
            Row example = null;
            boolean numeric = true;
            for (Row row : table.rows()) {
                String value = row.cell(column);
                if (value.isEmpty()) {
                    continue;
                }
                if (!isNumber(value)) {
                    numeric = false;
                    break;
                }
                if (example == null) {
                    example = row;
                }
            }
            if (numeric && example != null) {
                problems.add(file + ":1: column " + column + ": holds numbers (e.g. line " + example.line() + ": \""
                        + example.cell(column) + "\") but its name carries no unit; end it with Tonnes..., ...Usd..., "
                        + "...Years or ...Share, or add it to the allow-list in DataSourcesTest");
            }
        }
        return problems;
    }

    /** {@code source} and {@code confidence} fields anywhere in a scenario JSON file. */
    static List<String> checkScenario(Path json, Set<String> documented) {
        String file = display(json);
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String field = parser.currentName();
                if (!field.equals("source") && !field.equals("confidence")) {
                    continue;
                }
                JsonToken value = parser.nextToken();
                int line = parser.currentTokenLocation().getLineNr();
                String where = file + ":" + line + ": field " + field + ": ";
                if (value != JsonToken.VALUE_STRING) {
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                    problems.add(where + "is not a text value");
                    continue;
                }
                String text = parser.getText().trim();
                if (field.equals("confidence")) {
                    if (!CONFIDENCE.contains(text)) {
                        problems.add(where + "\"" + text + "\" is not one of " + sorted(CONFIDENCE));
                    }
                } else if (text.isEmpty()) {
                    problems.add(where + "is empty");
                } else {
                    for (String id : text.split(";", -1)) {
                        String trimmed = id.trim();
                        if (trimmed.isEmpty()) {
                            problems.add(where + "empty id in \"" + text + "\"");
                        } else if (!documented.contains(trimmed)) {
                            problems.add(where + "id \"" + trimmed + "\" has no entry \"### `" + trimmed + "`\" in "
                                    + display(SOURCES_MD));
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.add(file + ": cannot be read as JSON: " + e.getMessage());
        }
        return problems;
    }

    // ------------------------------------------------------------------ helpers

    private static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value.replace("_", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** One data row with its line in the file. */
    record Row(int line, Map<String, String> cells, int size) {
        String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }
    }

    /** A CSV file read as the loader reads it: header line, {@code #} comments, blank lines skipped. */
    record Table(List<String> header, List<Row> rows) {
        static Table read(Path csv) {
            String text;
            try {
                text = Files.readString(csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + csv.toAbsolutePath(), e);
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true).setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                List<String> header = parser.getHeaderNames();
                List<Row> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    int line = (int) parser.getCurrentLineNumber();
                    Map<String, String> cells = new HashMap<>();
                    for (String column : header) {
                        cells.put(column, record.isSet(column) ? record.get(column) : "");
                    }
                    rows.add(new Row(line, cells, record.size()));
                }
                return new Table(header, rows);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                throw new AssertionError(display(csv) + ": malformed CSV: " + e.getMessage(), e);
            }
        }
    }
}

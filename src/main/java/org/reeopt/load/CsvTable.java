package org.reeopt.load;

import org.reeopt.scenario.Ordered;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table read whole, with the file line of every row so that each bad cell can be reported as
 * {@code file:line: field column: problem}. Lines starting with {@code #} are comments; blank lines are skipped.
 * Unknown columns are rejected with the nearest valid name.
 */
public final class CsvTable {
    /** Largest table read, bytes: far above any real table, far below what would exhaust memory. */
    static final long MAX_BYTES = 20_000_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private final String file;
    private final String text;
    private final List<String> header;
    private final Map<String, Integer> columns;
    /** The old name a column was written under, by its current name (only columns written under an old name). */
    private final Map<String, String> writtenAs;

    private CsvTable(String file, String text, List<String> header, Map<String, Integer> columns,
                     Map<String, String> writtenAs) {
        this.file = file;
        this.text = text;
        this.header = header;
        this.columns = columns;
        this.writtenAs = writtenAs;
    }

    /**
     * Reads a table; each row whose number of cells differs from the header's is a problem added to
     * {@code problems} and left out, so that the other rows are still read.
     */
    static CsvTable read(Path path, String displayName, Set<String> requiredColumns, Set<String> optionalColumns,
                         Problems problems) {
        return read(path, displayName, requiredColumns, optionalColumns, Map.of(), problems);
    }

    /**
     * As above, where a column may also be written under an old name ({@code oldNames}: old name to current name,
     * accepted for one release): each use is a warning added to {@code problems}, and problems in its cells name
     * the column as written.
     */
    static CsvTable read(Path path, String displayName, Set<String> requiredColumns, Set<String> optionalColumns,
                         Map<String, String> oldNames, Problems problems) {
        // sorted: callers pass Set.of, whose order the JVM draws afresh at each start, and the messages below list
        // these names (and name the first missing one): the same file must give the same message every run
        requiredColumns = new java.util.TreeSet<>(requiredColumns);
        optionalColumns = new java.util.TreeSet<>(optionalColumns);
        String text = InputFile.readText(path, displayName, MAX_BYTES, "a table");
        if (text.isBlank()) {
            throw new InputException(displayName, 0, null, "the file is empty; it needs a header line with the columns "
                    + String.join(",", requiredColumns));
        }
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(displayName, 0, null, "has no header line; it needs the columns "
                        + String.join(",", requiredColumns));
            }
            List<String> header = records.next().toList();
            Map<String, String> writtenAs = new java.util.HashMap<>();
            List<String> current = currentNames(displayName, header, oldNames, writtenAs, problems);
            Map<String, Integer> columns = checkHeader(displayName, current, requiredColumns, optionalColumns);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    problems.attempt(() -> {
                        throw new InputException(displayName, line, null, "has " + record.size()
                                + " cells but the header has " + header.size() + " columns");
                    });
                }
            }
            return new CsvTable(displayName, text, header, columns, Map.copyOf(writtenAs));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw malformed(displayName, e);
        }
    }

    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final java.util.regex.Pattern AFTER_QUOTE = java.util.regex.Pattern.compile(
            "Invalid character between encapsulated token and delimiter at line: (\\d+)");

    /** The parser's complaint in plain words at its line; never its Java class names. */
    private static InputException malformed(String file, Exception e) {
        String message = plain(e);
        java.util.regex.Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            return new InputException(file, Integer.parseInt(unclosed.group(1)), null,
                    "malformed CSV: a quoted cell that starts on this line is never closed (a \" is missing)");
        }
        java.util.regex.Matcher after = AFTER_QUOTE.matcher(message);
        if (after.find()) {
            return new InputException(file, Integer.parseInt(after.group(1)), null, "malformed CSV: text after the "
                    + "closing quote of a cell; quote the whole cell and double any \" inside it");
        }
        return new InputException(file, 0, null, "malformed CSV: " + message);
    }

    /** The parser's own words without Java class names. */
    private static String plain(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "unreadable" : root.getMessage();
        return message.replaceAll("([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error): ?", "").trim();
    }

    /**
     * The header with each old name replaced by its current name (recorded in {@code writtenAs}), and one warning
     * per old name used. A column given under both names is left as written, so that the header check reports
     * it as listed twice.
     */
    private static List<String> currentNames(String file, List<String> header, Map<String, String> oldNames,
                                             Map<String, String> writtenAs, Problems problems) {
        List<String> current = new java.util.ArrayList<>(header.size());
        for (String column : header) {
            String now = oldNames.get(column);
            if (now == null) {
                current.add(column);
            } else if (header.contains(now)) {
                throw new InputException(file, 1, column, "the column is given twice: '" + column
                        + "' is the old name of '" + now + "'; keep only '" + now + "'");
            } else {
                current.add(now);
                writtenAs.put(now, column);
                problems.warn(file, 1, "field '" + column + "' is the old name of '" + now
                        + "'; it is accepted until the next release");
            }
        }
        return current;
    }

    /**
     * The column of every header name. A first line that names none of the table's columns is refused without
     * quoting it: the file may be anything a path was pointed at.
     */
    private static Map<String, Integer> checkHeader(String file, List<String> header, Set<String> required,
                                                    Set<String> optional) {
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        if (header.stream().noneMatch(known::contains)) {
            throw new InputException(file, 1, null, "the first line is not the header of this table (not shown): it "
                    + "names none of the columns " + String.join(",", required));
        }
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                throw new InputException(file, 1, null, "column " + (i + 1) + " of the header has no name");
            }
            if (!known.contains(column)) {
                throw new InputException(file, 1, column, "unknown column" + NearestName.hint(column, known));
            }
            if (columns.put(column, i) != null) {
                throw new InputException(file, 1, column, "the column is listed twice in the header");
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InputException(file, 1, column, "required column is missing");
            }
        }
        return Ordered.copy(columns);
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    /**
     * The data rows with as many cells as the header (the others were reported by {@link #read}). They are parsed
     * again from the text as they are iterated, so that a large table is held once, as text, and not also as rows.
     */
    public Iterable<Row> rows() {
        return () -> {
            CSVParser parser;
            try {
                parser = CSVParser.parse(text, FORMAT);
            } catch (IOException e) {
                throw malformed(file, e);
            }
            java.util.Iterator<CSVRecord> records = parser.iterator();
            records.next(); // the header, checked by read
            return new java.util.Iterator<Row>() {
                private Row next = advance();

                private Row advance() {
                    while (records.hasNext()) {
                        CSVRecord record = records.next();
                        if (record.size() == header.size()) {
                            return new Row(file, (int) parser.getCurrentLineNumber(), columns, record.values(),
                                    writtenAs);
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row row = next;
                    next = advance();
                    return row;
                }
            };
        };
    }

    /**
     * One data row; typed getters turn a bad cell into an {@link InputException} at this row's line. The column
     * index is shared by every row of a table, so that a row costs little more than its cells.
     */
    public record Row(String file, int line, Map<String, Integer> columns, String[] values,
                      Map<String, String> writtenAs) {

        public String text(String column) {
            String value = optText(column);
            if (value.isEmpty()) {
                throw error(column, "is required but empty");
            }
            return value;
        }

        public String optText(String column) {
            Integer i = columns.get(column);
            return i == null || values[i] == null ? "" : values[i].trim();
        }

        public double number(String column) {
            String value = text(column);
            return parse(column, value);
        }

        public OptionalDouble optNumber(String column) {
            String value = optText(column);
            return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(parse(column, value));
        }

        public double number(String column, double defaultValue) {
            return optNumber(column).orElse(defaultValue);
        }

        public int year(String column, int defaultValue) {
            OptionalDouble v = optNumber(column);
            if (v.isEmpty()) {
                return defaultValue;
            }
            double d = v.getAsDouble();
            if (d != Math.rint(d)) {
                throw error(column, "\"" + optText(column) + "\" is not a whole year");
            }
            if (d < Years.EARLIEST || d > Years.LATEST) {
                throw error(column, "year " + optText(column) + " is not between " + Years.EARLIEST + " and "
                        + Years.LATEST);
            }
            return (int) d;
        }

        public boolean flag(String column, boolean defaultValue) {
            String value = optText(column).toLowerCase(java.util.Locale.ROOT);
            return switch (value) {
                case "" -> defaultValue;
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw error(column, "\"" + optText(column) + "\" is not true or false");
            };
        }

        private double parse(String column, String value) {
            if (NON_FINITE.matcher(value).matches()) {
                throw error(column, "\"" + value + "\" is not a finite number");
            }
            Double d = strictNumber(value);
            if (d == null) {
                throw error(column, "\"" + value + "\" is not a number");
            }
            if (!Double.isFinite(d)) {
                throw error(column, "\"" + value + "\" is not a finite number");
            }
            return d;
        }

        /** A problem with this row's cell of {@code column}, named as the file writes it (perhaps an old name). */
        public InputException error(String column, String problem) {
            return new InputException(file, line, column == null ? null : writtenAs.getOrDefault(column, column),
                    problem);
        }

        public SourceCells source() {
            return new SourceCells(optText("source"), optText("confidence"));
        }
    }

    /** A decimal number: digits (with _ between them), a point, an exponent; no 0x, no d or f suffix, no %. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[+-]?(?=\\.?\\d)(\\d+(_\\d+)*)?(\\.(\\d+(_\\d+)*)?)?([eE][+-]?\\d+)?");
    private static final java.util.regex.Pattern NON_FINITE = java.util.regex.Pattern.compile(
            "[+-]?(NaN|Infinity|inf)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The value of a number written in plain decimal form ({@code 12729}, {@code -0.5}, {@code 1e3},
     * {@code 1_000}), or null for anything else that Java's own parser would take ({@code 12729d}, {@code 0x1p3}).
     */
    public static Double strictNumber(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return Double.parseDouble(text.replace("_", ""));
    }

    /** The provenance cells every data table may carry. */
    public record SourceCells(String source, String confidence) {
    }
}

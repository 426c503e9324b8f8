package org.reeopt.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Path path, String displayName, Set<String> requiredColumns,
                                Set<String> optionalColumns) {
        String text;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(displayName, 0, null, "is a folder, not a CSV table");
            }
            if (Files.isRegularFile(path) && Files.size(path) > MAX_BYTES) {
                throw new InputException(displayName, 0, null, "is " + Files.size(path) + " bytes, more than the "
                        + MAX_BYTES + " a table may have");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(displayName, 0, null, "file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(displayName, 0, null, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new InputException(displayName, 0, null, "cannot be read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(displayName, 0, null, "the file is empty; it needs a header line with the columns "
                    + String.join(",", requiredColumns));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(displayName, header, requiredColumns, optionalColumns);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new InputException(displayName, line, null, "has " + record.size() + " cells but the header has "
                            + header.size() + " columns");
                }
                rows.add(new Row(displayName, line, record.toMap()));
            }
            return new CsvTable(displayName, header, rows);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(displayName, 0, null, "malformed CSV: " + plain(e));
        } catch (IllegalArgumentException e) {
            throw new InputException(displayName, 1, null, "malformed CSV header: " + e.getMessage());
        }
    }

    /** The parser's own words without Java class names ("Invalid character ... at line 12"). */
    private static String plain(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "unreadable" : root.getMessage();
        return message.replaceAll("([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error): ?", "").trim();
    }

    private static void checkHeader(String file, List<String> header, Set<String> required, Set<String> optional) {
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        for (String column : header) {
            if (!known.contains(column)) {
                throw new InputException(file, 1, column, "unknown column" + NearestName.hint(column, known));
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InputException(file, 1, column, "required column is missing");
            }
        }
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row; typed getters turn a bad cell into an {@link InputException} at this row's line. */
    public record Row(String file, int line, Map<String, String> cells) {

        public String text(String column) {
            String value = optText(column);
            if (value.isEmpty()) {
                throw error(column, "is required but empty");
            }
            return value;
        }

        public String optText(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
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
            try {
                double d = Double.parseDouble(value.replace("_", ""));
                if (!Double.isFinite(d)) {
                    throw error(column, "\"" + value + "\" is not a finite number");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(column, "\"" + value + "\" is not a number");
            }
        }

        public InputException error(String column, String problem) {
            return new InputException(file, line, column, problem);
        }

        public SourceCells source() {
            return new SourceCells(optText("source"), optText("confidence"));
        }
    }

    /** The provenance cells every data table may carry. */
    public record SourceCells(String source, String confidence) {
    }
}

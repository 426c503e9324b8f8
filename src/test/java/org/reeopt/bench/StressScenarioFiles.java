package org.reeopt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Large variants of the default scenario written to disk (models/NAME.json and its data/us tables), for the limit
 * and memory tests and benchmarks: the same files the shipped scenario names, with the options table cloned
 * ({@code copies} times each option, capex 0.1% dearer per clone so that clones are no exact ties), optionally all
 * lumpy or all divisible, demand and capex multiplied, option caps lifted, and the horizon extended (demand and scrap
 * held at their last value). Nothing large is committed; a test writes what it needs into a temporary folder.
 * Usage as a program: StressScenarioFiles ROOT NAME COPIES keep|lumpy|divisible DEMAND_FACTOR CAPEX_FACTOR
 * capped|uncapped LAST_YEAR (prints the scenario file's path).
 */
public final class StressScenarioFiles {
    /** What to do with each option's {@code lumpy} flag. */
    public enum Lumpiness { KEEP, LUMPY, DIVISIBLE }

    public record Spec(int copies, Lumpiness lumpiness, double demandFactor, double capexFactor, boolean uncapped,
                       int lastYear) {
        /** The default scenario's options cloned {@code copies} times, everything else as shipped. */
        public static Spec clones(int copies, Lumpiness lumpiness) {
            return new Spec(copies, lumpiness, 1, 1, false, 2040);
        }
    }

    private static final Path SOURCE = Path.of("data", "us");
    private static final int CAPEX = 7;
    private static final int MAX_UNITS = 11;
    private static final int LUMPY = 12;

    private StressScenarioFiles() {
    }

    public static void main(String[] args) {
        Spec spec = new Spec(Integer.parseInt(args[2]), Lumpiness.valueOf(args[3].toUpperCase(Locale.ROOT)),
                Double.parseDouble(args[4]), Double.parseDouble(args[5]), args[6].equals("uncapped"),
                Integer.parseInt(args[7]));
        System.out.println(write(Path.of(args[0]), args[1], spec));
    }

    /** Writes ROOT/models/NAME.json and ROOT/data/us/*.csv; returns the scenario file. */
    public static Path write(Path root, String name, Spec spec) {
        try {
            Path data = Files.createDirectories(root.resolve(SOURCE));
            Path models = Files.createDirectories(root.resolve("models"));
            try (Stream<Path> tables = Files.list(SOURCE)) {
                for (Path table : tables.toList()) {
                    Files.copy(table, data.resolve(table.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.copy(Path.of("data", "SOURCES.md"), root.resolve("data").resolve("SOURCES.md"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(data.resolve("options.csv"), options(read("options.csv"), spec));
            Files.writeString(data.resolve("demand.csv"), series(read("demand.csv"), spec.demandFactor(), spec.lastYear()));
            Files.writeString(data.resolve("scrap.csv"), series(read("scrap.csv"), 1, spec.lastYear()));
            String json = Files.readString(Path.of("models", "default.json"), StandardCharsets.UTF_8)
                    .replace("\"name\": \"default\"", "\"name\": \"" + name + "\"")
                    .replace("\"lastYear\": 2040", "\"lastYear\": " + spec.lastYear());
            Path scenario = models.resolve(name + ".json");
            Files.writeString(scenario, json);
            return scenario;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(String table) throws IOException {
        return Files.readAllLines(SOURCE.resolve(table), StandardCharsets.UTF_8);
    }

    private static String options(List<String> lines, Spec spec) {
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (int c = 0; c < spec.copies(); c++) {
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = cells(line);
                cells.set(0, c == 0 ? cells.get(0) : cells.get(0) + "~" + c);
                if (!cells.get(CAPEX).isEmpty()) {
                    double capex = Double.parseDouble(cells.get(CAPEX)) * spec.capexFactor() * (1 + 0.001 * c);
                    cells.set(CAPEX, String.format(Locale.ROOT, "%.6f", capex));
                }
                if (!cells.get(LUMPY).isEmpty()) {
                    if (spec.uncapped()) {
                        cells.set(MAX_UNITS, "1000");
                    }
                    if (spec.lumpiness() != Lumpiness.KEEP) {
                        cells.set(LUMPY, Boolean.toString(spec.lumpiness() == Lumpiness.LUMPY));
                    }
                }
                out.append(join(cells)).append('\n');
            }
        }
        return out.toString();
    }

    /** A year,value,... table with its values multiplied and its last row repeated up to {@code lastYear}. */
    private static String series(List<String> lines, double factor, int lastYear) {
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        List<String> last = null;
        for (String line : lines.subList(1, lines.size())) {
            last = cells(line);
            last.set(1, String.format(Locale.ROOT, "%.3f", Double.parseDouble(last.get(1)) * factor));
            out.append(join(last)).append('\n');
        }
        for (int year = Integer.parseInt(last.get(0)) + 1; year <= lastYear; year++) {
            last.set(0, Integer.toString(year));
            out.append(join(last)).append('\n');
        }
        return out.toString();
    }

    /** The cells of one CSV line (double quotes kept on the cells that have them). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String join(List<String> cells) {
        return String.join(",", cells);
    }
}

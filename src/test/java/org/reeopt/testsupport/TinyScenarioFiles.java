package org.reeopt.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny but complete and valid scenario on disk (one JSON file and its CSV tables), for tests of loading and
 * validation. Each piece is a plain string that a test may replace before {@link #writeTo(Path)}, so that a test
 * changes exactly one thing and can name the line it broke.
 *
 * <p>Line numbers of the CSV tables, as written by default:
 * <pre>
 * options.csv        1 header, 2 mine-x, 3 mag-x
 * existing-capacity  1 header, 2 US mine, 3 US magnet, 4 AU mine
 * process-chain.csv  1 header, 2 mine ore, 3 magnet mag
 * </pre>
 */
public final class TinyScenarioFiles {
    public static final String SCENARIO = "tiny.json";
    public static final String PROCESS_CHAIN = "process-chain.csv";
    public static final String EXISTING = "existing-capacity.csv";
    public static final String OPTIONS = "options.csv";

    public static final String DEFAULT_JSON = """
            {
              "name": "tiny",
              "description": "two stages, three years",
              "horizon": { "firstYear": 2030, "lastYear": 2032 },
              "planningNation": "US",
              "lastResortSupplier": "CN",
              "nations": [ { "id": "US" }, { "id": "AU" }, { "id": "CN" } ],
              "materials": [ { "id": "ore" }, { "id": "mag" } ],
              "stages": [ { "id": "mine" }, { "id": "magnet" } ],
              "tables": {
                "processChain": "process-chain.csv",
                "existingCapacity": "existing-capacity.csv",
                "options": "options.csv"
              },
              "demand": { "tonnesPerYear": { "2030": 1000, "2031": 1100, "2032": 1200 } },
              "budget": { "totalBillionUsd": 1.0, "annualCapBillionUsd": 0.5 }
            }
            """;

    public static final String DEFAULT_PROCESS_CHAIN = """
            stage,material,inputMaterial,inputTonnesPerTonneOutput
            mine,ore,,
            magnet,mag,ore,0.3
            """;

    public static final String DEFAULT_EXISTING = """
            nation,stage,material,capacityTonnesPerYear,plannerOutputShare
            US,mine,ore,100,1
            US,magnet,mag,200,1
            AU,mine,ore,400,0.5
            """;

    public static final String DEFAULT_OPTIONS = """
            id,name,nation,stage,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears,maxUnits
            mine-x,Mine X,US,mine,ore,500,100,1,2
            mag-x,Magnet X,US,magnet,mag,1000,200,1,2
            """;

    private String json = DEFAULT_JSON;
    private String processChain = DEFAULT_PROCESS_CHAIN;
    private String existing = DEFAULT_EXISTING;
    private String options = DEFAULT_OPTIONS;

    public static TinyScenarioFiles valid() {
        return new TinyScenarioFiles();
    }

    public TinyScenarioFiles json(String text) {
        this.json = text;
        return this;
    }

    public TinyScenarioFiles processChain(String text) {
        this.processChain = text;
        return this;
    }

    public TinyScenarioFiles existing(String text) {
        this.existing = text;
        return this;
    }

    public TinyScenarioFiles options(String text) {
        this.options = text;
        return this;
    }

    /** Replaces one exact piece of the scenario JSON; fails if the piece is not there (a stale test). */
    public TinyScenarioFiles jsonReplace(String from, String to) {
        this.json = replaceOnce(json, from, to);
        return this;
    }

    public TinyScenarioFiles optionsReplace(String from, String to) {
        this.options = replaceOnce(options, from, to);
        return this;
    }

    public TinyScenarioFiles existingReplace(String from, String to) {
        this.existing = replaceOnce(existing, from, to);
        return this;
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one occurrence of <" + from + "> in\n" + text);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Writes the scenario and its tables into {@code dir} and returns the scenario file. */
    public Path writeTo(Path dir) {
        write(dir.resolve(PROCESS_CHAIN), processChain);
        write(dir.resolve(EXISTING), existing);
        write(dir.resolve(OPTIONS), options);
        return write(dir.resolve(SCENARIO), json);
    }

    public static Path write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path writeBytes(Path file, byte[] bytes) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

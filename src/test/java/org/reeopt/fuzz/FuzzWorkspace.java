package org.reeopt.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The shipped inputs (everything under models/ and data/, read once from the project folder) and the folders the
 * fuzz cases run in: each is a copy with the same relative layout, so models/x.json still finds ../data/us/*.csv.
 * It knows which files a scenario reads, so that a mutated file is always run through a scenario that reads it.
 */
final class FuzzWorkspace {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The shipped folders copied into every case folder. */
    static final List<String> FOLDERS = List.of("models", "data");

    /** Relative path ("models/default.json", "data/us/options.csv") to the shipped bytes. */
    private final Map<String, byte[]> pristine;
    /** Mutation targets (scenario files and the tables some scenario reads) to the scenarios that read them. */
    private final Map<String, List<String>> readers;

    private FuzzWorkspace(Map<String, byte[]> pristine, Map<String, List<String>> readers) {
        this.pristine = pristine;
        this.readers = readers;
    }

    /** Reads models/ and data/ from the project folder (the working folder of the tests). */
    static FuzzWorkspace ofProject(Path projectDir) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(projectDir.resolve(folder))) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(projectDir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FuzzWorkspace(files, readersOf(files));
    }

    /** The files a fuzz case may mutate, in a stable order. */
    List<String> targets() {
        return List.copyOf(readers.keySet());
    }

    /** The scenarios (models/x.json) that read {@code target}; never empty for a target. */
    List<String> readersOf(String target) {
        return readers.get(target);
    }

    byte[] pristine(String relative) {
        return pristine.get(relative);
    }

    /** Writes a fresh copy of every shipped file under {@code root}. */
    void materialize(Path root) {
        pristine.forEach((rel, bytes) -> write(root.resolve(rel), bytes));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What differs under {@code root} from the shipped files with {@code mutated} replaced by {@code mutatedBytes}:
     * changed, missing or new files. Empty when the commands wrote nothing.
     */
    List<String> differences(Path root, String mutated, byte[] mutatedBytes) {
        List<String> out = new ArrayList<>();
        Map<String, byte[]> expected = new LinkedHashMap<>(pristine);
        expected.put(mutated, mutatedBytes);
        List<String> present = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    if (expected.keySet().stream().noneMatch(k -> k.startsWith(rel + "/"))) {
                        out.add("new folder " + rel);
                    }
                    continue;
                }
                byte[] have;
                try {
                    have = Files.readAllBytes(p);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // listed, then gone: reported below as a missing file if it should be there
                }
                present.add(rel);
                byte[] want = expected.get(rel);
                if (want == null) {
                    out.add("new file " + rel);
                } else if (!Arrays.equals(want, have)) {
                    out.add("changed file " + rel);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expected.keySet().stream().filter(k -> !present.contains(k)).forEach(k -> out.add("missing file " + k));
        return out;
    }

    /** Puts {@code root} back to the shipped state after a case (rewrites the mutated file). */
    void restore(Path root, String mutated) {
        write(root.resolve(mutated), pristine.get(mutated));
    }

    // ---- which scenario reads which file -------------------------------------------------------------------------

    private static Map<String, List<String>> readersOf(Map<String, byte[]> files) {
        Map<String, List<String>> readers = new TreeMap<>();
        for (String model : files.keySet()) {
            if (!model.startsWith("models/") || !model.endsWith(".json") || model.startsWith("models/stress/")) {
                continue; // a stress variant is an overlay, not a scenario of its own (stress --set)
            }
            List<String> chain = new ArrayList<>();
            Map<String, String> tables = tablesOf(model, files, chain);
            for (String read : chain) {
                readers.computeIfAbsent(read, k -> new ArrayList<>()).add(model);
            }
            for (String table : tables.values()) {
                if (files.containsKey(table)) {
                    readers.computeIfAbsent(table, k -> new ArrayList<>()).add(model);
                }
            }
        }
        return readers;
    }

    /** "tables.options" etc. to the relative file each names, after the extends chain (which fills {@code chain}). */
    private static Map<String, String> tablesOf(String model, Map<String, byte[]> files, List<String> chain) {
        if (chain.contains(model) || !files.containsKey(model)) {
            return new LinkedHashMap<>();
        }
        chain.add(model);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(files.get(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path folder = Path.of(model).getParent();
        Map<String, String> out = tree.hasNonNull("extends")
                ? tablesOf(folder.resolve(tree.get("extends").asText()).normalize().toString().replace('\\', '/'),
                files, chain)
                : new LinkedHashMap<>();
        if (tree.get("tables") != null) {
            tree.get("tables").fields().forEachRemaining(e -> out.put("tables." + e.getKey(),
                    folder.resolve(e.getValue().asText()).normalize().toString().replace('\\', '/')));
        }
        for (String series : List.of("demand", "scrap")) {
            if (tree.has(series)) {
                out.remove(series + ".table");
                if (tree.get(series).hasNonNull("table")) {
                    out.put(series + ".table", folder.resolve(tree.get(series).get("table").asText()).normalize()
                            .toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }
}

package org.reeopt.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The titles of the sources in a SOURCES.md ("### `id`" headings followed by a "- **Title:**" line), found by
 * walking up from a data table's folder. Empty when there is none: reports then show the ids alone.
 */
public final class SourceCatalog {
    /**
     * SOURCES.md files already read, by path, with the modification time and size they were read at: a study reads
     * the same file once per draw, and a changed file is read again.
     */
    private static final Map<Path, Read> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** A file as read: its titles and vintage, parsed once (a study asks for them once per draw). */
    private record Read(java.nio.file.attribute.FileTime modified, long sizeBytes, Map<String, String> titles,
                        String vintage) {
    }

    private SourceCatalog() {
    }

    /** {@code sourcesMd} as read, from {@link #READ} when the file has not changed since. */
    private static Read read(Path sourcesMd) throws IOException {
        java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(sourcesMd,
                java.nio.file.attribute.BasicFileAttributes.class);
        Read read = READ.get(sourcesMd);
        if (read == null || !read.modified().equals(now.lastModifiedTime()) || read.sizeBytes() != now.size()) {
            String text = Files.readString(sourcesMd, StandardCharsets.UTF_8);
            read = new Read(now.lastModifiedTime(), now.size(), java.util.Collections.unmodifiableMap(
                    titles(text.lines().toList())), vintage(text));
            READ.put(sourcesMd, read);
        }
        return read;
    }

    public static Map<String, String> titlesNear(String tableFile) {
        Path sourcesMd = near(tableFile);
        return sourcesMd == null ? Map.of() : titles(sourcesMd);
    }

    /**
     * The first two sentences of the "**Vintage.**" paragraph of the SOURCES.md near {@code tableFile} (how recent
     * the data are, in the data's own words), or null when there is none.
     */
    public static String vintageNear(String tableFile) {
        Path sourcesMd = near(tableFile);
        if (sourcesMd == null) {
            return null;
        }
        try {
            return read(sourcesMd).vintage();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** The first two sentences of {@code text}'s "**Vintage.**" paragraph, or null when it has none. */
    private static String vintage(String text) {
        int at = text.indexOf("**Vintage.**");
        if (at < 0) {
            return null;
        }
        int end = text.indexOf("\n\n", at);
        String paragraph = text.substring(at + "**Vintage.**".length(), end < 0 ? text.length() : end)
                .replaceAll("\\s+", " ").replace("*", "").trim();
        String[] sentences = paragraph.split("(?<=\\.) (?=[A-Z])", 3);
        return sentences.length < 2 ? sentences[0] : sentences[0] + " " + sentences[1];
    }

    private static Path near(String tableFile) {
        if (tableFile == null || tableFile.isBlank()) {
            return null;
        }
        Path dir = Path.of(tableFile).toAbsolutePath().getParent();
        for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("SOURCES.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Map<String, String> titles(Path sourcesMd) {
        try {
            return read(sourcesMd).titles();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Map.of();
        }
    }

    private static Map<String, String> titles(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        String id = null;
        for (String line : lines) {
            if (line.startsWith("### `") && line.indexOf('`', 5) > 5) {
                id = line.substring(5, line.indexOf('`', 5));
            } else if (id != null && line.startsWith("- **Title:**")) {
                out.put(id, line.substring("- **Title:**".length()).trim());
                id = null;
            } else if (id != null && line.startsWith("- **Meaning:**")) {
                out.put(id, line.substring("- **Meaning:**".length()).trim());
                id = null;
            }
        }
        return out;
    }
}

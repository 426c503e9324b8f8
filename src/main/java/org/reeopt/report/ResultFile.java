package org.reeopt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.reeopt.load.Display;
import org.reeopt.load.InputDifferences;
import org.reeopt.load.InputException;
import org.reeopt.load.InputFile;
import org.reeopt.load.InputProblemsException;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.SweepResult;

/**
 * A result file that reeopt wrote, read back for {@code reeopt report}: a solve result ({@code result.json}, or
 * {@code solve --format json}), a sweep ({@code sweep.json}) or a comparison ({@code compare.json}), told apart by
 * their top-level keys ({@code points}, {@code scenarios}). Every key of the records these files are written from
 * must be present (a key the writer writes as null may be null, but lists, maps and yes/no values may not), so a
 * file that is not one of them, a renamed or a missing key is bad input naming the file and the field, never an
 * error while rendering. Keys these records do not have are ignored.
 */
public sealed interface ResultFile {
    /** The files the command that wrote this result puts in a report folder, a solve's shown as {@code view}. */
    Map<String, byte[]> bundle(View view);

    /** What the command that wrote this result prints in {@code format}, a solve's shown as {@code view}. */
    String render(Format format, View view);

    /** The files the command that wrote this result puts in a report folder. */
    default Map<String, byte[]> bundle() {
        return bundle(View.DEFAULT);
    }

    /** What the command that wrote this result prints in {@code format}. */
    default String render(Format format) {
        return render(format, View.DEFAULT);
    }

    /** A solve result. */
    record Solve(ResultSummary summary) implements ResultFile {
        @Override
        public Map<String, byte[]> bundle(View view) {
            return ReportBundle.forSolve(summary, view);
        }

        @Override
        public String render(Format format, View view) {
            return format == Format.MD ? SolveMemo.of(summary, view).markdown() : format.render(summary, view);
        }
    }

    /** A budget or target sweep. */
    record Sweep(SweepResult sweep) implements ResultFile {
        @Override
        public Map<String, byte[]> bundle(View view) {
            return ReportBundle.forSweep(sweep);
        }

        @Override
        public String render(Format format, View view) {
            return SweepReport.render(sweep, format, view.showObjective());
        }
    }

    /** A comparison of scenarios, as {@code compare.json} holds it. */
    record Comparison(List<ResultSummary> scenarios, List<InputDifferences.Difference> inputDifferences)
            implements ResultFile {
        @Override
        public Map<String, byte[]> bundle(View view) {
            return ReportBundle.forComparison(scenarios, inputDifferences);
        }

        @Override
        public String render(Format format, View view) {
            return CompareReport.render(scenarios, inputDifferences, format);
        }
    }

    /** Near-optimal alternatives, as {@code alternatives.json} holds them. */
    record Alternatives(org.reeopt.study.AlternativesResult result) implements ResultFile {
        @Override
        public Map<String, byte[]> bundle(View view) {
            return ReportBundle.forAlternatives(result);
        }

        @Override
        public String render(Format format, View view) {
            return AlternativesReport.render(result, List.of(), format);
        }
    }

    /** A stress test, as {@code stress.json} holds it. */
    record Stress(org.reeopt.study.StressResult stress) implements ResultFile {
        @Override
        public Map<String, byte[]> bundle(View view) {
            return ReportBundle.forStress(stress);
        }

        @Override
        public String render(Format format, View view) {
            return StressReport.render(stress, format);
        }
    }

    /**
     * An uncertainty study, as {@code uncertainty-result.json} holds it (every draw), with its {@code --robust}
     * comparison (null without one).
     */
    record Uncertainty(org.reeopt.study.UncertaintyResult result, org.reeopt.study.RobustStudy.Result robust)
            implements ResultFile {
        @Override
        public Map<String, byte[]> bundle(View view) {
            return UncertaintyReport.bundle(result, robust);
        }

        @Override
        public String render(Format format, View view) {
            return UncertaintyReport.render(result, robust, format);
        }
    }

    /** The JSON files a report folder is rendered from, one per command that writes a folder. */
    List<String> FOLDER_RESULTS = List.of("result.json", "sweep.json", "compare.json", "alternatives.json",
            "stress.json", "uncertainty-result.json");

    /**
     * {@code path} itself, or for a report folder the one result in it ({@link #FOLDER_RESULTS}); a folder without
     * one is bad input naming it.
     */
    static Path inFolder(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        List<Path> found = FOLDER_RESULTS.stream().map(path::resolve).filter(Files::isRegularFile).toList();
        if (found.size() != 1) {
            throw new InputException(Display.path(path), 0, null, "is a folder " + (found.isEmpty() ? "without a"
                    : "with more than one") + " result of " + String.join(", ", FOLDER_RESULTS) + "; name the file");
        }
        return found.get(0);
    }

    /** Largest result file read, bytes: a result of the largest scenario is well under a megabyte. */
    long MAX_RESULT_BYTES = 50_000_000;

    /**
     * Reads and checks {@code file}: a regular file (links followed; never a device or FIFO), at most
     * {@link #MAX_RESULT_BYTES}, one JSON object. Its content is never quoted in an error (it may be any file).
     * Throws {@link InputException} naming the file and the field.
     */
    static ResultFile read(Path path) {
        Path file = inFolder(path);
        String shown = Display.path(file);
        if (!Files.exists(file)) {
            throw new InputException(shown, 0, null, "result file not found");
        }
        String text = InputFile.readText(file, shown, MAX_RESULT_BYTES, "a result file");
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (IOException e) {
            int line = e instanceof JsonProcessingException json && json.getLocation() != null
                    ? json.getLocation().getLineNr() : 0;
            throw new InputException(shown, line, null, "not a reeopt result: not JSON (malformed, or more text "
                    + "after the result; a result is a JSON object {...} written by reeopt solve, sweep or compare)");
        }
        if (root == null || !root.isObject()) {
            throw new InputException(shown, 0, null, "not a reeopt result: a result is a JSON object {...}");
        }
        Class<? extends Record> type = root.has("points") ? SweepResult.class
                : root.has("variants") ? org.reeopt.study.StressResult.class
                : root.has("scenarios") ? Comparison.class
                : root.has("alternatives") ? org.reeopt.study.AlternativesResult.class
                : root.has("uncertaintyResult") ? org.reeopt.study.UncertaintyFile.class : ResultSummary.class;
        String first = type.getRecordComponents()[0].getName();
        if (java.util.Arrays.stream(type.getRecordComponents()).noneMatch(c -> root.has(c.getName()))) {
            throw new InputException(shown, 0, first, "required field is missing: this is not a result reeopt "
                    + "wrote (solve, sweep or compare JSON)");
        }
        List<String> missing = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !root.has(name)).toList();
        if (missing.size() * 2 > type.getRecordComponents().length) {
            throw new InputException(shown, 0, null, "not a reeopt result: " + missing.size() + " of its "
                    + type.getRecordComponents().length + " fields are missing (" + missing.get(0) + ", ...); this is "
                    + "not a result reeopt wrote (solve, sweep or compare JSON)");
        }
        List<InputException> problems = new ArrayList<>();
        check(shown, root, type, "", problems);
        if (problems.size() == 1) {
            throw problems.get(0);
        } else if (!problems.isEmpty()) {
            throw new InputProblemsException(shown, problems);
        }
        try {
            Record value = mapper.treeToValue(root, type);
            if (value instanceof SweepResult sweep) {
                return new Sweep(sweep);
            }
            if (value instanceof org.reeopt.study.AlternativesResult alternatives) {
                return new Alternatives(alternatives);
            }
            if (value instanceof org.reeopt.study.StressResult stress) {
                return new Stress(stress);
            }
            if (value instanceof org.reeopt.study.UncertaintyFile uncertainty) {
                return new Uncertainty(uncertainty.result(shown), uncertainty.robust());
            }
            return value instanceof Comparison comparison ? comparison : new Solve((ResultSummary) value);
        } catch (JsonMappingException e) {
            throw new InputException(shown, 0, pathOf(e), "has the wrong type of value for a reeopt result");
        } catch (IOException e) {
            throw new InputException(shown, 0, null, "not a reeopt result (a value could not be read)");
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /**
     * A field the JSON leaves out when it is null (e.g. embeddedDemand of a scenario without embedded demand) or, when
     * so marked, empty (a draw's chinaFreeMagnetTonnes without a magnet-only target).
     */
    private static boolean leftOutWhenNull(RecordComponent c) {
        com.fasterxml.jackson.annotation.JsonInclude include =
                c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
        return include != null && (include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL
                || include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);
    }

    /** Every record component present as a key, recursively through lists and maps of records. */
    private static void check(String file, JsonNode node, Type type, String path, List<InputException> problems) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            if (!node.isObject()) {
                problems.add(new InputException(file, 0, path.isEmpty() ? null : path, "expected an object {...}"));
                return;
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
                JsonNode child = node.get(c.getName());
                Class<?> componentType = c.getType();
                if (child == null) {
                    if (!leftOutWhenNull(c)) {
                        problems.add(new InputException(file, 0, at, "required field is missing"));
                    }
                } else if (child.isNull()) {
                    if (componentType.isPrimitive() || List.class.isAssignableFrom(componentType)
                            || Map.class.isAssignableFrom(componentType)) {
                        problems.add(new InputException(file, 0, at, "must not be null"));
                    }
                } else {
                    check(file, child, c.getGenericType(), at, problems);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!node.isArray()) {
                problems.add(new InputException(file, 0, path, "expected a list [...]"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isNull()) {
                    check(file, node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", problems);
                }
            }
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!node.isObject()) {
                problems.add(new InputException(file, 0, path, "expected an object {...}"));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    check(file, e.getValue(), p.getActualTypeArguments()[1], path + "." + e.getKey(), problems);
                }
            }
        }
    }
}

package org.reeopt.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.reeopt.load.Display;
import org.reeopt.load.InputException;
import org.reeopt.load.InputProblemsException;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.KeyYears;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;

/**
 * Solves a scenario as it is and under each variant of a stress set (a folder of overlay files, each applied on top
 * of the scenario: {@code ScenarioLoader.loadWithOverlay}), in parallel, and draws the range of each key year's
 * end-to-end dependency, the spending range, the conclusions that change and the most damaging variant.
 */
public final class StressStudy {
    /** End-to-end dependency up to this share is "China-free" (it prints as 0.0%). */
    public static final double CHINA_FREE_SHARE = 0.0005;

    /** A conclusion on the headline year holds while a variant stays within this many points of the base. */
    public static final double HEADLINE_TOLERANCE = 0.05;

    private StressStudy() {
    }

    /**
     * The variant files of {@code setDir}: every {@code *.json} in it (not in sub-folders), by file name. A missing
     * folder, a file instead of a folder or a folder without variants is bad input.
     */
    public static List<Path> variantFiles(Path setDir) {
        String shown = Display.path(setDir);
        if (!Files.isDirectory(setDir)) {
            throw new InputException(shown, 0, "--set", Files.exists(setDir) ? "is not a folder; name the folder "
                    + "of stress variants (*.json)" : "stress set folder not found");
        }
        try (Stream<Path> files = Files.list(setDir)) {
            List<Path> out = files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
            if (out.isEmpty()) {
                throw new InputException(shown, 0, "--set", "holds no stress variant (*.json)");
            }
            return out;
        } catch (IOException e) {
            throw new InputException(shown, 0, "--set", "cannot be listed (" + e.getMessage() + ")");
        }
    }

    /**
     * Loads {@code scenario} and every variant of {@code setDir} on top of it (all before any solve; every variant
     * that fails to load is reported, each problem naming its file, line and field), then solves them on
     * {@code threads} threads; {@code onEachDone} hears of each finished solve (null name: the base).
     */
    public static StressResult run(Path scenario, Path setDir, RunOptions options, int threads,
                                   BiConsumer<String, ResultSummary> onEachDone) {
        Scenario base = Pipeline.load(scenario);
        List<Path> files = variantFiles(setDir);
        List<Scenario> loaded = new ArrayList<>(List.of(base));
        List<InputException> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(Pipeline.load(scenario, file));
            } catch (InputProblemsException e) {
                problems.addAll(e.problems());
            } catch (InputException e) {
                problems.add(e);
            }
        }
        if (problems.size() == 1) {
            throw problems.get(0);
        } else if (!problems.isEmpty()) {
            throw new InputProblemsException(Display.path(setDir), problems);
        }
        List<ResultSummary> solved = Parallel.map(loaded, s -> Pipeline.run(s, options).summary(), threads,
                (s, r) -> onEachDone.accept(s == base ? null : s.name(), r));
        List<StressResult.Variant> variants = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Scenario v = loaded.get(i + 1);
            variants.add(new StressResult.Variant(files.get(i).getFileName().toString(), v.name(), v.description(),
                    solved.get(i + 1)));
        }
        return assemble(base.name(), Display.path(setDir), solved.get(0), variants);
    }

    /** The ranges, conclusions and most damaging variant of a base and its variants (those without a plan too). */
    public static StressResult assemble(String scenario, String stressSet, ResultSummary base,
                                        List<StressResult.Variant> variants) {
        List<Integer> keyYears = KeyYears.of(base.years());
        int headline = keyYears.get(Math.min(1, keyYears.size() - 1));
        List<StressResult.YearRange> ranges = new ArrayList<>();
        for (int year : keyYears) {
            Double b = endToEnd(base, year);
            List<Double> values = new ArrayList<>();
            if (b != null) {
                values.add(b);
            }
            variants.stream().map(v -> endToEnd(v.result(), year)).filter(Objects::nonNull).forEach(values::add);
            Double min = values.stream().min(Double::compare).orElse(null);
            Double max = values.stream().max(Double::compare).orElse(null);
            List<String> worst = max == null ? List.of() : variants.stream().filter(v -> {
                Double x = endToEnd(v.result(), year);
                return x != null && x >= max - 1e-9 && (b == null || x > b + 1e-9);
            }).map(StressResult.Variant::name).toList();
            ranges.add(new StressResult.YearRange(year, b, min, max, worst));
        }
        List<Double> spent = new ArrayList<>();
        if (base.spentBillionUsd() != null) {
            spent.add(base.spentBillionUsd());
        }
        variants.stream().map(v -> v.result().spentBillionUsd()).filter(Objects::nonNull).forEach(spent::add);
        StressResult.Range spending = new StressResult.Range(base.spentBillionUsd(),
                spent.stream().min(Double::compare).orElse(null), spent.stream().max(Double::compare).orElse(null));
        List<StressResult.Conclusion> conclusions = conclusions(base, variants, keyYears, headline);
        StressResult.Variant damaging = mostDamaging(base, variants);
        return new StressResult(scenario, stressSet, headline, keyYears, base, variants, ranges, spending,
                conclusions, damaging == null ? null : damaging.name(), summary(base, variants, damaging, headline));
    }

    /** End-to-end dependency of {@code r} in {@code year}; null without a plan. */
    static Double endToEnd(ResultSummary r, int year) {
        return r.spentBillionUsd() == null ? null : r.endToEndDependency().get(Integer.toString(year));
    }

    /** Average end-to-end dependency over the horizon years; null without a plan. */
    static Double average(ResultSummary r) {
        if (r.spentBillionUsd() == null || r.endToEndDependency().isEmpty()) {
            return null;
        }
        return r.endToEndDependency().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static List<StressResult.Conclusion> conclusions(ResultSummary base, List<StressResult.Variant> variants,
                                                             List<Integer> keyYears, int headline) {
        List<StressResult.Conclusion> out = new ArrayList<>();
        List<String> noPlan = variants.stream().filter(v -> v.result().spentBillionUsd() == null)
                .map(v -> v.name() + " (" + v.result().status().toLowerCase(Locale.ROOT) + ")").toList();
        if (!noPlan.isEmpty()) {
            out.add(new StressResult.Conclusion("a plan exists", variants.size() - noPlan.size(), variants.size(),
                    noPlan));
        }
        if (base.spentBillionUsd() == null) {
            return out;
        }
        keyYears.stream().filter(y -> endToEnd(base, y) != null && endToEnd(base, y) <= CHINA_FREE_SHARE).findFirst()
                .ifPresent(y -> out.add(holds("China-free end to end in " + y + " (0.0%, as in the base)", variants,
                        v -> endToEnd(v, y) != null && endToEnd(v, y) <= CHINA_FREE_SHARE)));
        Double b = endToEnd(base, headline);
        if (b != null) {
            double limit = b + HEADLINE_TOLERANCE;
            out.add(holds("end-to-end dependency in " + headline + " at most " + percent(Math.min(1, limit))
                    + " (the base's " + percent(b) + " + " + Math.round(HEADLINE_TOLERANCE * 100) + " points)",
                    variants, v -> endToEnd(v, headline) != null && endToEnd(v, headline) <= limit + 1e-9));
        }
        return out;
    }

    private static StressResult.Conclusion holds(String statement, List<StressResult.Variant> variants,
                                                 java.util.function.Predicate<ResultSummary> test) {
        List<String> fails = variants.stream().filter(v -> !test.test(v.result())).map(StressResult.Variant::name)
                .toList();
        return new StressResult.Conclusion(statement, variants.size() - fails.size(), variants.size(), fails);
    }

    /** The variant with a plan and the highest average end-to-end dependency, if above the base's; else null. */
    private static StressResult.Variant mostDamaging(ResultSummary base, List<StressResult.Variant> variants) {
        Double b = average(base);
        StressResult.Variant worst = null;
        for (StressResult.Variant v : variants) {
            Double a = average(v.result());
            if (a != null && (b == null || a > b + 1e-9) && (worst == null || a > average(worst.result()) + 1e-9)) {
                worst = v;
            }
        }
        return worst;
    }

    /** The one sentence naming the most damaging variant (and any variant without a plan). */
    private static String summary(ResultSummary base, List<StressResult.Variant> variants,
                                  StressResult.Variant damaging, int headline) {
        List<Integer> years = base.years();
        String span = years.isEmpty() ? "" : " over " + years.get(0) + "-" + years.get(years.size() - 1);
        String text;
        if (base.spentBillionUsd() == null) {
            text = "The base scenario has no plan (" + base.status().toLowerCase(Locale.ROOT) + "), so the stress set "
                    + "is measured against nothing";
        } else if (damaging == null) {
            text = "No stress variant raises average end-to-end dependency" + span + " above the base's "
                    + percent(average(base));
        } else {
            text = "Most damaging stress variant: " + damaging.name() + ", which raises average end-to-end dependency"
                    + span + " from " + percent(average(base)) + " to " + percent(average(damaging.result())) + " ("
                    + headline + ": " + percent(endToEnd(base, headline)) + " to "
                    + percent(endToEnd(damaging.result(), headline)) + ")";
        }
        List<String> noPlan = variants.stream().filter(v -> v.result().spentBillionUsd() == null)
                .map(StressResult.Variant::name).toList();
        if (!noPlan.isEmpty()) {
            text += "; no plan exists under " + String.join(", ", noPlan);
        }
        return text + ".";
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

package org.reeopt.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.NearOptimal;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * {@code reeopt alternatives}: the optimum, then near-optimal plans that differ materially from it and from each
 * other (docs/formulation.md, "Near-optimal alternatives"). Directions that do not depend on earlier plans are solved
 * in parallel batches and kept in their fixed order, so the output is the same whatever the number of threads; the
 * distance direction waits for every plan before it.
 */
public final class Alternatives {
    /**
     * Two plans differ materially when the money they put into each option and funding year differs, summed over
     * options and years, by at least this share of the larger plan's investment spending.
     */
    public static final double DISTINCT_SHARE = 0.05;
    /** Allowed excess of a plan's gap over --within: the lexicographic solve's tolerance, far below any figure shown. */
    static final double GAP_TOLERANCE = 1e-6;
    /** The direction label of the first plan. */
    public static final String OPTIMUM = "optimum";

    private Alternatives() {
    }

    /** What the command asks for; {@code directions} empty: the default order of docs/formulation.md. */
    public record Request(double within, int count, List<String> directions, List<String> excludeNations,
                          List<String> excludeOptions, int threads) {
    }

    /** The result and, for the table, what each direction that gave no new plan gave instead. */
    public record Run(RunResult optimum, AlternativesResult result, List<String> notes) {
    }

    public static Run run(Path file, RunOptions options, Request request) {
        return run(Pipeline.load(file), options, request);
    }

    public static Run run(Scenario loaded, RunOptions options, Request request) {
        List<NearOptimal.Direction> candidates = candidates(loaded, request);
        Set<String> excluded = excludedOptions(loaded, request);
        NearOptimal session = NearOptimal.start(loaded, options, excluded);
        RunResult optimum = session.optimum();
        List<Alternative> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        kept.add(new Alternative(OPTIMUM, optimum, true));
        if (!optimum.status().hasPlan() || !optimum.auditPassed()) {
            return new Run(optimum, result(session.scenario(), request.within(), kept, optimum), notes);
        }
        int next = 0;
        boolean stop = false;
        int keptWhenFarthestFailed = -1;
        while (next < candidates.size() && kept.size() - 1 < request.count() && !stop) {
            List<NearOptimal.Direction> batch = batch(candidates, next, request.threads());
            next += batch.size();
            if (batch.get(0).push() == NearOptimal.Push.DISTANCE && kept.size() == keptWhenFarthestFailed) {
                continue; // the same plans as its last try: the same answer
            }
            List<List<ResultSummary.Investment>> earlier = kept.stream().map(a -> a.result().summary().investments())
                    .toList();
            List<NearOptimal.Found> found = Parallel.map(batch, d -> session.solve(d, request.within(), earlier),
                    request.threads(), (d, f) -> { });
            for (int i = 0; i < batch.size() && kept.size() - 1 < request.count() && !stop; i++) {
                int before = kept.size();
                stop = consider(batch.get(i), found.get(i), kept, notes, request.within());
                if (batch.get(i).push() == NearOptimal.Push.DISTANCE && kept.size() == before) {
                    keptWhenFarthestFailed = before;
                }
            }
        }
        return new Run(optimum, result(session.scenario(), request.within(), kept, optimum), notes);
    }

    /** A plan and the direction that found it. */
    private record Alternative(String direction, RunResult result, boolean directionOptimal) {
    }

    /**
     * Keeps {@code found} when it is a plan within the slack that differs materially from every plan kept; otherwise
     * says why in {@code notes}. True when no later direction can succeed (exclusions that cost more than the slack).
     */
    private static boolean consider(NearOptimal.Direction direction, NearOptimal.Found found, List<Alternative> kept,
                                    List<String> notes, double within) {
        if (found.result() == null) {
            notes.add(direction.name() + ": no plan (" + found.note() + ")");
            return direction.push() == NearOptimal.Push.BEST_WITHOUT_EXCLUDED;
        }
        RunResult r = found.result();
        double optimum = kept.get(0).result().summary().objective();
        double gap = gap(r.summary().objective(), optimum);
        if (gap > within + GAP_TOLERANCE) {
            notes.add(String.format(Locale.ROOT, "%s: %.2f%% worse than the optimum, beyond --within %s; no plan "
                    + "with these exclusions comes within it", direction.name(), gap * 100, number(within)));
            return true;
        }
        if (!r.auditPassed()) {
            notes.add(direction.name() + ": left out, its plan failed the audit: " + r.summary().message());
            return false;
        }
        for (Alternative a : kept) {
            double d = distance(a.result().summary().investments(), r.summary().investments());
            if (d < DISTINCT_SHARE) {
                notes.add(String.format(Locale.ROOT, "%s: the same plan as %s (investments differ by %.1f%%)",
                        direction.name(), a.direction(), d * 100));
                return false;
            }
        }
        if (!found.directionOptimal()) {
            notes.add(direction.name() + ": a solver limit stopped its own solve; the plan shown (status FEASIBLE) may "
                    + "push less far than the direction allows");
        }
        kept.add(new Alternative(direction.name(), r, found.directionOptimal()));
        return false;
    }

    /** The next candidates to solve together: a distance direction (it needs every plan before it) alone. */
    private static List<NearOptimal.Direction> batch(List<NearOptimal.Direction> candidates, int from, int threads) {
        if (dependsOnEarlier(candidates.get(from))) {
            return List.of(candidates.get(from));
        }
        List<NearOptimal.Direction> out = new ArrayList<>();
        for (int i = from; i < candidates.size() && out.size() < Math.max(1, threads)
                && !dependsOnEarlier(candidates.get(i)); i++) {
            out.add(candidates.get(i));
        }
        return out;
    }

    private static boolean dependsOnEarlier(NearOptimal.Direction d) {
        return d.push() == NearOptimal.Push.DISTANCE || d.push() == NearOptimal.Push.BEST_WITHOUT_EXCLUDED;
    }

    /**
     * The directions to try, in order: those named by --direction, else every direction of the scenario followed by
     * the distance direction once per plan asked for; the best plan without the exclusions first when there are any.
     */
    static List<NearOptimal.Direction> candidates(Scenario s, Request request) {
        List<NearOptimal.Direction> out = new ArrayList<>();
        List<String> excludedNames = new ArrayList<>(request.excludeNations());
        excludedNames.addAll(request.excludeOptions());
        if (!excludedNames.isEmpty()) {
            out.add(NearOptimal.bestWithout(String.join(", ", excludedNames)));
        }
        if (request.directions().isEmpty()) {
            out.addAll(NearOptimal.directions(s));
            NearOptimal.Direction farthest = NearOptimal.direction(s, NearOptimal.FARTHEST).orElse(null);
            for (int i = 0; farthest != null && i < request.count(); i++) {
                out.add(farthest);
            }
            return out;
        }
        for (String name : request.directions()) {
            out.add(NearOptimal.direction(s, name).orElseThrow(() -> new InputException("--direction", 0, null,
                    "\"" + name + "\" is not a direction of " + s.name() + "; choose from: " + String.join(", ",
                    NearOptimal.directions(s).stream().map(NearOptimal.Direction::name).toList()))));
        }
        return out;
    }

    /** The option ids that --exclude-nation and --exclude-option leave out; an unknown name is bad input. */
    static Set<String> excludedOptions(Scenario s, Request request) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> nations = new LinkedHashSet<>();
        s.options().forEach(o -> nations.add(o.nation()));
        for (String nation : request.excludeNations()) {
            if (!nations.contains(nation)) {
                throw new InputException("--exclude-nation", 0, null, "\"" + nation + "\" has no investment options "
                        + "in " + s.name() + "; nations with options: " + String.join(", ", nations));
            }
            s.options().stream().filter(o -> o.nation().equals(nation)).forEach(o -> out.add(o.id()));
        }
        for (String option : request.excludeOptions()) {
            if (s.option(option).isEmpty()) {
                throw new InputException("--exclude-option", 0, null, "\"" + option + "\" is not an investment "
                        + "option of " + s.name() + "; options: " + String.join(", ",
                        s.options().stream().map(InvestmentOption::id).toList()));
            }
            out.add(option);
        }
        return out;
    }

    /**
     * The distance between two plans: the money each puts into each option and funding year (capex share plus
     * subsidies), absolute differences summed, over the larger plan's total; 0 when neither invests.
     */
    public static double distance(List<ResultSummary.Investment> a, List<ResultSummary.Investment> b) {
        Map<String, Double> difference = new TreeMap<>();
        a.forEach(i -> difference.merge(i.option() + "@" + i.startYear(), money(i), Double::sum));
        b.forEach(i -> difference.merge(i.option() + "@" + i.startYear(), -money(i), Double::sum));
        double larger = Math.max(a.stream().mapToDouble(Alternatives::money).sum(),
                b.stream().mapToDouble(Alternatives::money).sum());
        double sum = difference.values().stream().mapToDouble(Math::abs).sum();
        return larger <= 0 ? 0 : sum / larger;
    }

    private static double money(ResultSummary.Investment i) {
        return i.costBillionUsd() + i.subsidyBillionUsd();
    }

    /** The relative gap of {@code objective} to {@code optimum}: over |optimum|, or absolute when it is 0. */
    public static double gap(double objective, double optimum) {
        return optimum == 0 ? objective - optimum : (objective - optimum) / Math.abs(optimum);
    }

    private static AlternativesResult result(Scenario s, double within, List<Alternative> kept, RunResult optimum) {
        List<AlternativesResult.Alternative> out = new ArrayList<>();
        ResultSummary first = optimum.summary();
        for (Alternative a : kept) {
            out.add(summarize(s, a, first));
        }
        return new AlternativesResult(s.name(), within, out);
    }

    private static AlternativesResult.Alternative summarize(Scenario s, Alternative a, ResultSummary optimum) {
        ResultSummary r = a.result().summary();
        Double gap = r.objective() == null || optimum.objective() == null ? null
                : round(gap(r.objective(), optimum.objective()));
        Map<String, Double> byNation = spendingBy(r.investments(), ResultSummary.Investment::nation);
        Map<String, Double> byStage = spendingBy(r.investments(), ResultSummary.Investment::stage);
        List<String> funded = r.investments().stream().map(ResultSummary.Investment::option).distinct().sorted()
                .toList();
        String distinction = a.direction().equals(OPTIMUM) ? "the optimum" : Distinction.of(s, r, optimum);
        String status = a.directionOptimal() ? r.status() : "FEASIBLE";
        return new AlternativesResult.Alternative(a.direction(), r.objective(), gap, r.investments(), status,
                a.result().auditPassed(), r.objectiveName(), r.planningNation(), r.spentBillionUsd(),
                r.endToEndDependency(), byNation, byStage, funded, distinction);
    }

    static Map<String, Double> spendingBy(List<ResultSummary.Investment> investments,
                                          java.util.function.Function<ResultSummary.Investment, String> key) {
        Map<String, Double> sums = new TreeMap<>();
        investments.forEach(i -> sums.merge(key.apply(i), money(i), Double::sum));
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

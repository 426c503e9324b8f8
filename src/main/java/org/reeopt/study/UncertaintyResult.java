package org.reeopt.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reeopt.scenario.Target;
import org.reeopt.scenario.UncertainInput;

/**
 * A Monte Carlo study: the inputs, the deterministic plan's outcome ({@code base}), every finished draw (in draw
 * order), the statistics of each mode and the tornado. {@code draws} is the number asked for; {@code finished} the
 * number done (fewer after an interruption).
 */
public record UncertaintyResult(String scenario, int draws, long seed, List<UncertainInput> inputs, String planSource,
                                DrawOutcome base, List<Integer> keyYears, List<Target> targets,
                                List<MonteCarlo.Draw> finished, Map<MonteCarlo.Mode, ModeSummary> modes,
                                Tornado tornado) {

    /**
     * The statistics of one mode over the finished draws: P10/P50/P90/mean of end-to-end and stage dependency by
     * year and of spending; the probability of meeting each target by year (a draw without a plan counts as not
     * meeting it); the draws without a plan; and the draws with a plan whose plants the build limits' commissioning
     * queue delayed ({@code queuedDraws}, by up to {@code maxQueueDelayYears}; {@code queuedPastHorizonDraws} of
     * them with a plant pushed past the horizon; 0 in the re-optimized mode).
     */
    public record ModeSummary(Map<Integer, Quantiles> endToEnd, Map<String, Map<Integer, Quantiles>> stage,
                              Quantiles spentBillionUsd, Map<Integer, Quantiles> spendBillionUsdByYear,
                              Map<String, Map<Integer, Double>> targetProbability, int failed, String firstFailure,
                              int queuedDraws, int maxQueueDelayYears, int queuedPastHorizonDraws) {

        /**
         * The probability of meeting {@code t} by year; a file saved before targets were labelled with their product
         * ({@link #label}) holds it under the description alone.
         */
        public Map<Integer, Double> probabilityOf(Target t) {
            Map<Integer, Double> p = targetProbability.get(label(t));
            return p != null ? p : targetProbability.get(t.describe());
        }

        static ModeSummary of(List<DrawOutcome> outcomes, List<Integer> years, List<Target> measured) {
            List<DrawOutcome> ok = outcomes.stream().filter(o -> !o.failed()).toList();
            Map<Integer, Quantiles> e = new TreeMap<>();
            Map<Integer, Quantiles> spend = new TreeMap<>();
            Map<String, Map<Integer, Quantiles>> stage = new LinkedHashMap<>();
            for (int y : years) {
                e.put(y, Quantiles.of(ok.stream().map(o -> o.endToEnd().get(y)).toList()));
                spend.put(y, Quantiles.of(ok.stream().map(o -> o.spendBillionUsdByYear().getOrDefault(y, 0.0))
                        .toList()));
            }
            if (!ok.isEmpty()) {
                for (String s : new TreeMap<>(ok.get(0).stage()).keySet()) {
                    Map<Integer, Quantiles> byYear = new TreeMap<>();
                    for (int y : years) {
                        byYear.put(y, Quantiles.of(ok.stream().map(o -> o.stage().get(s).get(y)).toList()));
                    }
                    stage.put(s, byYear);
                }
            }
            Map<String, Map<Integer, Double>> probability = new LinkedHashMap<>();
            for (Target t : measured) {
                Map<Integer, Double> byYear = new TreeMap<>();
                for (int y : years) {
                    if (!t.covers(y) || outcomes.isEmpty()) {
                        continue;
                    }
                    long met = outcomes.stream().filter(o -> !o.failed()
                            && Boolean.TRUE.equals(o.targetsMet().get(label(t)).get(y))).count();
                    byYear.put(y, (double) met / outcomes.size());
                }
                probability.put(label(t), byYear);
            }
            String first = outcomes.stream().filter(DrawOutcome::failed).map(DrawOutcome::failure).findFirst()
                    .orElse(null);
            List<DrawOutcome.Queue> queues = ok.stream().map(DrawOutcome::queue).filter(q -> q != null).toList();
            return new ModeSummary(e, stage, Quantiles.of(ok.stream().map(DrawOutcome::spentBillionUsd).toList()),
                    spend, probability, outcomes.size() - ok.size(), first, queues.size(),
                    queues.stream().mapToInt(DrawOutcome.Queue::maxYears).max().orElse(0),
                    (int) queues.stream().filter(q -> q.droppedUnits() > 0).count());
        }
    }

    /**
     * A measured target's key and name in the draws, the tables and the JSON: its description, with the final product
     * an end-to-end or tonnage target names in brackets (two such targets on different products would otherwise read
     * alike, and the second would overwrite the first's verdicts).
     */
    public static String label(Target t) {
        return t.isEndToEnd() && t.material().isPresent() ? t.describe() + " (" + t.material().get() + ")"
                : t.describe();
    }

    public UncertaintyResult {
        inputs = List.copyOf(inputs);
        keyYears = List.copyOf(keyYears);
        targets = List.copyOf(targets);
        finished = List.copyOf(finished);
        modes = new LinkedHashMap<>(modes);
    }

    /** The draws' values of one metric in one mode, in draw order (NaN for a draw without a plan). */
    public List<Double> values(MonteCarlo.Mode mode, java.util.function.ToDoubleFunction<DrawOutcome> metric) {
        List<Double> out = new ArrayList<>();
        for (MonteCarlo.Draw d : finished) {
            DrawOutcome o = d.outcomes().get(mode);
            out.add(o.failed() ? Double.NaN : metric.applyAsDouble(o));
        }
        return out;
    }
}

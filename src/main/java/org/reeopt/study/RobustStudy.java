package org.reeopt.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.SampledFutures;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.results.Summarizer;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.scenario.Uncertainty;

/**
 * {@code uncertainty --robust}: one plan chosen against N sampled futures ({@link SampledFutures}), then it and the
 * deterministic plan held fixed in the same N futures (in-sample) and in fresh draws (out-of-sample). The in-sample
 * futures are draws -1 to -N of the study's seed ({@link MonteCarlo#sample}: future k, from 1, is draw -k), so they
 * never coincide with the Monte Carlo draws (indices from 0 up) that measure the plans out-of-sample.
 */
public final class RobustStudy {
    /** The names of the two plans compared, as in the reports. */
    public static final String ROBUST = "robust plan";
    public static final String DETERMINISTIC = "deterministic plan";

    private RobustStudy() {
    }

    /** What to choose: the number of sampled futures, and the target whose probability to maximize (if any). */
    public record Settings(int futures, Optional<Target> chanceTarget) {
    }

    /**
     * One plan's outcome held fixed in a set of futures: the statistics of {@link MonteCarlo.Mode#FIXED_PLAN}, and
     * the share of futures meeting the chance target in every year it covers (null without one). Futures without a
     * plan (the plan cannot be operated there) are counted in the summary's {@code failed} and miss the target.
     */
    public record PlanOutcome(UncertaintyResult.ModeSummary summary, Double chanceProbability) {
    }

    /**
     * The robust study: the objective chosen, the status of the robust solve (and why there is no plan), the model's
     * expected objective over the sampled futures and, with a chance target, the share of them it meets; the two
     * plans' builds; the audit of the robust plan in every sampled future; each plan's outcome in-sample and
     * out-of-sample (keyed by {@link #ROBUST} and {@link #DETERMINISTIC}); and the gap sentence.
     */
    public record Result(int futures, long seed, int outOfSampleDraws, String objective, String chanceTarget,
                         String status, String message, double expectedObjective, Double chanceProbabilityInModel,
                         List<Plan.Build> robustBuilds, List<Plan.Build> deterministicBuilds, int auditChecks,
                         List<String> auditBreaches, Map<String, PlanOutcome> inSample,
                         Map<String, PlanOutcome> outOfSample, List<Integer> keyYears, String gap) {
        public Result {
            robustBuilds = List.copyOf(robustBuilds);
            deterministicBuilds = List.copyOf(deterministicBuilds);
            auditBreaches = List.copyOf(auditBreaches);
            inSample = new LinkedHashMap<>(inSample);
            outOfSample = new LinkedHashMap<>(outOfSample);
            keyYears = List.copyOf(keyYears);
        }

        public boolean hasPlan() {
            return message == null;
        }
    }

    /** Future {@code k} (from 0) of the robust study is draw {@code -(k + 1)} of the seed. */
    static int drawIndex(int k) {
        return -(k + 1);
    }

    /** The drawn scenarios of the N in-sample futures; a drawn scenario the validator refuses is bad input. */
    static List<Scenario> futures(MonteCarlo.Study study, int n, long seed) {
        List<Scenario> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Scenario drawn = Uncertainty.apply(study.scenario, study.inputs, MonteCarlo.sample(study.inputs, seed,
                    drawIndex(k)));
            try {
                Pipeline.validate(drawn);
            } catch (RuntimeException e) {
                if (!Pipeline.refusedAsInvalid(e)) {
                    throw e;
                }
                throw new InputException("--futures", 0, null, "sampled future " + (k + 1) + " (draw " + drawIndex(k)
                        + ") is not a valid scenario: " + e.getMessage());
            }
            out.add(drawn);
        }
        return out;
    }

    /**
     * The robust plan against {@code robust.futures()} sampled futures, and both plans in-sample and on the draws
     * of {@code main} (the Monte Carlo study already run, whose fixed-plan mode held the deterministic plan).
     */
    public static Result run(MonteCarlo.Study study, UncertaintyResult main, Settings robust, long seed,
                             int threads) {
        if (study.plan == null) {
            throw new InputException("--robust", 0, null, "compares the robust plan with the deterministic plan held "
                    + "fixed; use --mode both or --mode fixed");
        }
        if (study.scenario.supplyRisk().isRobust()) {
            throw new InputException("--robust", 0, null, "the scenario already has risk scenarios (supplyRisk"
                    + ".riskScenarios); a plan against sampled futures replaces them: remove them or drop --robust");
        }
        List<Scenario> drawn = futures(study, robust.futures(), seed);
        String objective = robust.chanceTarget().map(t -> "probability of meeting " + t.describe()
                + ", then expected weighted dependency").orElse("expected weighted dependency");
        String chance = robust.chanceTarget().map(Target::describe).orElse(null);
        SampledFutures.Outcome chosen = SampledFutures.solve(study.scenario, drawn, robust.chanceTarget(),
                study.options, "the robust plan of " + study.scenario.name());
        List<Plan.Build> deterministicBuilds = reported(study.plan.builds(), study.scenario);
        if (!chosen.status().hasPlan()) {
            return new Result(robust.futures(), seed, main.finished().size(), objective, chance,
                    chosen.status().name(), "no robust plan: status " + chosen.status()
                    + (chosen.message() == null ? "" : " (" + chosen.message() + ")"), Double.NaN, null, List.of(),
                    deterministicBuilds, 0, List.of(), Map.of(), Map.of(), study.keyYears, null);
        }
        List<Target> measured = study.measured;
        Map<String, PlanOutcome> inSample = new LinkedHashMap<>();
        inSample.put(ROBUST, held(drawn, study, chosen.plan(), robust.chanceTarget(), threads));
        inSample.put(DETERMINISTIC, held(drawn, study, study.plan, robust.chanceTarget(), threads));
        MonteCarlo.Study robustHeld = new MonteCarlo.Study(study.scenario, study.inputs, study.options, chosen.plan(),
                study.base, measured, List.of(MonteCarlo.Mode.FIXED_PLAN), study.keyYears);
        List<Integer> indices = main.finished().stream().map(MonteCarlo.Draw::index).toList();
        List<DrawOutcome> robustOut = Parallel.map(indices, i -> robustHeld.draw(i, seed).outcomes()
                .get(MonteCarlo.Mode.FIXED_PLAN), threads, (i, o) -> { });
        List<DrawOutcome> deterministicOut = main.finished().stream()
                .map(d -> d.outcomes().get(MonteCarlo.Mode.FIXED_PLAN)).toList();
        Map<String, PlanOutcome> outOfSample = new LinkedHashMap<>();
        outOfSample.put(ROBUST, outcome(robustOut, study, robust.chanceTarget()));
        outOfSample.put(DETERMINISTIC, outcome(deterministicOut, study, robust.chanceTarget()));
        return new Result(robust.futures(), seed, indices.size(), objective, chance, chosen.status().name(), null,
                Summarizer.round(chosen.expectedObjective()), chosen.chanceProbability(),
                reported(chosen.plan().builds(), study.scenario), deterministicBuilds,
                chosen.audit().checks(), chosen.audit().breaches(), inSample, outOfSample, study.keyYears,
                gap(inSample.get(ROBUST), outOfSample.get(ROBUST), study.keyYears, robust.futures(), indices.size()));
    }

    /**
     * {@code builds} as the solve's JSON shows them: units to nine decimals ({@link Summarizer#round}), and a lumpy
     * option's units snapped to the whole number when within 1e-6 of it (solver noise such as 0.99999999666667).
     */
    static List<Plan.Build> reported(List<Plan.Build> builds, Scenario s) {
        return builds.stream().map(b -> {
            double units = b.units();
            boolean lumpy = s.option(b.option()).map(o -> o.lumpy()).orElse(false);
            if (lumpy && Math.abs(units - Math.rint(units)) <= 1e-6) {
                units = Math.rint(units);
            }
            return new Plan.Build(b.option(), b.fundingYear(), Summarizer.round(units));
        }).toList();
    }

    /** {@code plan} held fixed in each drawn scenario (only operation re-optimized), as in the Monte Carlo. */
    private static PlanOutcome held(List<Scenario> drawn, MonteCarlo.Study study, FixedPlan plan,
                                    Optional<Target> chance, int threads) {
        List<Integer> ks = new ArrayList<>();
        for (int k = 0; k < drawn.size(); k++) {
            ks.add(k);
        }
        List<DrawOutcome> outcomes = Parallel.map(ks, k -> MonteCarlo.fixed(drawn.get(k), study.options, plan,
                study.measured), threads, (k, o) -> { });
        return outcome(outcomes, study, chance);
    }

    private static PlanOutcome outcome(List<DrawOutcome> outcomes, MonteCarlo.Study study, Optional<Target> chance) {
        UncertaintyResult.ModeSummary summary = UncertaintyResult.ModeSummary.of(outcomes,
                study.scenario.horizon().years(), study.measured);
        Double probability = chance.map(t -> {
            if (outcomes.isEmpty()) {
                return Double.NaN;
            }
            long met = outcomes.stream().filter(o -> TargetCheck.metInEveryYear(o, t)).count();
            return (double) met / outcomes.size();
        }).orElse(null);
        return new PlanOutcome(summary, probability);
    }

    /**
     * The in-sample versus out-of-sample sentence: the robust plan's mean end-to-end dependency in the last key year
     * (and the chance target's probability) in the N futures it was chosen against and on fresh draws.
     */
    static String gap(PlanOutcome in, PlanOutcome out, List<Integer> keyYears, int futures, int draws) {
        int year = keyYears.get(keyYears.size() - 1);
        Quantiles a = in.summary().endToEnd().get(year);
        Quantiles b = out.summary().endToEnd().get(year);
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "The robust plan's mean end-to-end "
                + "dependency in %d is %s in the %d futures it was chosen against and %s on %d fresh draws", year,
                percent(a.mean()), futures, percent(b.mean()), draws));
        if (in.chanceProbability() != null) {
            s.append(String.format(java.util.Locale.ROOT, "; it meets the target in %s of those futures and %s of the "
                    + "fresh draws", percent(in.chanceProbability()), percent(out.chanceProbability())));
        }
        s.append(". In-sample figures flatter the plan on average (it was fitted to those futures) and both carry "
                + "sampling error: quote the fresh-draw figures; the difference shrinks as --futures and --draws grow.");
        return s.toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}

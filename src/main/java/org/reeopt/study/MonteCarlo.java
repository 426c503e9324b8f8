package org.reeopt.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Spending;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.scenario.UncertainInput;
import org.reeopt.scenario.Uncertainty;

/**
 * Monte Carlo over a scenario's uncertain inputs, in two modes: the deterministic plan held fixed in each draw (only
 * operation re-optimized), and the optimum of each draw. Draw {@code i}'s values come from its own random stream,
 * seeded from (seed, i) alone ({@link #sample}), so a draw is the same whatever the number of draws, the thread
 * count or the machine: a large study can be split by ranges of draw indices and merged.
 *
 * <p>Targets (the scenario's and the command line's) are measured, not imposed: every draw is solved without them,
 * and the share of draws meeting each is reported by year. The deterministic plan itself is chosen as
 * {@code solve} chooses it, with the scenario's targets.
 */
public final class MonteCarlo {
    /** The two modes, with their JSON keys. */
    public enum Mode {
        FIXED_PLAN("fixedPlan", "fixed plan"), REOPTIMIZED("reoptimized", "re-optimized");

        private final String key;
        private final String words;

        Mode(String key, String words) {
            this.key = key;
            this.words = words;
        }

        public String key() {
            return key;
        }

        public String words() {
            return words;
        }
    }

    /**
     * What to run: draws {@code firstDraw} to {@code firstDraw + draws - 1} (a range of a study split across
     * machines), the seed, threads, and the modes.
     */
    public record Settings(int draws, long seed, int threads, List<Mode> modes, int firstDraw) {
        public Settings {
            modes = List.copyOf(modes);
        }

        /** Draws 0 to {@code draws - 1}. */
        public Settings(int draws, long seed, int threads, List<Mode> modes) {
            this(draws, seed, threads, modes, 0);
        }
    }

    /** One draw: its index, the drawn value of each input, and its outcome in each mode run. */
    public record Draw(int index, double[] values, Map<Mode, DrawOutcome> outcomes) {
    }

    private MonteCarlo() {
    }

    /** The seed of draw {@code draw}'s stream: a mix of the study's seed and the draw index alone. */
    static long streamSeed(long seed, int draw) {
        return mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (draw + 1L));
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer (as SplittableRandom uses): a bijection of 64 bits. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The values of draw {@code draw}: one uniform per input, in input order, through its quantile function. */
    public static double[] sample(List<UncertainInput> inputs, long seed, int draw) {
        SplittableRandom random = new SplittableRandom(streamSeed(seed, draw));
        double[] values = new double[inputs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = inputs.get(i).distribution().quantile(random.nextDouble());
        }
        return values;
    }

    /** Every input at its neutral value (the deterministic scenario) except input {@code i} at {@code value}. */
    static double[] oneAtATime(List<UncertainInput> inputs, int i, double value) {
        double[] values = new double[inputs.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = k == i ? value : inputs.get(k).kind().neutral();
        }
        return values;
    }

    /**
     * The study: the deterministic plan (or {@code givenPlan}), then draws 0 .. draws-1 in parallel, each reported to
     * {@code onEachDone} as it finishes, and the tornado of the fixed plan.
     */
    public static UncertaintyResult run(Scenario scenario, Uncertainty uncertainty, RunOptions options,
                                        Optional<FixedPlan> givenPlan, Settings settings,
                                        java.util.function.Consumer<Draw> onEachDone) {
        return run(prepare(scenario, uncertainty, options, givenPlan, settings.modes()), settings, onEachDone);
    }

    /** The same for a prepared study (so that an interrupted command can print the finished draws). */
    public static UncertaintyResult run(Study study, Settings settings, java.util.function.Consumer<Draw> onEachDone) {
        List<Draw> draws = draws(study, settings, onEachDone);
        List<Tornado.Bar> bars = study.modes.contains(Mode.FIXED_PLAN)
                ? Parallel.map(indicesOf(study.inputs), study::tornadoBar, settings.threads(), (i, b) -> { })
                : List.of();
        return study.result(draws, settings, Tornado.sorted(bars, study.keyYears));
    }

    /** The draws of {@code settings} alone (no tornado), in draw order, each reported as it finishes. */
    public static List<Draw> draws(Study study, Settings settings, java.util.function.Consumer<Draw> onEachDone) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < settings.draws(); i++) {
            indices.add(settings.firstDraw() + i);
        }
        return Parallel.map(indices, i -> study.draw(i, settings.seed()), settings.threads(),
                (i, d) -> onEachDone.accept(d));
    }

    /** The statistics of the draws finished so far (an interrupted study), without a tornado. */
    public static UncertaintyResult partial(Study study, List<Draw> finished, Settings settings) {
        return study.result(finished, settings, Tornado.sorted(List.of(), study.keyYears));
    }

    private static List<Integer> indicesOf(List<?> list) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * Everything the draws share: the scenario without targets, the inputs, the plan to hold fixed and its
     * deterministic outcome, the targets measured and the key years.
     */
    public static Study prepare(Scenario scenario, Uncertainty uncertainty, RunOptions options,
                                Optional<FixedPlan> givenPlan, List<Mode> modes) {
        if (scenario.objective().mode() == org.reeopt.scenario.ObjectiveSpec.Mode.COST
                || options.minimize().filter(m -> m == org.reeopt.scenario.ObjectiveSpec.Mode.COST).isPresent()) {
            throw new InputException(options.minimize().isPresent() ? "--minimize" : scenario.file(), 0, null,
                    "uncertainty works in dependency mode (the targets are measured in each draw, not met at least "
                    + "cost); use a scenario or --minimize dependency");
        }
        List<Target> measured = new ArrayList<>(scenario.targets());
        if (!options.extraTargets().isEmpty()) {
            Pipeline.checkCommandLineTargets(scenario, options.extraTargets(), "--target");
            measured.addAll(options.extraTargets());
        }
        RunOptions plain = new RunOptions(options.budgetBillionUsd(), options.relax(), options.solver(),
                options.timeLimitSeconds(), options.mipGap(), Optional.empty(), List.of(), options.restrictionsFrom(),
                options.criterion());
        Scenario open = scenario.withObjectiveAndTargets(scenario.objective(), List.of());
        List<UncertainInput> inputs = uncertainty.inputs(scenario);
        FixedPlan plan = null;
        DrawOutcome base;
        if (modes.contains(Mode.FIXED_PLAN)) {
            if (givenPlan.isPresent()) {
                plan = givenPlan.get();
            } else {
                RunResult deterministic = Pipeline.run(scenario, plain);
                if (!deterministic.status().hasPlan()) {
                    throw new NoPlanException(deterministic);
                }
                plan = SavedPlan.from(deterministic.summary(), "the deterministic plan of " + scenario.name());
            }
            base = fixed(open, plain, plan, measured);
        } else {
            base = outcome(Pipeline.runWithoutDuals(open, plain), measured);
        }
        return new Study(open, inputs, plain, plan, base, measured, modes,
                org.reeopt.results.KeyYears.of(scenario.horizon().years()));
    }

    /** The deterministic plan has none (infeasible, or the solver found none): nothing to hold fixed. */
    public static final class NoPlanException extends RuntimeException {
        private final transient RunResult run;

        NoPlanException(RunResult run) {
            super("the deterministic plan has status " + run.status() + ": " + run.summary().message());
            this.run = run;
        }

        public RunResult run() {
            return run;
        }
    }

    /** What the draws of one study share. */
    public static final class Study {
        final Scenario scenario;
        final List<UncertainInput> inputs;
        final RunOptions options;
        final FixedPlan plan;
        final DrawOutcome base;
        final List<Target> measured;
        final List<Mode> modes;
        final List<Integer> keyYears;

        Study(Scenario scenario, List<UncertainInput> inputs, RunOptions options, FixedPlan plan, DrawOutcome base,
              List<Target> measured, List<Mode> modes, List<Integer> keyYears) {
            this.scenario = scenario;
            this.inputs = List.copyOf(inputs);
            this.options = options;
            this.plan = plan;
            this.base = base;
            this.measured = List.copyOf(measured);
            this.modes = List.copyOf(modes);
            this.keyYears = keyYears;
        }

        Draw draw(int index, long seed) {
            double[] values = sample(inputs, seed, index);
            Scenario drawn = Uncertainty.apply(scenario, inputs, values);
            Map<Mode, DrawOutcome> out = new LinkedHashMap<>();
            for (Mode m : modes) {
                out.put(m, m == Mode.FIXED_PLAN ? fixed(drawn, options, plan, measured)
                        : reoptimized(drawn, options, measured));
            }
            return new Draw(index, values, out);
        }

        Tornado.Bar tornadoBar(int i) {
            UncertainInput in = inputs.get(i);
            double low = in.distribution().quantile(0.1);
            double high = in.distribution().quantile(0.9);
            DrawOutcome atLow = fixed(Uncertainty.apply(scenario, inputs, oneAtATime(inputs, i, low)), options, plan,
                    measured);
            DrawOutcome atHigh = fixed(Uncertainty.apply(scenario, inputs, oneAtATime(inputs, i, high)), options,
                    plan, measured);
            return new Tornado.Bar(in, low, high, atLow, atHigh);
        }

        UncertaintyResult result(List<Draw> draws, Settings settings, Tornado tornado) {
            List<Draw> ordered = new ArrayList<>(draws);
            ordered.sort(java.util.Comparator.comparingInt(Draw::index));
            Map<Mode, UncertaintyResult.ModeSummary> byMode = new LinkedHashMap<>();
            for (Mode m : modes) {
                byMode.put(m, UncertaintyResult.ModeSummary.of(ordered.stream().map(d -> d.outcomes().get(m))
                        .toList(), scenario.horizon().years(), measured));
            }
            return new UncertaintyResult(scenario.name(), settings.draws(), settings.seed(), inputs,
                    plan == null ? null : plan.source(), base, keyYears, measured, ordered, byMode, tornado);
        }

        public List<Integer> keyYears() {
            return keyYears;
        }
    }

    /** The optimum of a drawn scenario, or why there is none. */
    static DrawOutcome reoptimized(Scenario drawn, RunOptions options, List<Target> measured) {
        try {
            return audited(Pipeline.runWithoutDuals(drawn, options), measured);
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    /**
     * {@code plan} held fixed in a drawn scenario. A funding that can no longer produce within the horizon (its lead
     * time drawn longer) has no column in the drawn model: it is left out of the model, as it would produce nothing,
     * and its capex (at the drawn cost and profile) is added to the spending. Plants that drawn lead times bunch into
     * one first output year beyond a build limit wait in the {@link CommissioningQueue}: they come online later, but
     * their capex is paid as the plan funds it.
     */
    static DrawOutcome fixed(Scenario drawn, RunOptions options, FixedPlan plan, List<Target> measured) {
        CommissioningQueue.Queued queue = CommissioningQueue.of(drawn, plan.builds());
        FixedPlan held = plan.withBuilds(queue.held());
        try {
            DrawOutcome o = outcome(Pipeline.evaluate(drawn, options, held), measured);
            if (o.failed()) {
                return o;
            }
            if (!queue.dropped().isEmpty()) {
                // the money of a funding that no longer produces in the horizon is still spent (drawn capex)
                Spending lost = Spending.of(drawn, new Plan(queue.dropped(), Map.of(), Map.of(), Map.of(), Map.of()));
                o = o.plusSpending(lost.totalBillionUsd(), lost.byYearBillionUsd());
            }
            if (!queue.moves().isEmpty()) {
                Map<Integer, Double> correction = CommissioningQueue.capexCorrection(drawn, queue.moves());
                o = o.plusSpending(correction.values().stream().mapToDouble(Double::doubleValue).sum(), correction)
                        .withQueue(queue.summary());
            }
            return o;
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e; // the plan names what the scenario lacks: bad input, not a draw without a plan
            }
            return refused(e);
        }
    }

    /** A drawn scenario the validator refuses (e.g. a lead time drawn beyond 50 years) has no plan; others rethrow. */
    private static DrawOutcome refused(RuntimeException e) {
        if (Pipeline.refusedAsInvalid(e) || e instanceof InputException) {
            return DrawOutcome.failed("the drawn scenario is not valid: " + e.getMessage());
        }
        throw e;
    }

    /**
     * The outcome of a re-optimized draw: a plan the independent audit rejects is not counted as a result (as
     * {@code solve} exits 4 on it). A plan held fixed is not judged so: its audit also checks the money of a plan
     * already made against the budget, which drawn overruns may exceed by design (see {@link #fixed}).
     */
    static DrawOutcome audited(RunResult run, List<Target> measured) {
        if (run.status().hasPlan() && !run.auditPassed()) {
            ResultSummary r = run.summary();
            List<String> breaches = r.audit() == null ? List.of() : r.audit().breaches();
            return DrawOutcome.failed("the independent audit rejected the plan" + (breaches.isEmpty() ? ""
                    : ": " + breaches.get(0) + (breaches.size() > 1 ? " (and " + (breaches.size() - 1) + " more)" : "")));
        }
        return outcome(run, measured);
    }

    static DrawOutcome outcome(RunResult run, List<Target> measured) {
        ResultSummary r = run.summary();
        if (!run.status().hasPlan() || r.endToEndDependency() == null) {
            return DrawOutcome.failed("status " + run.status() + (r.message() == null ? "" : ": " + r.message()));
        }
        Map<Integer, Double> e = byYear(r.endToEndDependency());
        Map<String, Map<Integer, Double>> stage = new TreeMap<>();
        r.stageDependency().forEach((s, m) -> stage.put(s, byYear(m)));
        Map<String, Map<Integer, Boolean>> met = new LinkedHashMap<>();
        Map<String, Map<Integer, Double>> magnetTonnes = new LinkedHashMap<>();
        org.reeopt.results.DependencyMetrics metrics = new org.reeopt.results.DependencyMetrics(run.scenario(),
                run.plan());
        for (Target t : measured) {
            if (t.isMagnetTonnage()) {
                // the solve's target report computes this tonnage from its plan the same way (TargetOutcomes)
                Map<Integer, Double> tonnes = new TreeMap<>();
                r.years().forEach(y -> tonnes.put(y, metrics.chinaFreeRareEarthMagnetTonnes(t, y)));
                magnetTonnes.put(UncertaintyResult.label(t), tonnes);
            }
            met.put(UncertaintyResult.label(t), TargetCheck.met(t, run.scenario(), metrics, r.years()));
        }
        return new DrawOutcome(e, stage, r.spentBillionUsd(), byYear(r.spendBillionUsdByYear()), met, null,
                magnetTonnes);
    }

    static Map<Integer, Double> byYear(Map<String, Double> m) {
        Map<Integer, Double> out = new TreeMap<>();
        if (m != null) {
            m.forEach((y, v) -> out.put(Integer.parseInt(y), v));
        }
        return out;
    }
}

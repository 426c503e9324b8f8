package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;
import org.reeopt.testsupport.RandomScenario;
import org.reeopt.testsupport.RandomScenarios;

/**
 * Differential test of the three backends on random valid scenarios ({@link RandomScenarios}): each scenario is
 * written as files, loaded, and solved end to end ({@code Pipeline.run}, as {@code reeopt solve --solver S} does) by
 * ojAlgo, CBC and GLPK. They must agree on the status, on the primary objective within {@link #OBJECTIVE_RELATIVE}
 * relative, and on spending within {@link #SPENDING_BILLION_USD}; every plan must come from the backend asked for
 * and pass the independent audit (results.PlanAudit). The scenarios ask for a MIP gap of 0, so that MIP optima are
 * compared as exactly as LP ones.
 *
 * <p>Spending comes from the least-spending second solve, which may let the primary objective rise by the hold
 * tolerances of LexicographicSolve (docs/formulation.md: 1e-7 (1 + |z|) while a MIP's integer decisions are chosen,
 * 1e-9 + 1e-9|z| for the rest); on these scenarios, where a billion USD moves
 * the objective by far more than 0.1, that slack is worth well below 1e-6 billion USD, so spending must agree to
 * 1e-6 billion USD (1,000 USD) plus 1e-6 relative, the money tolerance of the audit.
 *
 * <p>A fixed seed; {@value #CI_TRIES} cases under CI (CI=true), {@value #LOCAL_TRIES} otherwise. A failure shrinks
 * to a minimal scenario, printed as its files (paste them into a folder and run {@code reeopt solve scenario.json
 * --solver S}). The run prints its case count and time. Skips when cbc or glpsol is missing, except under CI.
 */
class DifferentialTest {
    static final String SEED = "20261129";
    static final int CI_TRIES = 300;
    static final int LOCAL_TRIES = 30;
    static final double OBJECTIVE_RELATIVE = 1e-6;
    static final double SPENDING_BILLION_USD = 1e-6;
    static final List<String> BACKENDS = List.of("ojalgo", "cbc", "glpk");

    private long started;
    /** The three backends of a case solve at the same time (two of them are external processes). */
    private ExecutorService pool;
    private final Map<String, Integer> tally = new TreeMap<>();
    private boolean shrinking;

    static boolean underCi() {
        return System.getenv("CI") != null;
    }

    @Property(seed = SEED, tries = CI_TRIES, shrinking = ShrinkingMode.FULL)
    @AddLifecycleHook(OnlyUnderCi.class)
    void backendsAgreeUnderCi(@ForAll("scenarios") RandomScenario scenario) {
        check(scenario);
    }

    @Property(seed = SEED, tries = LOCAL_TRIES, shrinking = ShrinkingMode.FULL)
    @AddLifecycleHook(OnlyOutsideCi.class)
    void backendsAgree(@ForAll("scenarios") RandomScenario scenario) {
        check(scenario);
    }

    /** Checks one case; after the first failure, the cases jqwik tries are shrinking steps and counted as such. */
    private void check(RandomScenario scenario) {
        try {
            assertBackendsAgree(scenario);
        } catch (AssertionError e) {
            shrinking = true;
            throw e;
        }
    }

    @Provide
    net.jqwik.api.Arbitrary<RandomScenario> scenarios() {
        return RandomScenarios.scenarios();
    }

    @BeforeProperty
    void start() {
        pool = null;
        SolverAgreementTest.requirePrograms();
        started = System.nanoTime();
        tally.clear();
        shrinking = false;
        pool = Executors.newFixedThreadPool(BACKENDS.size());
    }

    @AfterProperty
    void printCountAndTime() {
        if (pool == null) {
            return; // cbc or glpsol missing: skipped before the first case
        }
        pool.shutdownNow();
        pool = null;
        Integer cases = tally.remove("cases");
        System.out.printf(Locale.ROOT, "DifferentialTest: %d cases in %.1f s (of which %s)%n", cases == null ? 0 : cases,
                (System.nanoTime() - started) / 1e9, tally);
    }

    /** One backend's answer, or what it threw. */
    private record Answer(String backend, RunResult result, Throwable thrown) {
        String status() {
            return thrown != null ? "threw " + thrown : result.status().name();
        }

        ResultSummary summary() {
            return result.summary();
        }

        @Override
        public String toString() {
            if (thrown != null) {
                StackTraceElement[] at = thrown.getStackTrace();
                return backend + ": " + status() + (at.length > 0 ? " at " + at[0] : "");
            }
            ResultSummary s = summary();
            return String.format(Locale.ROOT, "%s: %s objective %s spent %s B$ solver %s audit %s %s",
                    backend, s.status(), s.objective(), s.spentBillionUsd(), s.solver().name(),
                    s.audit() == null ? "-" : s.audit().breaches(), s.message() == null ? "" : s.message());
        }
    }

    private void assertBackendsAgree(RandomScenario random) {
        Path dir = temporaryFolder();
        try {
            Scenario scenario = Pipeline.load(random.writeTo(dir));
            List<Future<Answer>> running = new ArrayList<>();
            for (String backend : BACKENDS) {
                running.add(pool.submit(() -> solve(scenario, backend)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : running) {
                answers.add(done(f));
            }
            count(random, answers);
            String all = "\n" + String.join("\n", answers.stream().map(Answer::toString).toList());
            Answer first = answers.get(0);
            for (Answer a : answers) {
                assertTrue(a.thrown() == null && a.status().equals(first.status()), "status differs:" + all);
            }
            if (!first.result().status().hasPlan()) {
                return;
            }
            double z = first.summary().objective();
            double spent = first.summary().spentBillionUsd();
            for (Answer a : answers) {
                ResultSummary s = a.summary();
                assertTrue(s.solver().name().equals(a.backend()), a.backend() + " did not make its plan:" + all);
                assertTrue(a.result().auditPassed(), a.backend() + "'s plan fails the audit:" + all);
                assertTrue(Math.abs(s.objective() - z) <= OBJECTIVE_RELATIVE * Math.max(1.0, Math.abs(z)),
                        "objective differs:" + all);
                assertTrue(Math.abs(s.spentBillionUsd() - spent)
                        <= SPENDING_BILLION_USD + OBJECTIVE_RELATIVE * Math.abs(spent), "spending differs:" + all);
            }
        } finally {
            delete(dir);
        }
    }

    private static Answer done(Future<Answer> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Answer solve(Scenario scenario, String backend) {
        RunOptions options = new RunOptions(java.util.OptionalDouble.empty(), false, backend,
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty());
        try {
            return new Answer(backend, Pipeline.run(scenario, options), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Answer(backend, null, e);
        }
    }

    /** Counts cases by what they exercised (ojAlgo's status), for the line printed at the end. */
    private void count(RandomScenario random, List<Answer> answers) {
        if (shrinking) {
            tally.merge("shrinking steps", 1, Integer::sum);
            return;
        }
        tally.merge("cases", 1, Integer::sum);
        Answer first = answers.get(0);
        tally.merge(first.thrown() == null ? first.result().status().name().toLowerCase(Locale.ROOT) : "threw", 1,
                Integer::sum);
        boolean lumpy = random.options().stream().anyMatch(RandomScenario.Option::lumpy);
        Map<String, Boolean> has = Map.of("lumpy", lumpy, "build limits", !random.buildLimits().isEmpty(),
                "targets", !random.goal().targets().isEmpty(),
                "cost mode", random.goal().costMode() && !random.goal().targets().isEmpty(),
                "export restrictions", !random.risk().restrictions().isEmpty(),
                "stockpiles", !random.risk().stockpiles().isEmpty(),
                "supply limits", !random.risk().supplyLimits().isEmpty());
        has.forEach((what, yes) -> {
            if (yes) {
                tally.merge(what, 1, Integer::sum);
            }
        });
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("reeopt-differential");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a property only under CI (CI set), where it has the budget for {@value #CI_TRIES} cases. */
    public static final class OnlyUnderCi implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return underCi() ? SkipResult.doNotSkip() : SkipResult.skip("runs under CI only (CI=true)");
        }
    }

    /** Runs a property only outside CI, with {@value #LOCAL_TRIES} cases. */
    public static final class OnlyOutsideCi implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return underCi() ? SkipResult.skip("CI runs backendsAgreeUnderCi instead") : SkipResult.doNotSkip();
        }
    }
}

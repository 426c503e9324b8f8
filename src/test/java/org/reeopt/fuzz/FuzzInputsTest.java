package org.reeopt.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: mutates the shipped scenarios (models/*.json) and the tables they read (data/us/*.csv) thousands of
 * times, one mutation per case (a line deleted, duplicated or swapped, a number or a cell replaced, a header
 * changed, two cells swapped, a cell deleted or added, the file truncated, random or invalid UTF-8 bytes or a NUL
 * inserted, the file emptied; for JSON a key deleted, renamed, added or duplicated, a value replaced or its type
 * changed, the braces broken), runs {@code validate} on a scenario that reads the mutated file and, for a share of
 * the cases, {@code solve --format json --time-limit 5}, in process, and asserts: exit codes only 0, 2, 3 or 4;
 * never a stack trace, an exception name or an internal error, nor a request for a bug report ("the model is
 * unbounded ... please report it"); with exit code 2, every error line and every listed problem names a file (.json,
 * .csv, a --option, or "process chain"; see {@link CliRun#namesAFile}); {@code solve --format json} prints JSON; a
 * scenario {@code validate} rejects is rejected by {@code solve} too; nothing is written into the input folders.
 * A second test sets one number to an extreme value per case and solves every scenario that still validates.
 *
 * <p>The draws come from jqwik generators (see {@link FuzzCases}) seeded per case from a fixed run seed, so CI runs
 * the same cases every time; a failure names the seed, the test, the case, the file and the mutation, and the
 * command that reruns that one case. System properties (given to Maven as {@code -D...}):
 * <ul>
 *   <li>{@code fuzz.seed} run seed (default {@value #DEFAULT_SEED});</li>
 *   <li>{@code fuzz.cases} cases of the first test (default {@value #DEFAULT_CASES});</li>
 *   <li>{@code fuzz.numberCases} cases of the second test (default {@value #DEFAULT_NUMBER_CASES});</li>
 *   <li>{@code fuzz.case} run this one case only, print everything about it and keep its files in
 *       {@code target/fuzz/} (for a rerun with {@code ./reeopt}); use with {@code -Dtest='FuzzInputsTest#name'};</li>
 *   <li>{@code fuzz.solveShare} share of the first test's cases whose scenario validates that are also solved
 *       (default {@value #DEFAULT_SOLVE_SHARE});</li>
 *   <li>{@code fuzz.threads} parallel cases (default: the processors, at most 4);</li>
 *   <li>{@code fuzz.maxSeconds} time budget per test: later cases are skipped, and the log says so (default
 *       {@value #DEFAULT_MAX_SECONDS}).</li>
 * </ul>
 * The log records the count of each test: {@code fuzz: N cases, M distinct error messages (...)}.
 */
class FuzzInputsTest {
    static final long DEFAULT_SEED = 20_260_008L;
    static final int DEFAULT_CASES = 1200;
    static final double DEFAULT_SOLVE_SHARE = 0.2;
    /** Share of the cases whose scenario is rejected that are solved too (solve must reject it the same way). */
    static final double SOLVE_SHARE_REJECTED = 0.1;
    static final int DEFAULT_MAX_SECONDS = 240;
    /** Cases of the second test: one number pushed to an extreme, and every scenario that still validates solved. */
    static final int DEFAULT_NUMBER_CASES = 120;
    /** Values that overflow products and sums in the model (1e308 * 41), years and counts, or underflow. */
    static final List<String> EXTREMES = List.of("1e308", "-1e308", "1.7976931348623157e308", "1e300", "1e200",
            "1e100", "1e30", "1e15", "1e9", "4.9e-324", "1e-300", "1e-9", "-1e-9", "-1", "0", "2147483648",
            "-2147483649", "99999999999999999999999");
    /** The scenarios that solve fastest (about 0.2 s): the second test solves these when they read the file. */
    static final List<String> CHEAP = List.of("models/status-quo.json", "models/allied-network.json",
            "models/third-path.json");

    /** A case running longer than this is a hang (solve is limited to 5 s per phase). */
    static final int HANG_SECONDS = 90;
    /** Failure groups shown in the assertion message. */
    static final int SHOWN_GROUPS = 12;
    static final String ANY_TEST = "mutatedScenariosAndTablesNeverCrashTheCli";
    static final String NUMBERS_TEST = "extremeNumbersNeverCrashValidateOrSolve";

    /** Any mutation (the first test), or one number set to an extreme with every valid result solved. */
    enum Mode {
        ANY(0L), NUMBERS(0x5EED_0F_4E_B3L);

        /** Mixed into the run seed, so the two tests draw different cases from one fuzz.seed. */
        final long salt;

        Mode(long salt) {
            this.salt = salt;
        }
    }

    @TempDir
    Path tmp;

    /** The settings of one run, from system properties. */
    record Settings(Mode mode, long seed, int cases, int singleCase, double solveShare, int threads, int maxSeconds) {
        static Settings fromSystemProperties(Mode mode) {
            String casesProperty = mode == Mode.ANY ? "fuzz.cases" : "fuzz.numberCases";
            int defaultCases = mode == Mode.ANY ? DEFAULT_CASES : DEFAULT_NUMBER_CASES;
            return new Settings(mode,
                    Long.parseLong(System.getProperty("fuzz.seed", Long.toString(DEFAULT_SEED)).trim()),
                    Integer.parseInt(System.getProperty(casesProperty, Integer.toString(defaultCases)).trim()),
                    Integer.parseInt(System.getProperty("fuzz.case", "-1").trim()),
                    Double.parseDouble(System.getProperty("fuzz.solveShare", Double.toString(DEFAULT_SOLVE_SHARE))),
                    Integer.parseInt(System.getProperty("fuzz.threads",
                            Integer.toString(Math.min(4, Runtime.getRuntime().availableProcessors())))),
                    Integer.parseInt(System.getProperty("fuzz.maxSeconds", Integer.toString(DEFAULT_MAX_SECONDS))));
        }

        /** The seed the cases are drawn from: fuzz.seed, salted per test. */
        long drawSeed() {
            return seed ^ mode.salt;
        }

        String reproduce(int caseNumber) {
            return "mvn -o test -Dtest='FuzzInputsTest#" + (mode == Mode.ANY ? ANY_TEST : NUMBERS_TEST)
                    + "' -Dfuzz.seed=" + seed + " -Dfuzz.case=" + caseNumber;
        }
    }

    /** What one case did and what was wrong with it. */
    record Outcome(FuzzCases.Case c, String target, String scenario, String mutation, Path root, CliRun validate,
                   CliRun solve, List<String> problems) {
        String describe(Settings s) {
            StringBuilder b = new StringBuilder();
            b.append("seed=").append(s.seed()).append(" test=").append(s.mode()).append(" case=").append(c.number())
                    .append(" file=").append(target)
                    .append("\n  mutation: ").append(mutation)
                    .append("\n  scenario: ").append(scenario);
            for (CliRun run : solve == null ? List.of(validate) : List.of(validate, solve)) {
                b.append("\n  ").append(run.command().replace(root.toString(), "<dir>"))
                        .append(" -> exit ").append(run.exitCode());
                String err = run.thrown() != null ? String.valueOf(run.thrown()) : run.err().strip();
                for (String line : err.replace(root.toString(), "<dir>").lines().limit(8).toList()) {
                    b.append("\n    | ").append(printable(line));
                }
            }
            b.append("\n  problems: ").append(printable(String.join("; ", problems).replace(root.toString(), "<dir>")));
            b.append("\n  reproduce: ").append(s.reproduce(c.number()));
            return b.toString();
        }

        /** Control characters (a NUL from a mutated path) escaped, so that the log stays text. */
        static String printable(String s) {
            StringBuilder b = new StringBuilder();
            s.chars().forEach(ch -> b.append(ch < 0x20 && ch != '\t' ? String.format(Locale.ROOT, "\\u%04x", ch)
                    : String.valueOf((char) ch)));
            return b.toString();
        }

        long nanos() {
            return validate.nanos() + (solve == null ? 0 : solve.nanos());
        }

        /** Problems with the specifics (paths, quoted values, numbers) blanked, to group cases of one bug. */
        String signature() {
            return problems.stream().map(p -> p.replace(root.toString(), "<dir>")
                            .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "#"))
                    .distinct().sorted().reduce((a, b2) -> a + " | " + b2).orElse("");
        }
    }

    @Test
    void mutatedScenariosAndTablesNeverCrashTheCli() throws Exception {
        fuzz(Settings.fromSystemProperties(Mode.ANY));
    }

    /**
     * A solve-time bug needs a scenario that validates and a number that breaks the model (1e308 times a
     * subsidy is infinite), which the first test solves too rarely to find: this one changes one number per case to
     * an extreme value and solves every scenario that still validates, choosing the fastest that reads the file.
     */
    @Test
    void extremeNumbersNeverCrashValidateOrSolve() throws Exception {
        fuzz(Settings.fromSystemProperties(Mode.NUMBERS));
    }

    private void fuzz(Settings s) throws Exception {
        FuzzWorkspace ws = FuzzWorkspace.ofProject(Path.of("").toAbsolutePath());
        assertTrue(ws.targets().size() >= 10, "too few mutation targets: " + ws.targets());
        if (s.singleCase() >= 0) {
            runOneCaseVerbosely(s, ws);
            return;
        }
        long t0 = System.nanoTime();
        List<FuzzCases.Case> cases = FuzzCases.generate(s.drawSeed(), 0, s.cases());

        BlockingQueue<Path> roots = new LinkedBlockingQueue<>();
        for (int i = 0; i < s.threads(); i++) {
            Path root = tmp.resolve(s.mode().name().toLowerCase(Locale.ROOT) + i);
            ws.materialize(root);
            roots.add(root);
        }
        Map<Integer, Long> running = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true); // a hung case must not keep the test JVM alive
            return t;
        });
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        for (FuzzCases.Case c : cases) {
            done.submit(() -> {
                Path root = roots.take();
                running.put(c.number(), System.nanoTime());
                try {
                    return runCase(s, ws, c, root);
                } finally {
                    running.remove(c.number());
                    roots.add(root);
                }
            });
        }

        List<Outcome> outcomes = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        boolean outOfTime = false;
        while (outcomes.size() < cases.size()) {
            Future<Outcome> f = done.poll(500, TimeUnit.MILLISECONDS);
            if (f != null) {
                outcomes.add(f.get());
            }
            long now = System.nanoTime();
            running.forEach((n, start) -> {
                if (now - start > TimeUnit.SECONDS.toNanos(HANG_SECONDS)) {
                    hangs.add(n.toString());
                }
            });
            if (!hangs.isEmpty()) {
                break;
            }
            if (now - t0 > TimeUnit.SECONDS.toNanos(s.maxSeconds()) && outcomes.size() < cases.size()) {
                outOfTime = true;
                break;
            }
        }
        pool.shutdownNow();
        double seconds = (System.nanoTime() - t0) / 1e9;

        report(s, outcomes, hangs, outOfTime, seconds, cases);
    }

    /**
     * How often a file is mutated, relative to the others: the scenario every other extends and the largest table
     * most, then the tables with cross-references (chain, capacity, committed projects).
     */
    static int weight(String target) {
        return switch (target) {
            case "models/default.json", "data/us/options.csv" -> 4;
            case "data/us/existing-capacity.csv", "data/us/process-chain.csv", "data/us/committed-projects.csv" -> 2;
            default -> 1;
        };
    }

    /** The files the second test changes: the tables and the scenarios with numbers of their own. */
    static boolean hasNumbers(String target) {
        return target.endsWith(".csv") || target.equals("models/default.json")
                || target.equals("models/mobilization-500b.json");
    }

    /** Applies the case's mutation in {@code root}, runs the CLI, checks it and puts {@code root} back. */
    static Outcome runCase(Settings s, FuzzWorkspace ws, FuzzCases.Case c, Path root) {
        List<String> targets = s.mode() == Mode.ANY ? ws.targets()
                : ws.targets().stream().filter(FuzzInputsTest::hasNumbers).toList();
        String target = targets.get(FuzzCases.weighted(targets.stream().mapToInt(FuzzInputsTest::weight).toArray(),
                c.filePick()));
        Mutation mutation = mutationOf(s, c, target);
        Mutator.Applied applied = Mutator.apply(target, ws.pristine(target), mutation);
        FuzzWorkspace.write(root.resolve(target), applied.content());
        List<String> readers = ws.readersOf(target);
        if (s.mode() == Mode.NUMBERS && readers.stream().anyMatch(CHEAP::contains)) {
            readers = readers.stream().filter(CHEAP::contains).toList();
        }
        String scenario = readers.get(Mutator.pick(c.scenarioPick(), readers.size()));
        String scenarioPath = root.resolve(scenario).toString();
        List<String> problems = new ArrayList<>();

        CliRun validate = CliRun.run("validate", scenarioPath);
        validate.problems(root).forEach(p -> problems.add("validate: " + p));
        boolean solveIt = s.mode() == Mode.NUMBERS ? validate.exitCode() == 0
                : validate.exitCode() == 0 ? c.solvePick() < s.solveShare()
                : validate.exitCode() == 2 && c.solvePick() < SOLVE_SHARE_REJECTED;
        CliRun solve = null;
        if (solveIt) {
            solve = CliRun.run("solve", scenarioPath, "--format", "json", "--time-limit", "5");
            solve.problems(root).forEach(p -> problems.add("solve: " + p));
            if (validate.exitCode() == 2 && solve.exitCode() != 2) {
                problems.add("validate rejected the scenario (exit 2) but solve exited " + solve.exitCode());
            }
        }
        List<String> written = ws.differences(root, target, applied.content());
        if (!written.isEmpty()) {
            problems.add("the commands changed the input folders: " + written);
            deleteTree(root);
            ws.materialize(root);
        } else {
            ws.restore(root, target);
        }
        return new Outcome(c, target, scenario, applied.description(), root, validate, solve, problems);
    }

    /** The case's mutation for {@code target}: any kind, or (second test) a number set to an extreme. */
    static Mutation mutationOf(Settings s, FuzzCases.Case c, String target) {
        if (s.mode() == Mode.ANY) {
            return c.mutationFor(target);
        }
        Mutation m = c.mutation();
        return new Mutation(Mutation.Kind.REPLACE_NUMBER, m.at(), m.at2(), m.variant(), m.token(),
                EXTREMES.get(Mutator.pick(c.kindPick(), EXTREMES.size())), m.path(), m.bytes());
    }

    private static void report(Settings s, List<Outcome> outcomes, List<String> hangs, boolean outOfTime,
                               double seconds, List<FuzzCases.Case> cases) {
        outcomes.sort(Comparator.comparingInt(o -> o.c().number()));
        Set<String> messages = new TreeSet<>();
        Map<Integer, Integer> validateCodes = new TreeMap<>();
        Map<Integer, Integer> solveCodes = new TreeMap<>();
        int solves = 0;
        for (Outcome o : outcomes) {
            validateCodes.merge(o.validate().exitCode(), 1, Integer::sum);
            if (o.validate().exitCode() == 2) {
                messages.add(o.validate().firstError(o.root()));
            }
            if (o.solve() != null) {
                solves++;
                solveCodes.merge(o.solve().exitCode(), 1, Integer::sum);
                if (o.solve().exitCode() == 2) {
                    messages.add(o.solve().firstError(o.root()));
                }
            }
        }
        Outcome slowest = outcomes.stream().max(Comparator.comparingLong(Outcome::nanos)).orElse(null);
        System.out.printf(Locale.ROOT, "fuzz: %d cases, %d distinct error messages (%s; seed %d; %d validate runs, "
                        + "exit codes %s; %d solve runs, exit codes %s; %.1f s on %d threads; slowest case %s)%n",
                outcomes.size(), messages.size(), s.mode() == Mode.ANY ? "any mutation" : "extreme numbers", s.seed(),
                outcomes.size(), validateCodes, solves, solveCodes, seconds, s.threads(), slowest == null ? "-"
                        : String.format(Locale.ROOT, "%d, %.1f s", slowest.c().number(), slowest.nanos() / 1e9));
        if (outOfTime) {
            System.out.printf(Locale.ROOT, "fuzz: stopped at the time budget of %d s after %d of %d cases%n",
                    s.maxSeconds(), outcomes.size(), cases.size());
        }

        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        outcomes.stream().filter(o -> !o.problems().isEmpty())
                .forEach(o -> groups.computeIfAbsent(o.signature(), k -> new ArrayList<>()).add(o));
        StringBuilder failures = new StringBuilder();
        for (String hang : hangs) {
            FuzzCases.Case c = cases.get(Integer.parseInt(hang));
            failures.append("\nHANG: case ").append(c.number()).append(" ran over ").append(HANG_SECONDS)
                    .append(" s; reproduce: ").append(s.reproduce(c.number()));
        }
        int shown = 0;
        for (Map.Entry<String, List<Outcome>> g : groups.entrySet()) {
            if (shown++ == SHOWN_GROUPS) {
                failures.append("\n... and ").append(groups.size() - SHOWN_GROUPS).append(" more kinds of failure");
                break;
            }
            List<Outcome> list = g.getValue();
            failures.append("\n\n[").append(list.size()).append(list.size() == 1 ? " case] " : " cases] ")
                    .append(g.getKey()).append("\n").append(list.get(0).describe(s));
            if (list.size() > 1) {
                failures.append("\n  also cases ").append(list.stream().skip(1).limit(10)
                        .map(o -> String.valueOf(o.c().number())).reduce((a, b) -> a + ", " + b).orElse(""));
            }
        }
        if (failures.length() > 0) {
            int failed = (int) outcomes.stream().filter(o -> !o.problems().isEmpty()).count();
            String message = "fuzz: " + failed + " of " + outcomes.size() + " cases failed (" + s.mode() + ", seed "
                    + s.seed() + ", "
                    + groups.size() + " kinds)" + failures;
            fail(message);
        }
    }

    /** -Dfuzz.case=N: one case, everything printed, its files kept in target/fuzz/case-N. */
    private void runOneCaseVerbosely(Settings s, FuzzWorkspace ws) {
        FuzzCases.Case c = FuzzCases.generate(s.drawSeed(), s.singleCase(), s.singleCase() + 1).get(0);
        Path root = Path.of("target", "fuzz", s.mode().name().toLowerCase(Locale.ROOT) + "-case-" + c.number())
                .toAbsolutePath();
        deleteTree(root);
        ws.materialize(root);
        Outcome o = runCase(s, ws, c, root);
        // keep the mutated file for a look or a rerun with ./reeopt
        String target = o.target();
        FuzzWorkspace.write(root.resolve(target),
                Mutator.apply(target, ws.pristine(target), mutationOf(s, c, target)).content());
        System.out.println("fuzz case " + c.number() + " (" + s.mode() + ", seed " + s.seed() + "): " + target + ": "
                + o.mutation());
        System.out.println("files kept in " + root);
        for (CliRun run : o.solve() == null ? List.of(o.validate()) : List.of(o.validate(), o.solve())) {
            System.out.println("$ " + run.command() + "\nexit " + run.exitCode());
            System.out.println("--- stdout\n" + run.out().substring(0, Math.min(3000, run.out().length())));
            System.out.println("--- stderr\n" + run.err());
            if (run.thrown() != null) {
                run.thrown().printStackTrace(System.out);
            }
        }
        if (!o.problems().isEmpty()) {
            fail(o.describe(s));
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

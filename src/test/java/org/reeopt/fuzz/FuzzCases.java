package org.reeopt.fuzz;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The random draws of the fuzz test, made with jqwik's generators (their edge cases mixed in) from one
 * {@link Random} per case, so a case is reproduced from the run seed and its number alone.
 */
final class FuzzCases {
    /** What one case does: which target file, which mutation, and picks for its kind, the scenario and solving. */
    record Case(int number, long seed, double filePick, Mutation mutation, double kindPick, double scenarioPick,
                double solvePick) {
        /** The mutation for a file of this kind: its kind is drawn from the kinds (and weights) for the file. */
        Mutation mutationFor(String fileName) {
            boolean json = fileName.endsWith(".json");
            List<Mutation.Kind> kinds = json ? Mutation.Kind.FOR_JSON : Mutation.Kind.FOR_CSV;
            return mutation.withKind(kinds.get(weighted(json ? JSON_WEIGHTS : CSV_WEIGHTS, kindPick)));
        }
    }

    /**
     * Weights of {@link Mutation.Kind#FOR_CSV}: changed cells most (they load and reach validation and the solver),
     * whole-file damage least (one empty file is like another).
     */
    static final int[] CSV_WEIGHTS = {3, 3, 2, 2, 3, 1, 10, 3, 4, 8, 2, 2};
    /** Weights of {@link Mutation.Kind#FOR_JSON}. */
    static final int[] JSON_WEIGHTS = {2, 2, 1, 2, 2, 1, 8, 4, 5, 2, 2, 2, 8, 6};

    /** An index into {@code weights} drawn with those weights from a fraction in [0, 1]. */
    static int weighted(int[] weights, double pick) {
        double at = pick * java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Text: ids, kinds, flags, and the syntax of CSV and JSON. */
    static final List<String> TOKENS = List.of("", " ", "NaN", "-1", "0", "abc", "ten", "true", "false", "yes",
            "null", "\"", "\"\"", ",", "#", "\uFEFF", "\u0000", "a\u0000b", "é", "\u202e", "\t", "US", "CN", "JP", "EU",
            "magnet", "mining", "separation", "metal", "ndpr", "dytb", "END_TO_END", "recycling", "substitute",
            "production", "PRODUCTION", "mp-10x", "vulcan-magnets", "dependency", "cost", "0.3;0.7", "0.3;0.3",
            "NaN;1", "1;", ";", "0.5;-0.5;1");

    /** Numbers: bad syntax, special values, signs, and magnitudes that overflow years and counts. */
    static final List<String> NUMBERS = List.of("", "NaN", "nan", "Infinity", "-Infinity", "inf", "-1", "0", "-0",
            "0.0", "0.5", "1", "2", "1e-9", "0.999999", "1.0000001", "0.5.5", "1,5", "1_000", "_", "0x1F", "1e", "+",
            "-", "--1", "1d", "abc", "true", "2026.5", "2025", "2026", "2040", "2041", "1900", "9999", "-2026",
            "1e308", "-1e308", "1e309", "4.9e-324", "1e-320", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "9223372036854775807", "99999999999999999999999", "1e10", "-1e10", "1e9", "100000000",
            "1e300", "1e15");

    /** Paths for the fields that name files: folders, other files, missing files, NUL, the scenario itself. */
    static final List<String> PATHS = List.of("", " ", ".", "..", "/", "../data/us", "../data/us/",
            "../data/us/options.csv", "../data/us/demand.csv", "../data/us/process-chain.csv", "../data/SOURCES.md",
            "default.json", "status-quo.json", "README.md", "missing.csv", "../data/us/missing.csv", "../models",
            "\u0000", "a\u0000b", "../data/us/options.csv\u0000", "*", "?", "~", "\\", "../../../../../../x.csv",
            "..\\data\\us\\options.csv", "../data/us/Options.csv", "file:../data/us/options.csv", "é.csv");

    /** Column names of every table: a renamed header may become a column of another meaning. */
    static final List<String> COLUMNS = List.of("capacityTonnesPerYear", "capexMillionUsdPerUnit", "capexProfile",
            "confidence", "earliestFundingYear", "firstOutputYear", "fromYear", "id", "inputMaterial", "inputTonnesPerTonneOutput",
            "kind", "latestFundingYear", "leadTimeYears", "lumpy", "material", "maxCapacityTonnesPerYear",
            "maxNewCapacityTonnesPerYear", "maxTonnesPerYear", "maxUnits", "name", "nation", "note", "onlineYear",
            "option", "outputTonnesPerYearPerUnit", "plannerCapexShare", "plannerOutputShare", "plannerShare",
            "retirementYear", "scrapTonnesPerTonneOutput", "source", "stage", "startYear", "subsidyUsdPerKg",
            "substitutionTonnesPerTonne", "toYear", "units", "year", "yieldTonnesPerTonneInput",
            "demandTonnesPerYear", "scrapTonnesPerYear", "rampUpShares", "termYears", "lastOutputYear");

    /** Keys of scenario files (docs/scenario-format.md): a renamed or added key may be valid elsewhere. */
    static final List<String> JSON_KEYS = List.of("name", "description", "extends", "horizon", "planningNation",
            "lastResortSupplier", "nations", "materials", "stages", "tables", "demand", "scrap", "substitution",
            "budget", "objective", "targets", "solver", "candidateOptions", "leadTimeFactorByNation",
            "lastResortDomesticShareByStage", "firstYear", "lastYear", "processChain", "existingCapacity", "options",
            "buildLimits", "supplyLimits", "committedProjects", "table", "tonnesPerYear", "baseYear",
            "baseTonnesPerYear", "growthRatePerYear", "maxShareOfDemand", "totalBillionUsd", "annualCapBillionUsd",
            "annualCapsBillionUsd", "minimize", "yearWeights", "endToEndWeight", "stageWeights", "metric", "material",
            "fromYear", "maxShare", "minChinaFreeTonnesPerYear", "excludeSubstitutes", "timeLimitSeconds", "mipGap",
            "ids", "kinds", "id", "source", "confidence", "note", "2030", "mining", "US", "rampUpByStage");

    private static final List<byte[]> BYTES = List.of(new byte[] {0}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC3, (byte) 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {'\r'},
            new byte[] {'\n'}, new byte[] {'"'}, new byte[] {','}, new byte[] {'{'}, new byte[] {'}'},
            new byte[] {'#'}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80, (byte) 0x80});

    private FuzzCases() {
    }

    /** A fraction in [0, 1], uniform (jqwik's default leans to small values), with 0 and 1 as edge cases. */
    static Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1).withDistribution(RandomDistribution.uniform());
    }

    static Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(TOKENS)),
                Tuple.of(2, Arbitraries.of(COLUMNS)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(6)),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)));
    }

    static Arbitrary<String> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(NUMBERS)),
                Tuple.of(2, Arbitraries.doubles().withStandardSpecialValues().map(String::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(new BigInteger("-1" + "0".repeat(30)),
                        new BigInteger("1" + "0".repeat(30))).map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(4)));
    }

    static Arbitrary<String> paths() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PATHS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
    }

    static Arbitrary<byte[]> bytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(BYTES)),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)));
    }

    /** Mutations of a placeholder kind: {@link Case#mutationFor} sets the kind once the file is known. */
    static Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.just(Mutation.Kind.DELETE_LINE), fractions(), fractions(),
                        Arbitraries.integers().between(0, 1 << 20).withDistribution(RandomDistribution.uniform()),
                        tokens(), numbers(), paths(), bytes())
                .as(Mutation::new);
    }

    private static Arbitrary<Case> draws() {
        return Combinators.combine(fractions(), mutations(), fractions(), fractions(), fractions())
                .as((file, mutation, kind, scenario, solve) -> new Case(0, 0, file, mutation, kind, scenario, solve));
    }

    /** A seed per case, mixed from the run seed and the case number (SplitMix64's finalizer). */
    static long caseSeed(long runSeed, int number) {
        long z = runSeed + 0x9E3779B97F4A7C15L * (number + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Cases {@code from} to {@code to - 1} of the run with {@code runSeed}. */
    static List<Case> generate(long runSeed, int from, int to) {
        JqwikSession.start(Long.toString(runSeed));
        try {
            RandomGenerator<Case> generator = draws().generatorWithEmbeddedEdgeCases(1000);
            return IntStream.range(from, to).mapToObj(n -> {
                long seed = caseSeed(runSeed, n);
                Case c = generator.next(new Random(seed)).value();
                return new Case(n, seed, c.filePick(), c.mutation(), c.kindPick(), c.scenarioPick(), c.solvePick());
            }).toList();
        } finally {
            JqwikSession.finish();
        }
    }
}

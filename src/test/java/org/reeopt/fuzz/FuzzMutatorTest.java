package org.reeopt.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzz test's own machinery: cases are reproducible, every mutation kind applies and changes its file. */
class FuzzMutatorTest {
    private static final FuzzWorkspace WS = FuzzWorkspace.ofProject(Path.of("").toAbsolutePath());

    @Test
    void targetsAreTheScenariosAndTheTablesTheyRead() {
        List<String> targets = WS.targets();
        assertTrue(targets.contains("models/default.json"), targets.toString());
        assertTrue(targets.contains("data/us/options.csv"), targets.toString());
        assertTrue(targets.contains("data/us/build-limits-fast-track.csv"), targets.toString());
        assertFalse(targets.contains("data/us/prices.csv"), "no scenario reads prices.csv: " + targets);
        assertEquals(List.of("models/mobilization-500b.json"), WS.readersOf("data/us/build-limits-fast-track.csv"));
        assertFalse(WS.readersOf("data/us/build-limits.csv").contains("models/mobilization-500b.json"));
        // every shipped scenario reads the default (itself, or by extends): data v2 added models/embedded-demand.json
        assertEquals(10, WS.readersOf("models/default.json").size());
        assertEquals(List.of("models/status-quo.json"), WS.readersOf("models/status-quo.json"));
    }

    @Test
    void aCaseIsTheSameWhenDrawnAloneAsInARun() {
        List<FuzzCases.Case> run = FuzzCases.generate(7, 0, 40);
        for (int n : new int[] {0, 17, 39}) {
            FuzzCases.Case alone = FuzzCases.generate(7, n, n + 1).get(0);
            for (String target : List.of("models/default.json", "data/us/options.csv")) {
                Mutator.Applied a = Mutator.apply(target, WS.pristine(target), run.get(n).mutationFor(target));
                Mutator.Applied b = Mutator.apply(target, WS.pristine(target), alone.mutationFor(target));
                assertEquals(a.description(), b.description());
                assertArrayEquals(a.content(), b.content());
            }
        }
    }

    @Test
    void everyKindAppliesToEveryFileAndUsuallyChangesIt() {
        List<FuzzCases.Case> draws = FuzzCases.generate(11, 0, 30);
        for (String target : WS.targets()) {
            List<Mutation.Kind> kinds = target.endsWith(".json") ? Mutation.Kind.FOR_JSON : Mutation.Kind.FOR_CSV;
            for (Mutation.Kind kind : kinds) {
                int changed = 0;
                for (FuzzCases.Case c : draws) {
                    Mutator.Applied a = Mutator.apply(target, WS.pristine(target), c.mutation().withKind(kind));
                    assertFalse(a.description().isBlank(), kind + " on " + target);
                    if (!Arrays.equals(a.content(), WS.pristine(target))) {
                        changed++;
                    }
                }
                assertTrue(changed >= draws.size() / 2, kind + " changed " + target + " in only " + changed + " of "
                        + draws.size() + " draws");
            }
        }
    }

    @Test
    void drawsCoverEveryKindAndManyFiles() {
        Set<String> seen = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (FuzzCases.Case c : FuzzCases.generate(FuzzInputsTest.DEFAULT_SEED, 0, 2000)) {
            List<String> targets = WS.targets();
            String target = targets.get(FuzzCases.weighted(targets.stream().mapToInt(FuzzInputsTest::weight)
                    .toArray(), c.filePick()));
            files.add(target);
            seen.add(c.mutationFor(target).kind().name());
        }
        assertEquals(Mutation.Kind.values().length, seen.size(), "kinds drawn: " + seen);
        assertEquals(WS.targets().size(), files.size(), "files drawn: " + files);
    }
}

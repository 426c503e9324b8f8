package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.solve.SolveStatus;

/**
 * Recycling with several outputs (issue 15 item 5) on variants of golden/recycling-outputs: a swarf recycler of 100 t
 * total output per unit, a share {@code ndprShare} of it NdPr oxide and the rest Dy/Tb oxide, scrap and budget drawn.
 */
class RecyclingOutputsPropertiesTest {

    /**
     * More scrap never raises the optimal objective: every plan feasible with less scrap stays feasible (scrapLimit
     * is the only row scrap enters). Both plans pass the independent audit, which recomputes per-material recycled
     * flows and the scrap limit from the scenario.
     */
    @Property(tries = 12)
    void moreScrapNeverRaisesTheObjective(@ForAll @DoubleRange(min = 0.05, max = 0.95) double ndprShare,
                                          @ForAll @DoubleRange(min = 0, max = 150) double scrapTonnes,
                                          @ForAll @DoubleRange(min = 0, max = 100) double moreScrapTonnes,
                                          @ForAll @DoubleRange(min = 0, max = 0.06) double budgetBillionUsd) {
        ResultSummary less = solve(ndprShare, scrapTonnes, budgetBillionUsd);
        ResultSummary more = solve(ndprShare, scrapTonnes + moreScrapTonnes, budgetBillionUsd);
        assertTrue(more.objective() <= less.objective() + 1e-6, () -> "objective " + less.objective() + " with "
                + scrapTonnes + " t of scrap but " + more.objective() + " with " + (scrapTonnes + moreScrapTonnes));
    }

    /**
     * The reported outputs of the recycler are in the stated proportions: NdPr / (NdPr + Dy/Tb) = ndprShare in every
     * year it runs, and their sum times 1.25 t/t stays within the scrap.
     */
    @Property(tries = 12)
    void reportedOutputsAreInTheStatedProportionsAndWithinTheScrap(
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double ndprShare,
            @ForAll @DoubleRange(min = 1, max = 150) double scrapTonnes) {
        ResultSummary s = solve(ndprShare, scrapTonnes, 1.0);
        for (ResultSummary.Recycled r : s.recycled()) {
            r.tonnesByMaterialAndYear().get("ndpr").forEach((year, ndpr) -> {
                double dytb = r.tonnesByMaterialAndYear().get("dytb").get(year);
                assertEquals(ndprShare, ndpr / (ndpr + dytb), 1e-6, "NdPr share of the output in " + year);
                assertTrue((ndpr + dytb) * 1.25 <= scrapTonnes + 1e-3, () -> "scrap used in " + year);
            });
        }
    }

    private static ResultSummary solve(double ndprShare, double scrapTonnes, double budgetBillionUsd) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("recycling-outputs");
            Path fixture = Path.of(RecyclingOutputsPropertiesTest.class.getResource("/golden/recycling-outputs/")
                    .toURI());
            for (String table : new String[] {"process-chain.csv", "existing-capacity.csv"}) {
                Files.copy(fixture.resolve(table), dir.resolve(table));
            }
            String scrap = String.format(Locale.ROOT, "\"2026\": %.6f, \"2027\": %.6f", scrapTonnes, scrapTonnes);
            Files.writeString(dir.resolve("scenario.json"), Files.readString(fixture.resolve("scenario.json"))
                    .replace("\"2026\": 100, \"2027\": 100", scrap), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("options.csv"), String.format(Locale.ROOT, """
                    id,name,nation,stage,kind,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears,latestFundingYear,scrapTonnesPerTonneOutput
                    swarf-recycler,Magnet swarf recycler to oxides,US,separation,recycling,ndpr,%.9f,50,1,2026,1.25
                    swarf-recycler,,,,,dytb,%.9f,,,,
                    """, 100 * ndprShare, 100 * (1 - ndprShare)), StandardCharsets.UTF_8);
            RunResult r = Pipeline.run(dir.resolve("scenario.json"), RunOptions.defaults().withBudget(budgetBillionUsd));
            ResultSummary s = r.summary();
            assertEquals(SolveStatus.OPTIMAL, r.status(), () -> s.message() + " " + s.warnings());
            assertTrue(r.auditPassed(), () -> "audit: " + s.audit().breaches());
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteFolder(dir);
        }
    }

    private static void deleteFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

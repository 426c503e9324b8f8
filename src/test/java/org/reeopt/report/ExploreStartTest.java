package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.study.SweepResult;

/**
 * explore.html's slider starts at the level a planner asked about, and the page says which: the knee; else the
 * scenario's own budget where it was swept; else the smallest level at which end-to-end dependency in every key year
 * is as low as at any level; else the middle level. Before, without a knee it started at level 0 (the smallest
 * budget, usually the least interesting) and said nothing.
 *
 * <p>Sweeps by hand, levels 0, 1, 2, 5 B$ with end-to-end dependency in 2030 of 100%, 40%, 0%, 0% (so 2 B$ is the
 * smallest level reaching the lowest, 0%).
 */
class ExploreStartTest {
    private static final double[] BUDGETS = {0, 1, 2, 5};
    private static final double[] SHARES = {1, 0.4, 0, 0};

    private static SweepResult sweep(Double knee, Double asked, boolean plans) {
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < BUDGETS.length; i++) {
            points.add(new SweepResult.Point(BUDGETS[i], null, plans ? "OPTIMAL" : "INFEASIBLE",
                    plans ? BUDGETS[i] : null, plans ? Map.of("2030", SHARES[i]) : Map.of(), plans ? 0.5 : null,
                    null, null, knee != null && knee == BUDGETS[i], List.of()));
        }
        return new SweepResult("s", "dependency", List.of(2030), points, "knee: test", knee, List.of(), asked);
    }

    private static void assertStart(SweepResult sweep, int level, String note) {
        String page = ExploreHtml.render(sweep);
        assertTrue(page.contains("value=\"" + level + "\"/>"), "slider at level " + level);
        assertTrue(page.contains("<p id=\"start-note\">The slider starts at " + note + ".</p>"), page);
    }

    @Test
    void theSliderStartsAtTheKneeElseTheScenariosBudgetElseTheBestLevelElseTheMiddle() {
        assertStart(sweep(1.0, 5.0, true), 1, "1.00 B$: the knee of the frontier, where returns fall off (the rule that finds "
                + "it is under sweep.html's frontier chart)");
        assertStart(sweep(null, 5.0, true), 3, "5.00 B$: the scenario's own budget (no knee was found)");
        assertStart(sweep(null, 3.0, true), 2, "2.00 B$: the smallest level at which end-to-end dependency in every "
                + "key year is as low as at any level swept (no knee was found, and the scenario's own budget was not "
                + "swept)");
        assertStart(sweep(null, null, false), 1, "1.00 B$: the middle level swept (no knee was found, the scenario's "
                + "own budget was not swept, and no level with a plan is lowest in every key year)");
    }

    @Test
    void theScenariosBudgetIsKeptInSweepJsonSoARerenderStartsAtTheSameLevel() throws Exception {
        SweepResult sweep = sweep(null, 5.0, true);
        java.nio.file.Path json = java.nio.file.Files.createTempFile("sweep", ".json");
        try {
            java.nio.file.Files.writeString(json, SweepReport.render(sweep, Format.JSON));
            ResultFile again = ResultFile.read(json);
            assertEquals(5.0, ((ResultFile.Sweep) again).sweep().scenarioBudgetBillionUsd());
        } finally {
            java.nio.file.Files.delete(json);
        }
    }
}

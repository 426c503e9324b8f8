package org.reeopt.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.report.Format;
import org.reeopt.report.View;
import org.reeopt.scenario.Scenario;

/**
 * Issue 14 item 3, "from the duals, where meaningful": the duals of this LP price the internal objective, a weighted
 * sum over every year (and stage), so they cannot be stated per key year (docs/formulation.md, "Marginal values").
 * Every output that prints them in dependency mode says so (the JSON's method, the table with --show-objective);
 * in cost mode the rates are B$ and carry no such label.
 */
class DualsPerKeyYearTest {
    @Test
    void dualRatesInDependencyModeSayTheyAreNotPerKeyYear() {
        Scenario loaded = Pipeline.load(Path.of("models/default.json"));
        ResultSummary r = Pipeline.run(loaded, RunOptions.defaults()).summary();
        assertFalse(r.marginalValues().isEmpty(), "the default plan has binding rows");
        assertTrue(r.marginalValuesMethod().endsWith(MarginalValues.NOT_PER_YEAR), r.marginalValuesMethod());
        String table = Format.TABLE.render(r, new View(List.of(), true));
        assertTrue(table.contains(MarginalValues.NOT_PER_YEAR), table);
        String json = Format.JSON.render(r, new View(List.of(), false));
        assertTrue(json.contains(MarginalValues.NOT_PER_YEAR), "json states it too");
    }

    @Test
    void costModeRatesAreInBillionUsdAndUnlabelled() {
        Scenario loaded = Pipeline.load(Path.of("models/default.json"));
        ResultSummary r = Pipeline.run(loaded, RunOptions.defaults().withMinimize(
                org.reeopt.scenario.ObjectiveSpec.Mode.COST, List.of())).summary();
        assertEquals(-1, r.marginalValuesMethod().indexOf(MarginalValues.NOT_PER_YEAR), r.marginalValuesMethod());
    }
}

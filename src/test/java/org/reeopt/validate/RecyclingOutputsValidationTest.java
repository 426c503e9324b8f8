package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/** A recycling option with several outputs (issue 15 item 5) is valid; it used to be refused ("split it"). */
class RecyclingOutputsValidationTest {

    @Test
    void aRecyclerWithTwoOutputsIsValidWithoutWarnings() throws URISyntaxException {
        Scenario s = ScenarioLoader.load(Path.of(RecyclingOutputsValidationTest.class
                .getResource("/golden/recycling-outputs/scenario.json").toURI()));
        ValidationReport report = ScenarioValidator.validate(s);
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.warnings());
        InvestmentOption recycler = s.option("swarf-recycler").orElseThrow();
        assertEquals(Map.of("ndpr", 80.0, "dytb", 20.0), recycler.outputTonnesPerYearPerUnit());
        assertEquals(0.8, recycler.outputShare("ndpr"), 1e-15);
        assertEquals(0.2, recycler.outputShare("dytb"), 1e-15);
        assertEquals(0.0, recycler.outputShare("magnet"));
    }
}

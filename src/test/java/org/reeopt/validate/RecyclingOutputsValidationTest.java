package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/** A recycling option with several outputs (issue 15 item 5) is valid; it used to be refused ("split it"). */
class RecyclingOutputsValidationTest {
    @TempDir
    Path dir;

    private static Path fixture() throws URISyntaxException {
        return Path.of(RecyclingOutputsValidationTest.class.getResource("/golden/recycling-outputs/").toURI());
    }

    @Test
    void aRecyclerWithTwoOutputsIsValidWithoutWarnings() throws URISyntaxException {
        Scenario s = ScenarioLoader.load(fixture().resolve("scenario.json"));
        ValidationReport report = ScenarioValidator.validate(s);
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.warnings());
        InvestmentOption recycler = s.option("swarf-recycler").orElseThrow();
        assertEquals(Map.of("ndpr", 80.0, "dytb", 20.0), recycler.outputTonnesPerYearPerUnit());
        assertEquals(0.8, recycler.outputShare("ndpr"), 1e-15);
        assertEquals(0.2, recycler.outputShare("dytb"), 1e-15);
        assertEquals(0.0, recycler.outputShare("magnet"));
    }

    /**
     * A cheaper recycler with the same outputs dominates only one with the same proportions and no less scrap per
     * tonne: "even" (50 + 50) returns more Dy/Tb than swarf-recycler (80 + 20), "thrifty" uses less scrap; "dear" is
     * swarf-recycler at a higher price.
     */
    @Test
    void aRecyclerIsDominatedOnlyAtTheSameProportionsAndNoLessScrap() throws URISyntaxException, IOException {
        for (String table : List.of("scenario.json", "process-chain.csv", "existing-capacity.csv", "options.csv")) {
            Files.copy(fixture().resolve(table), dir.resolve(table));
        }
        Files.writeString(dir.resolve("options.csv"), Files.readString(dir.resolve("options.csv")) + """
                even,Even recycler,US,separation,recycling,ndpr,50,60,1,2026,1.25
                even,,,,,dytb,50,,,,
                thrifty,Thrifty recycler,US,separation,recycling,ndpr,80,60,1,2026,1.0
                thrifty,,,,,dytb,20,,,,
                dear,Dear recycler,US,separation,recycling,ndpr,80,60,1,2026,1.25
                dear,,,,,dytb,20,,,,
                """);
        ValidationReport report = ScenarioValidator.validate(ScenarioLoader.load(dir.resolve("scenario.json")));
        assertEquals(List.of(), report.errors());
        assertEquals(List.of("option dear is dominated by swarf-recycler"), report.warnings().stream()
                .map(p -> p.message().replaceFirst(" \\(.*", "")).toList());
    }
}

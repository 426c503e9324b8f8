package org.reeopt.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Scenario;

/**
 * Issue 16 §1 (data v2): structural rules the default data must keep, each stated with the source that sets it
 * (ids in data/SOURCES.md). These check the inputs, not any solved figure, so they hold whatever else the data
 * says; none of them is a default result.
 */
class DataV2Test {
    private static Scenario defaults;

    @BeforeAll
    static void load() {
        defaults = ScenarioLoader.load(Path.of("models/default.json"));
    }

    @Test
    void noCommittedProjectIsANonRareEarthSubstitute() {
        // Niron's iron-nitride magnets come from a ~5 t/yr pilot (niron-pilot-2024); the 1,500 t/yr plant is an
        // unproven scale-up, so the status-quo result (committed projects only) must not rest on it.
        List<String> substitutes = defaults.committedProjects().stream().map(CommittedProject::option)
                .filter(o -> o.kind() == OptionKind.SUBSTITUTE).map(InvestmentOption::id).toList();
        assertEquals(List.of(), substitutes, "committed substitutes");
        // ... and the pilot/scale-up option keeps its id (the stress set refers to it)
        assertTrue(defaults.options().stream().anyMatch(o -> o.id().equals("niron-fen")
                && o.kind() == OptionKind.SUBSTITUTE), "niron-fen is still an option");
    }

    @Test
    void usMinedDyTbIsWithinTheSourcedRange() {
        // Mountain Pass ore is ~99% light rare earths; MP's SEG+ stockpile holds ~8 t Dy+Tb (reex-mp-hree-2025):
        // the range recorded in SOURCES.md is 8-30 t/yr contained. The circuit's 3,000 t/yr feed is not mine output.
        double dyTb = defaults.existingCapacity().stream()
                .filter(c -> c.nation().equals("US") && c.stage().equals("mining") && c.material().equals("dytb"))
                .mapToDouble(ExistingCapacity::capacityTonnesPerYear).sum();
        assertTrue(dyTb >= 8 && dyTb <= 30, "US mined Dy+Tb " + dyTb + " t/yr outside 8-30");
    }

    @Test
    void everyPlantStillToStartRampsUp() {
        // A new plant does not start at nameplate (Lynas Malaysia planned full output within a year and made a
        // small fraction of it: lynas-ramp-2013): every committed project ramps up, from its own row, its option
        // or the stage default (rampUpByStage).
        List<String> atOnce = defaults.committedProjects().stream()
                .filter(p -> p.availability().rampUpShares().isEmpty()).map(p -> p.option().id()).toList();
        assertEquals(List.of(), atOnce, "committed projects at nameplate in their first year");
    }

    @Test
    void alliedCapacityCoversEveryMetalMaterial() {
        // The allied network could not close a China-free chain while no ally made metal (issue 16 §1): every
        // material of the metal stage now has allied capacity available to the planning nation, existing or as an
        // option (lcm-mmta, showa-denko-vietnam).
        List<String> missing = new ArrayList<>();
        for (String material : List.of("ndpr", "dytb")) {
            boolean allied = defaults.existingCapacity().stream().anyMatch(c -> c.stage().equals("metal")
                    && c.material().equals(material) && !c.nation().equals(defaults.planningNation())
                    && c.plannerShare() > 0)
                    || defaults.options().stream().anyMatch(o -> o.stage().equals("metal")
                    && !o.nation().equals(defaults.planningNation()) && o.plannerOutputShare() > 0
                    && o.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0) > 0);
            if (!allied) {
                missing.add(material);
            }
        }
        assertEquals(List.of(), missing, "metal materials with no allied source");
    }

    @Test
    void everyUnitCapOfMoreThanOnePlantStatesItsBasis() throws IOException {
        // "Source or remove every maxUnits" (issue 16 §1): a cap above one plant must say in its note where it
        // comes from (a derivation such as the 2040 requirement, or a count of makers).
        List<String> unexplained = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(Path.of("data/us/options.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').build())) {
            for (CSVRecord row : csv) {
                String cap = row.get("maxUnits");
                if (!cap.isEmpty() && Double.parseDouble(cap) > 1 && !row.get("note").contains("maxUnits " + cap)) {
                    unexplained.add(row.get("id") + " (maxUnits " + cap + ")");
                }
            }
        }
        assertEquals(List.of(), unexplained, "unit caps without a stated basis");
    }

    @Test
    void theEmbeddedDemandScenarioCoversEveryYearWithASourcedTable() throws IOException {
        // Brief §4b: ~20,000 t/yr of magnets embedded in imported goods (U); models/embedded-demand.json counts
        // them beside direct demand.
        Scenario embedded = ScenarioLoader.load(Path.of("models/embedded-demand.json"));
        assertTrue(embedded.embeddedDemand().present(), "embedded demand missing");
        for (int year : embedded.horizon().years()) {
            var row = embedded.embeddedDemand().in(year).orElseThrow(() -> new AssertionError("no row " + year));
            assertTrue(row.embeddedTonnesPerYear() > 0, "embedded tonnes in " + year);
            assertTrue(row.chinaShare() > 0 && row.chinaShare() <= 1, "China share in " + year);
        }
        assertFalse(Files.readString(Path.of("data/SOURCES.md")).isEmpty());
        assertTrue(Files.readString(Path.of("data/SOURCES.md")).contains("`data/us/embedded-demand.csv` (new)"),
                "SOURCES.md records the embedded-demand table");
    }
}

package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.TinyScenarioFiles.valid;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;

/**
 * An option without {@code maxUnits} (or {@code maxCapacityTonnesPerYear}): divisible is uncapped, lumpy is one
 * unit. Uncapped reaches the model as a build column without an upper bound and without a max-units row, in both
 * export formats, and validation accepts it.
 */
class MaxUnitsDefaultTest {
    @TempDir
    Path dir;

    private static final String OPTIONS = """
            id,name,nation,stage,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears,lumpy
            mine-x,Mine X,US,mine,ore,500,100,1,false
            mag-x,Magnet X,US,magnet,mag,1000,200,1,true
            """;
    /** Existing capacity in columns whose names did not change, so that only the maxUnits default is tested. */
    private static final String EXISTING = "nation,stage,material,capacityTonnesPerYear\nUS,mine,ore,100\n";

    @Test
    void aDivisibleOptionIsUncappedAndALumpyOneIsOneUnit() {
        Scenario s = Pipeline.load(valid().options(OPTIONS).existing(EXISTING).writeTo(dir));
        assertEquals(Double.POSITIVE_INFINITY, s.option("mine-x").orElseThrow().maxUnits());
        assertEquals(1.0, s.option("mag-x").orElseThrow().maxUnits());
        assertTrue(Pipeline.validate(s).problems().isEmpty(), () -> Pipeline.validate(s).problems().toString());
    }

    @Test
    void aFreeDivisibleOptionWithoutMaxUnitsIsAWarningAtItsLine() {
        Scenario s = Pipeline.load(valid().options(OPTIONS.replace("mine-x,Mine X,US,mine,ore,500,100,1,false",
                "mine-x,Mine X,US,mine,ore,500,0,1,false")).existing(EXISTING).writeTo(dir));
        assertEquals(List.of(Display.path(dir.resolve("options.csv")) + ":2: field maxUnits: option mine-x costs the "
                + "budget nothing and states no maxUnits, so any amount of it is free: give the most units that exist"),
                Pipeline.validate(s).warnings().stream().map(Object::toString).toList());
    }

    @Test
    void theExportedModelBoundsOnlyTheLumpyOption() {
        Scenario s = Pipeline.load(valid().options(OPTIONS).existing(EXISTING).writeTo(dir));
        Pipeline.ExportedModel m = Pipeline.export(s, RunOptions.defaults());
        assertTrue(m.lp().contains(" 0 <= build(mine_x,2030) <= +inf\n"), m.lp());
        assertTrue(m.lp().contains(" 0 <= build(mag_x,2030) <= 1\n"), m.lp());
        assertFalse(m.lp().contains("maxUnits(mine_x)"), m.lp());
        assertFalse(m.mps().contains(" bnd build[mine-x,"), m.mps());
        assertTrue(m.mps().contains(" UP bnd build[mag-x,2030] 1\n"), m.mps());
        assertFalse(m.mps().contains("maxUnits[mine-x]"), m.mps());
    }
}

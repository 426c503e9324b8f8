package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.TinyScenarioFiles.valid;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.scenario.Scenario;

/**
 * An option's size given as {@code maxCapacityTonnesPerYear}: problems with it name that field, the one the user
 * wrote, and not {@code maxUnits}, which the loader derives from it.
 */
class LumpyCapacityFieldTest {
    @TempDir
    Path dir;

    private static final String HEADER = "id,name,nation,stage,material,outputTonnesPerYearPerUnit,"
            + "capexMillionUsdPerUnit,leadTimeYears,maxCapacityTonnesPerYear,lumpy\n";

    @Test
    void aCapacityThatIsNotWholeUnitsOfALumpyOptionNamesTheCapacity() {
        Path scenario = valid().options(HEADER + "mine-x,Mine X,US,mine,ore,500,100,1,1000,false\n"
                + "mag-x,Magnet X,US,magnet,mag,1000,200,1,2500,true\n").writeTo(dir);
        InputException e = assertThrows(InputException.class, () -> Pipeline.validate(Pipeline.load(scenario)));
        assertEquals("maxCapacityTonnesPerYear", e.field(), e.getMessage());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.problem().contains("whole units of 1000 t/yr; 2500 t/yr is 2.500 units"), e.getMessage());
    }

    @Test
    void aZeroCapacityNamesTheCapacity() {
        Path scenario = valid().options(HEADER + "mine-x,Mine X,US,mine,ore,500,100,1,1000,false\n"
                + "mag-x,Magnet X,US,magnet,mag,1000,200,1,0,true\n").writeTo(dir);
        InputException e = assertThrows(InputException.class, () -> Pipeline.validate(Pipeline.load(scenario)));
        assertEquals("maxCapacityTonnesPerYear", e.field(), e.getMessage());
    }

    @Test
    void aCapacityOfWholeUnitsGivesThatManyUnits() {
        Path scenario = valid().options(HEADER + "mine-x,Mine X,US,mine,ore,500,100,1,1000,false\n"
                + "mag-x,Magnet X,US,magnet,mag,1000,200,1,3000,true\n").writeTo(dir);
        Scenario s = Pipeline.load(scenario);
        Pipeline.validate(s);
        assertEquals(3.0, s.options().stream().filter(o -> o.id().equals("mag-x")).findFirst().orElseThrow()
                .maxUnits());
    }
}

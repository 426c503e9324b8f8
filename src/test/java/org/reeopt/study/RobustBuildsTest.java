package org.reeopt.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.results.Plan;
import org.reeopt.scenario.Scenario;

/** The robust study's builds as its reports show them ({@link RobustStudy#reported}). */
class RobustBuildsTest {
    /**
     * golden/uncertainty/robust-lumpy.json: us-backup is lumpy, us-plant divisible. Solver noise 0.99999999666667 on
     * the lumpy option is within 1e-6 of 1, so it is 1 unit exactly; on the divisible option the same noise is only
     * rounded to nine decimals as the solve's JSON rounds units: 0.49999999666667 -> 0.499999997. A lumpy value
     * 1e-3 from a whole number is left as it is (to nine decimals), not hidden.
     */
    @Test
    void lumpyUnitsAreSnappedToWholeUnitsAndEveryUnitRoundedToNineDecimals() {
        Scenario s = Pipeline.load(Path.of("src/test/resources/golden/uncertainty/robust-lumpy.json"));
        List<Plan.Build> shown = RobustStudy.reported(List.of(new Plan.Build("us-backup", 2026, 0.99999999666667),
                new Plan.Build("us-plant", 2026, 0.49999999666667), new Plan.Build("us-backup", 2027, 0.999)), s);
        assertEquals(List.of(new Plan.Build("us-backup", 2026, 1.0), new Plan.Build("us-plant", 2026, 0.499999997),
                new Plan.Build("us-backup", 2027, 0.999)), shown);
    }
}

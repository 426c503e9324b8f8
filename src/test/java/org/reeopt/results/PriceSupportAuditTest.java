package org.reeopt.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;

/**
 * The audit recomputes the cost of price floors and of the price gap from the scenario's prices and the plan's
 * volumes, not from the LP (golden/price-support: demand 2000 t; 1000 t of existing China-free capacity; a plant of
 * 1000 t/yr for 0.1 B$ per unit, paid 2026, online 2027; budget 0.1 B$).
 *
 * <pre>
 * floor.json: the floor costs 15 USD/kg x 1000 t = 0.015 B$ a year, 0.030 in all: u = 0.7 spends 0.07 + 0.03 = 0.1
 *   (within the budget); u = 0.75 spends 0.105. Covering 1000 t needs 1000 t of China-free output each year.
 * gap.json: the gap is 10 USD/kg on China-free output: u = 8/11 spends 0.1 exactly; u = 0.75 spends
 *   0.075 + 0.01 + 0.0175 = 0.1025.
 * </pre>
 */
class PriceSupportAuditTest {
    private static final Path CASE = Path.of("src/test/resources/golden/price-support");
    private static final ProductKey NDPR = new ProductKey("separation", "ndpr");

    /** Units u funded in 2026; China-free output 1000 t in 2026 (or {@code chinaFree2026}) and 1000 + 1000 u in 2027. */
    private static Plan plan(double u, double chinaFree2026, double floorTonnes) {
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        double chinaFree2027 = 1000 + 1000 * u;
        flows.put(new Plan.ProductYear(NDPR, 2026), new Plan.Flow(chinaFree2026, 0, 2000 - chinaFree2026));
        flows.put(new Plan.ProductYear(NDPR, 2027), new Plan.Flow(chinaFree2027, 0, 2000 - chinaFree2027));
        Plan.Financed financed = new Plan.Financed(List.of(), Map.of(), floorTonnes > 0 ? Map.of("floor", floorTonnes)
                : Map.of());
        return new Plan(List.of(new Plan.Build("plant", 2026, u)), flows, Map.of(), Map.of(),
                Map.of(2026, 1 - chinaFree2026 / 2000, 2027, 1 - chinaFree2027 / 2000), Map.of(), Map.of(), Map.of(),
                "base", Map.of(), Map.of(), financed);
    }

    private static List<String> breaches(String file, Plan plan) {
        Scenario s = ScenarioLoader.load(CASE.resolve(file));
        return PlanAudit.audit(s, plan, false).breaches();
    }

    @Test
    void theFloorsCostIsRecomputedFromThePricePaths() {
        assertEquals(List.of(), breaches("floor.json", plan(0.7, 1000, 1000)));
        List<String> b = breaches("floor.json", plan(0.75, 1000, 1000));
        assertEquals(1, b.size(), b.toString());
        assertTrue(b.get(0).startsWith("budget: 0.105"), b.toString());
    }

    @Test
    void aFloorCoversNoMoreThanChinaFreeOutputNorLessThanItsCommittedVolume() {
        List<String> beyondOutput = breaches("floor.json", plan(0.7, 900, 1000));
        assertEquals(1, beyondOutput.size(), beyondOutput.toString());
        assertTrue(beyondOutput.get(0).startsWith("price contract floor: 1000.0 t/yr covered in 2026, China-free"
                + " output of separation ndpr 900.0 t"), beyondOutput.toString());
        List<String> belowCommitted = breaches("floor.json", plan(0.7, 1000, 500));
        assertTrue(belowCommitted.stream().anyMatch(l -> l.startsWith("price contract floor: 500.0 t/yr covered,"
                + " minimum 1000.0")), belowCommitted.toString());
    }

    @Test
    void theGapIsRecomputedOnChinaFreeOutput() {
        assertEquals(List.of(), breaches("gap.json", plan(8.0 / 11, 1000, 0)));
        List<String> b = breaches("gap.json", plan(0.75, 1000, 0));
        assertEquals(1, b.size(), b.toString());
        assertTrue(b.get(0).startsWith("budget: 0.1025"), b.toString());
    }

    /**
     * A plan held fixed (fixed-plan evaluation) must cover the volume its floor was signed for: floor-optional-low-
     * prices.json allows 0 to 1000 t, so a plan covering 0 t passes the plain audit but not against a signed 1000 t.
     */
    @Test
    void aPlanHeldFixedCoversTheVolumeItsContractWasSignedFor() {
        Scenario s = ScenarioLoader.load(CASE.resolve("floor-optional-low-prices.json"));
        assertEquals(List.of(), PlanAudit.audit(s, plan(0.7, 1000, 1000), false, Map.of("floor", 1000.0))
                .breaches());
        assertEquals(List.of(), PlanAudit.audit(s, plan(0.7, 1000, 0), false).breaches(), "chosen: 0 t allowed");
        List<String> b = PlanAudit.audit(s, plan(0.7, 1000, 0), false, Map.of("floor", 1000.0)).breaches();
        assertEquals(List.of("price contract floor: 0.0 t/yr covered, but the plan held fixed signed 1000.0 t/yr"), b);
    }
}

package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.results.AuditReport;
import org.reeopt.results.Plan;
import org.reeopt.results.PlanAudit;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;

/**
 * The independent audit recomputes available capacity with ramp-up, terms and retirements from the scenario: a plan
 * that produces at nameplate where only the ramped share (or nothing, after the end) is available is rejected. The
 * plans are written by hand here (not solved), on the golden/ramp-terms scenarios (hand values in
 * {@link GoldenRampTermsTest}).
 */
class RampTermsAuditTest {
    private static final ProductKey MAGNET = new ProductKey("magnet", "magnet");

    private static Scenario scenario(String file) {
        return ScenarioLoader.load(GoldenSupport.fixture("ramp-terms", file));
    }

    /** A plan that makes {@code madeTonnes[i]} China-free magnets in 2026 + i and buys the rest of demand. */
    private static Plan plan(Scenario s, List<Plan.Build> builds, double... madeTonnes) {
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        Map<Integer, Double> endToEnd = new LinkedHashMap<>();
        for (int i = 0; i < madeTonnes.length; i++) {
            int year = 2026 + i;
            double demand = s.demandTonnes(year);
            flows.put(new Plan.ProductYear(MAGNET, year), new Plan.Flow(madeTonnes[i], 0, demand - madeTonnes[i]));
            endToEnd.put(year, 1 - madeTonnes[i] / demand);
        }
        return new Plan(builds, flows, Map.of(), Map.of(), endToEnd);
    }

    private static void assertRejectedFor(AuditReport report, String breach) {
        assertTrue(report.breaches().contains(breach), () -> "expected \"" + breach + "\" in " + report.breaches());
    }

    @Test
    void aPlanUsingTheUnrampedCapacityOfANewPlantIsRejected() {
        Scenario s = scenario("scenario.json");
        List<Plan.Build> builds = List.of(new Plan.Build("plant", 2026, 1));
        // 100 t/yr, ramp 0.5: 50 t available in 2027, 100 t after
        assertTrue(PlanAudit.audit(s, plan(s, builds, 0, 50, 100, 100), false).passed(), "the ramped plan is fine");
        AuditReport report = PlanAudit.audit(s, plan(s, builds, 0, 100, 100, 100), false);
        assertRejectedFor(report, "capacity: magnet,magnet in 2027 produces 100.000 t but only 50.000 t is online");
        assertEquals(1, report.breaches().size(), () -> "only the capacity of 2027: " + report.breaches());
    }

    @Test
    void aPlanProducingAfterTheTermIsRejected() {
        Scenario s = scenario("term.json");
        List<Plan.Build> builds = List.of(new Plan.Build("offtake", 2026, 1));
        assertTrue(PlanAudit.audit(s, plan(s, builds, 100, 100, 0, 0), false).passed(), "within the term");
        assertRejectedFor(PlanAudit.audit(s, plan(s, builds, 100, 100, 100, 0), false),
                "capacity: magnet,magnet in 2028 produces 100.000 t but only 0.000 t is online");
    }

    @Test
    void aPlanUsingACommittedProjectAtNameplateOrAfterItsLastYearIsRejected() {
        Scenario s = scenario("committed.json");
        assertTrue(PlanAudit.audit(s, plan(s, List.of(), 0, 25, 50, 0), false).passed(), "25 t, 50 t, then nothing");
        AuditReport report = PlanAudit.audit(s, plan(s, List.of(), 0, 100, 100, 100), false);
        assertRejectedFor(report, "capacity: magnet,magnet in 2027 produces 100.000 t but only 25.000 t is online");
        assertRejectedFor(report, "capacity: magnet,magnet in 2028 produces 100.000 t but only 50.000 t is online");
        assertRejectedFor(report, "capacity: magnet,magnet in 2029 produces 100.000 t but only 0.000 t is online");
    }

    @Test
    void aPlanUsingARampingOrRetiredExistingPlantAtFullCapacityIsRejected() {
        Scenario s = scenario("existing.json");
        assertTrue(PlanAudit.audit(s, plan(s, List.of(), 30, 50, 70, 40), false).passed(), "30, 50, 70, 40 t");
        AuditReport report = PlanAudit.audit(s, plan(s, List.of(), 30, 70, 70, 70), false);
        assertRejectedFor(report, "capacity: magnet,magnet in 2027 produces 70.000 t but only 50.000 t is online");
        assertRejectedFor(report, "capacity: magnet,magnet in 2029 produces 70.000 t but only 40.000 t is online");
    }
}

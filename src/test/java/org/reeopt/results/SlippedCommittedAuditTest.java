package org.reeopt.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.testsupport.ScenarioRecords;

/**
 * The independent audit counts committed capacity with the slipped timing: a plan that produces from a committed
 * plant as if it had not slipped breaches capacity in the slipped year, and only there.
 *
 * <pre>
 * 2026-2029, demand 100 t, no existing capacity; a committed plant of 100 t/yr, first full year 2027.
 * The plan: 2026 bought 100 t from CN; 2027-2029 made 100 t China-free (E = 1, 0, 0, 0), right without a slip.
 * Slip 1: online from 2028.0, so 0 t online in 2027: one breach (100 t made, 0 t online).
 * Slip 0.5: online from 2027.5, so 100 x (2028 - 2027.5) = 50 t online in 2027: one breach (100 t made, 50 t online).
 * Slip 0: no breach.
 * </pre>
 */
class SlippedCommittedAuditTest {
    private static final ProductKey MAGNET = new ProductKey("magnet", "mag");

    private static Scenario slipped(double slipYears) {
        InvestmentOption plant = ScenarioRecords.option("plant", "magnet", "mag", 100, 300, 2, 1, List.of(0.5, 0.5));
        Scenario base = ScenarioRecords.oneStage(2026, 2029, 100, 0, List.of(), ScenarioRecords.budget(0, null));
        return ScenarioRecords.withCommitted(base,
                List.of(new CommittedProject(plant, 1, 2027, slipYears, ScenarioRecords.HERE)));
    }

    private static Plan producingFrom2027() {
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        Map<Integer, Double> endToEnd = new LinkedHashMap<>();
        for (int year = 2026; year <= 2029; year++) {
            boolean made = year >= 2027;
            flows.put(new Plan.ProductYear(MAGNET, year), new Plan.Flow(made ? 100 : 0, 0, made ? 0 : 100));
            endToEnd.put(year, made ? 0.0 : 1.0);
        }
        return new Plan(List.of(), flows, Map.of(), Map.of(), endToEnd);
    }

    @Test
    void withoutASlipThePlanPasses() {
        AuditReport report = PlanAudit.audit(slipped(0), producingFrom2027(), false);
        assertTrue(report.passed(), () -> "breaches: " + report.breaches());
    }

    /** Exactly one breach: 100 t made in 2027 with only {@code online} t/yr online. */
    private static void assertOneBreachIn2027(double slipYears, String online) {
        AuditReport report = PlanAudit.audit(slipped(slipYears), producingFrom2027(), false);
        assertEquals(1, report.breaches().size(), () -> "breaches: " + report.breaches());
        assertTrue(report.breaches().get(0).contains("in 2027 produces 100.000 t but only " + online + " is online"),
                report.breaches().get(0));
    }

    @Test
    void aOneYearSlipLeavesNothingOnlineInTheOnlineYear() {
        assertOneBreachIn2027(1, "0.000 t");
    }

    @Test
    void aHalfYearSlipLeavesHalfOnlineInTheOnlineYear() {
        assertOneBreachIn2027(0.5, "50.000 t");
    }
}

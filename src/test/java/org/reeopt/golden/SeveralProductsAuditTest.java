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
 * The independent audit recomputes each final product's dependency from the scenario's demand and the plan's flows
 * and compares it with the solver's {@code productDependency[m,t]}. The plans are written by hand (not solved), on
 * golden/several-products (hand values in {@link GoldenSeveralProductsTest}):
 *
 * <pre>
 * The optimum of scenario.json: 0.2 units of ndfeb-line and the smco-line, funded 2026, online 2027 (0.3 B$).
 * 2027: NdFeB 20 t China-free of 100 t, SmCo 20 of 20: E_ndfeb = 0.8, E_smco = 0; average (1:1) E = 0.4.
 * 2026: nothing online, both bought from China: E = 1 for both.
 * A wrong solver value that keeps the average right (NdFeB 0.4 and SmCo 0.4 in 2027, average still 0.4) passes the
 * end-to-end check; only the per-product check catches it, once for each product.
 * </pre>
 */
class SeveralProductsAuditTest {
    private static final ProductKey NDFEB = new ProductKey("magnet", "ndfeb");
    private static final ProductKey SMCO = new ProductKey("magnet", "smco");

    private static Plan plan(Map<String, Map<Integer, Double>> solverProductDependency) {
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        flows.put(new Plan.ProductYear(NDFEB, 2026), new Plan.Flow(0, 0, 100));
        flows.put(new Plan.ProductYear(SMCO, 2026), new Plan.Flow(0, 0, 20));
        flows.put(new Plan.ProductYear(NDFEB, 2027), new Plan.Flow(20, 0, 80));
        flows.put(new Plan.ProductYear(SMCO, 2027), new Plan.Flow(20, 0, 0));
        List<Plan.Build> builds = List.of(new Plan.Build("ndfeb-line", 2026, 0.2), new Plan.Build("smco-line", 2026, 1));
        return new Plan(builds, flows, Map.of(), Map.of(), Map.of(2026, 1.0, 2027, 0.4), Map.of(), Map.of(), Map.of(),
                "base", Map.of(), Map.of(), Plan.Financed.NONE, solverProductDependency);
    }

    @Test
    void aSolverProductDependencyThatDisagreesWithTheFlowsIsCaughtEvenWhenTheAverageIsRight() {
        Scenario s = ScenarioLoader.load(GoldenSupport.fixture("several-products", "scenario.json"));
        AuditReport right = PlanAudit.audit(s, plan(Map.of("ndfeb", Map.of(2026, 1.0, 2027, 0.8),
                "smco", Map.of(2026, 1.0, 2027, 0.0))), false);
        assertTrue(right.passed(), () -> "the optimum's values: " + right.breaches());

        AuditReport wrong = PlanAudit.audit(s, plan(Map.of("ndfeb", Map.of(2026, 1.0, 2027, 0.4),
                "smco", Map.of(2026, 1.0, 2027, 0.4))), false);
        assertEquals(List.of(
                "dependency of final product ndfeb in 2027: the solver reports 0.4 but the plan gives 0.8",
                "dependency of final product smco in 2027: the solver reports 0.4 but the plan gives 0.0"),
                wrong.breaches());
    }
}

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
 * The audit recomputes Dy/Tb use from the scenario with each year's intensity and the thrifting it allows
 * (golden/thrifting: US makes 100 t/yr of magnets; 0.04 t Dy/Tb per t in 2026, 0.02 in 2027; gbd treats 60 t/yr per
 * unit and saves half the Dy/Tb of what it treats).
 */
class ThriftingAuditTest {
    private static final Path CASE = Path.of("src/test/resources/golden/thrifting");
    private static final ProductKey DYTB = new ProductKey("metal", "dytb");
    private static final ProductKey MAGNET = new ProductKey("magnet", "magnet");

    /** A plan: US magnets 100 t/yr (other origin), Dy/Tb bought as given, gbd funded once in 2026 if it treats. */
    private static Plan plan(double dytb2026, double dytb2027, double treated) {
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        Map<Plan.OptionYear, Plan.Thrifted> thrifted = new LinkedHashMap<>();
        double[] bought = {dytb2026, dytb2027};
        for (int year = 2026; year <= 2027; year++) {
            flows.put(new Plan.ProductYear(MAGNET, year), new Plan.Flow(0, 100, 0));
            flows.put(new Plan.ProductYear(DYTB, year), new Plan.Flow(0, 0, bought[year - 2026]));
            if (treated > 0) {
                thrifted.put(new Plan.OptionYear("gbd", year), new Plan.Thrifted(0, treated));
            }
        }
        List<Plan.Build> builds = treated > 0 ? List.of(new Plan.Build("gbd", 2026, 1.0)) : List.of();
        return new Plan(builds, flows, Map.of(), Map.of(), Map.of(2026, 1.0, 2027, 1.0), Map.of(), Map.of(), Map.of(),
                "base", thrifted, Map.of());
    }

    private static List<String> breaches(String file, Plan plan) {
        Scenario s = ScenarioLoader.load(CASE.resolve(file));
        return PlanAudit.audit(s, plan, false).breaches();
    }

    @Test
    void dyTbUseFollowsTheYearsIntensity() {
        assertEquals(List.of(), breaches("scenario.json", plan(4, 2, 0)));
        List<String> b = breaches("scenario.json", plan(4, 1.9, 0));
        assertEquals(1, b.size(), b.toString());
        assertTrue(b.get(0).startsWith("mass balance: metal,dytb in 2027: 2.000 t consumed but 1.900 t supplied"),
                b.toString());
    }

    @Test
    void thriftingSavesShareTimesIntensityTimesTreatedAndNoMore() {
        assertEquals(List.of(), breaches("thrifting.json", plan(2.8, 1.4, 60)));
        List<String> tooLittle = breaches("thrifting.json", plan(2.7, 1.4, 60));
        assertEquals(1, tooLittle.size(), tooLittle.toString());
        assertTrue(tooLittle.get(0).startsWith("mass balance: metal,dytb in 2026: 2.800 t consumed but 2.700 t"),
                tooLittle.toString());
        List<String> beyondCapacity = breaches("thrifting.json", plan(2.6, 1.3, 80));
        assertEquals(2, beyondCapacity.size(), beyondCapacity.toString());
        assertTrue(beyondCapacity.get(0).startsWith("gbd treats 80.000 t in 2026 with 60.000 t online"),
                beyondCapacity.toString());
    }
}

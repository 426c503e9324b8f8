package org.reeopt.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;

/**
 * The independent audit of a recycler with several outputs (golden/recycling-outputs: swarf-recycler, 80 t NdPr +
 * 20 t Dy/Tb oxide per unit, 1.25 t scrap per t of total output, 100 t scrap; magnets take 0.32 t NdPr + 0.08 t Dy/Tb):
 * hand-written plans, checked against the scenario alone.
 */
class RecyclingOutputsAuditTest {
    private static final ProductKey NDPR = new ProductKey("separation", "ndpr");
    private static final ProductKey DYTB = new ProductKey("separation", "dytb");
    private static final ProductKey MAGNET = new ProductKey("magnet", "magnet");

    /**
     * The hand optimum: 0.8 units (80 t/yr total, 64 t NdPr + 16 t Dy/Tb), 80 t recycled in 2027 from exactly 100 t of
     * scrap, 200 China-free magnets (64 / 0.32 = 16 / 0.08 = 200), the rest made from 256 t NdPr and 64 t Dy/Tb bought.
     * The capacity of the recycler is its total output, not that of its first material (64 t).
     */
    @Test
    void theHandOptimumPasses() {
        AuditReport audit = PlanAudit.audit(scenario(), plan(0.8, 80, 200, 0.8), false);
        assertTrue(audit.passed(), () -> "breaches: " + audit.breaches());
    }

    /**
     * 250 China-free magnets from 80 t recycled would need 80 t China-free NdPr and 20 t Dy/Tb; the recycler returns
     * 64 t NdPr (0.8 x 80) and 16 t Dy/Tb: both China-free balances are breached. Counting the whole 80 t as each
     * material would pass this plan.
     */
    @Test
    void chinaFreeMagnetsBeyondEachMaterialsShareAreBreaches() {
        AuditReport audit = PlanAudit.audit(scenario(), plan(1.0, 80, 250, 0.75), false);
        assertEquals(List.of(
                "China-free balance: separation,ndpr in 2027: 80.000 t consumed as China-free but only 64.000 t is "
                        + "China-free",
                "China-free balance: separation,dytb in 2027: 20.000 t consumed as China-free but only 16.000 t is "
                        + "China-free"), audit.breaches());
    }

    /** 90 t of total output needs 112.5 t of scrap, of which 100 t exists. */
    @Test
    void scrapCountsTheTotalOutput() {
        AuditReport audit = PlanAudit.audit(scenario(), plan(1.0, 90, 225, 0.775), false);
        assertEquals(List.of("scrap: recycling uses 112.500 t in 2027, only 100.000 t exists"), audit.breaches());
    }

    /**
     * A plan: {@code units} funded 2026, {@code recycled} t of total output in 2027, {@code chinaFreeMagnets} of the
     * 1000 magnets made China-free; oxide bought covers the rest of what the 1000 magnets take.
     */
    private static Plan plan(double units, double recycled, double chinaFreeMagnets, double endToEnd2027) {
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        flows.put(new Plan.ProductYear(NDPR, 2026), new Plan.Flow(0, 0, 320));
        flows.put(new Plan.ProductYear(DYTB, 2026), new Plan.Flow(0, 0, 80));
        flows.put(new Plan.ProductYear(MAGNET, 2026), new Plan.Flow(0, 1000, 0));
        flows.put(new Plan.ProductYear(NDPR, 2027), new Plan.Flow(0, 0, 320 - 0.8 * recycled));
        flows.put(new Plan.ProductYear(DYTB, 2027), new Plan.Flow(0, 0, 80 - 0.2 * recycled));
        flows.put(new Plan.ProductYear(MAGNET, 2027), new Plan.Flow(chinaFreeMagnets, 1000 - chinaFreeMagnets, 0));
        return new Plan(List.of(new Plan.Build("swarf-recycler", 2026, units)), flows,
                Map.of(new Plan.OptionYear("swarf-recycler", 2027), recycled), Map.of(),
                Map.of(2026, 1.0, 2027, endToEnd2027));
    }

    private static Scenario scenario() {
        try {
            return ScenarioLoader.load(Path.of(RecyclingOutputsAuditTest.class
                    .getResource("/golden/recycling-outputs/scenario.json").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.scenario.PriceSupport;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.solve.SolveStatus;

/**
 * Price support on random tiny scenarios ({@link TinyScenarios}) whose planning nation pays the price gap of its final
 * product: allowing a price contract (an offtake or a floor at or above the China-free cost, optional volume) never
 * raises dependency at the same budget, since covering no volume costs nothing.
 */
class PriceSupportPropertiesTest {
    private static final double SHARE_TOL = 1e-6;
    private static final SourceRef GENERATED = new SourceRef("generated", 0, "", "");

    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    private static Scenario supported(Scenario s, double cost, double low, double high,
                                      List<PriceSupport.Contract> contracts) {
        ProductKey p = s.chain().finalProduct().key();
        List<PriceSupport.MarketPrice> prices = new ArrayList<>();
        prices.add(new PriceSupport.MarketPrice(p, s.horizon().firstYear(), "low", 0.5, low, GENERATED));
        prices.add(new PriceSupport.MarketPrice(p, s.horizon().firstYear(), "high", 0.5, high, GENERATED));
        PriceSupport support = new PriceSupport(prices, contracts, true, Map.of(p.stage(), cost), List.of());
        return s.withBudget(s.budget().withFinancing(s.budget().financing().withPriceSupport(support)));
    }

    private static double objective(Scenario s) {
        RunResult r = Pipeline.run(s, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, r.status(), () -> r.summary().message());
        assertTrue(r.auditPassed(), () -> "audit: " + r.summary().audit().breaches());
        return r.summary().objective();
    }

    @Property(tries = 5)
    void aPriceContractNeverRaisesDependencyAtTheSameBudget(
            @ForAll("scenarios") TinyScenarios.Spec spec,
            @ForAll @DoubleRange(min = 0.0, max = 300.0) double cost,
            @ForAll @DoubleRange(min = 0.0, max = 300.0) double low,
            @ForAll @DoubleRange(min = 0.0, max = 300.0) double high,
            @ForAll @DoubleRange(min = 0.0, max = 100.0) double markUp,
            @ForAll @DoubleRange(min = 0.0, max = 5000.0) double maxTonnes,
            @ForAll boolean floor) {
        Scenario base = spec.toScenario();
        ProductKey p = base.chain().finalProduct().key();
        PriceSupport.Contract contract = new PriceSupport.Contract("c", "Contract",
                floor ? PriceSupport.ContractKind.PRICE_FLOOR : PriceSupport.ContractKind.OFFTAKE, p, cost + markUp,
                0.0, maxTonnes, base.horizon().firstYear(), base.horizon().lastYear(), "", GENERATED);
        double gapOnly = objective(supported(base, cost, low, high, List.of()));
        double withContract = objective(supported(base, cost, low, high, List.of(contract)));
        assertTrue(withContract <= gapOnly + SHARE_TOL, () -> contract + " raised the objective from " + gapOnly
                + " to " + withContract);
    }
}

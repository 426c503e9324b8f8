package org.reeopt.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Price paths of {@link PriceSupport}: which paths apply in which future, prices held flat outside their rows, and
 * the expected costs by hand.
 *
 * <pre>
 * NdPr at separation: general paths low (0.25) 60 in 2026 and 80 from 2028, high (0.75) 120; a path "ban" named
 * after the risk scenario ban: 200.
 * In the future "base" (or none named): low and high. In "ban": ban alone, probability 1.
 * Price of low: 2025 -> 60 (before the first row: the earliest), 2027 -> 60 (the latest row before), 2030 -> 80.
 * China-free cost 100, payPriceGap: expected gap in 2027 = 0.25 x (100 - 60) + 0.75 x 0 = 10; in "ban": 0.
 * Floor 110 in 2027: 0.25 x 50 + 0 = 12.5; lowest path (60, the ban path is higher) 50. Offtake 110 in 2027:
 * 0.25 x 50 + 0.75 x (-10) = 5; in "ban": -90.
 * </pre>
 */
class PriceSupportTest {
    private static final SourceRef SRC = new SourceRef("test", 0, "", "");
    private static final ProductKey NDPR = new ProductKey("separation", "ndpr");
    private static final PriceSupport SUPPORT = new PriceSupport(List.of(
            new PriceSupport.MarketPrice(NDPR, 2026, "low", 0.25, 60, SRC),
            new PriceSupport.MarketPrice(NDPR, 2028, "low", 0.25, 80, SRC),
            new PriceSupport.MarketPrice(NDPR, 2026, "high", 0.75, 120, SRC),
            new PriceSupport.MarketPrice(NDPR, 2026, "ban", 1.0, 200, SRC)), List.of(), true,
            Map.of("separation", 100.0), List.of("ban"));

    private static PriceSupport.Contract contract(PriceSupport.ContractKind kind) {
        return new PriceSupport.Contract("c", "C", kind, NDPR, 110, 0, 1000, 2026, 2035, "", SRC);
    }

    @Test
    void aPathNamedAfterAFutureAppliesAloneInIt() {
        assertEquals(Map.of("low", 0.25, "high", 0.75), SUPPORT.pathsIn(NDPR, "base"));
        assertEquals(Map.of("ban", 1.0), SUPPORT.pathsIn(NDPR, "ban"));
    }

    @Test
    void pricesAreHeldFlatOutsideTheirRows() {
        assertEquals(60, SUPPORT.price(NDPR, "low", 2025));
        assertEquals(60, SUPPORT.price(NDPR, "low", 2027));
        assertEquals(80, SUPPORT.price(NDPR, "low", 2030));
    }

    @Test
    void expectedGapFloorAndOfftakeByHand() {
        assertEquals(10, SUPPORT.expectedGapUsdPerKg(NDPR, 2027, "base"), 1e-12);
        assertEquals(0, SUPPORT.expectedGapUsdPerKg(NDPR, 2027, "ban"), 1e-12);
        PriceSupport.Contract floor = contract(PriceSupport.ContractKind.PRICE_FLOOR);
        assertEquals(12.5, SUPPORT.expectedContractCostUsdPerKg(floor, 2027, "base"), 1e-12);
        assertEquals(50, SUPPORT.lowestPathCostUsdPerKg(floor, 2027), 1e-12);
        PriceSupport.Contract offtake = contract(PriceSupport.ContractKind.OFFTAKE);
        assertEquals(5, SUPPORT.expectedContractCostUsdPerKg(offtake, 2027, "base"), 1e-12);
        assertEquals(-90, SUPPORT.expectedContractCostUsdPerKg(offtake, 2027, "ban"), 1e-12);
        assertEquals(0, SUPPORT.expectedContractCostUsdPerKg(offtake, 2036, "base"), 1e-12);
    }
}

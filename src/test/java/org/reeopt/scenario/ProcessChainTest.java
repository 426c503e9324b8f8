package org.reeopt.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessChainTest {
    private static final double EPS = 1e-12;

    /** The US data chain: mining -> separation (yield 0.9) -> metal (0.82 / 0.85) -> magnet (0.287 NdPr, 0.017 Dy/Tb). */
    private static ProcessChain usChain() {
        return new ProcessChain(
                List.of(new Stage("mining", "m", 0), new Stage("separation", "s", 1), new Stage("metal", "t", 2),
                        new Stage("magnet", "g", 3)),
                List.of(new Product("mining", "ndpr", Map.of()), new Product("mining", "dytb", Map.of()),
                        new Product("separation", "ndpr", Map.of("ndpr", 1 / 0.90)),
                        new Product("separation", "dytb", Map.of("dytb", 1 / 0.90)),
                        new Product("metal", "ndpr", Map.of("ndpr", 1 / 0.82)),
                        new Product("metal", "dytb", Map.of("dytb", 1 / 0.85)),
                        new Product("magnet", "magnet", Map.of("ndpr", 0.287, "dytb", 0.017))));
    }

    @Test
    void embodiedContentWalksTheRecipesUpTheChain() {
        Map<ProductKey, Double> c = usChain().embodiedContent(new ProductKey("magnet", "magnet"));
        assertEquals(7, c.size(), c.toString());
        assertEquals(1.0, c.get(new ProductKey("magnet", "magnet")), EPS);
        assertEquals(0.287, c.get(new ProductKey("metal", "ndpr")), EPS);
        assertEquals(0.017, c.get(new ProductKey("metal", "dytb")), EPS);
        assertEquals(0.287 / 0.82, c.get(new ProductKey("separation", "ndpr")), EPS);
        assertEquals(0.017 / 0.85, c.get(new ProductKey("separation", "dytb")), EPS);
        assertEquals(0.287 / 0.82 / 0.90, c.get(new ProductKey("mining", "ndpr")), EPS);
        assertEquals(0.017 / 0.85 / 0.90, c.get(new ProductKey("mining", "dytb")), EPS);
    }

    @Test
    void embodiedContentOfAnIntermediateProductStopsAtItAndLeavesOutWhatDoesNotFeedIt() {
        Map<ProductKey, Double> c = usChain().embodiedContent(new ProductKey("metal", "dytb"));
        assertEquals(Map.of(new ProductKey("metal", "dytb"), 1.0,
                new ProductKey("separation", "dytb"), 1 / 0.85,
                new ProductKey("mining", "dytb"), 1 / 0.85 / 0.90).keySet(), c.keySet());
        assertEquals(1 / 0.85 / 0.90, c.get(new ProductKey("mining", "dytb")), EPS);
        assertFalse(c.containsKey(new ProductKey("mining", "ndpr")));
        assertFalse(c.containsKey(new ProductKey("magnet", "magnet")), "downstream products are not content");
    }

    @Test
    void embodiedContentOfAFirstStageProductIsItself() {
        assertEquals(Map.of(new ProductKey("mining", "ndpr"), 1.0),
                usChain().embodiedContent(new ProductKey("mining", "ndpr")));
    }

    @Test
    void contentReachingOneUpstreamProductByTwoRoutesAddsUp() {
        // both metals are made from one mixed oxide: 0.3 t NdPr * 1.2 + 0.02 t Dy * 2.0 = 0.4 t oxide per t magnet
        ProcessChain chain = new ProcessChain(
                List.of(new Stage("oxide", "o", 0), new Stage("metal", "m", 1), new Stage("magnet", "g", 2)),
                List.of(new Product("oxide", "mix", Map.of()),
                        new Product("metal", "nd", Map.of("mix", 1.2)),
                        new Product("metal", "dy", Map.of("mix", 2.0)),
                        new Product("magnet", "mag", Map.of("nd", 0.3, "dy", 0.02))));
        Map<ProductKey, Double> c = chain.embodiedContent(new ProductKey("magnet", "mag"));
        assertEquals(0.4, c.get(new ProductKey("oxide", "mix")), EPS);
        assertEquals(0.3, c.get(new ProductKey("metal", "nd")), EPS);
        assertEquals(0.02, c.get(new ProductKey("metal", "dy")), EPS);
    }

    @Test
    void embodiedContentOfAnUnknownStageThrows() {
        assertThrows(java.util.NoSuchElementException.class,
                () -> usChain().embodiedContent(new ProductKey("smelting", "ndpr")));
    }

    @Test
    void navigationHelpers() {
        ProcessChain chain = usChain();
        assertEquals("mining", chain.firstStage().id());
        assertEquals("magnet", chain.finalStage().id());
        assertEquals(new ProductKey("magnet", "magnet"), chain.finalProduct().key());
        assertEquals("metal", chain.nextStage(chain.stage("separation").orElseThrow()).orElseThrow().id());
        assertFalse(chain.nextStage(chain.finalStage()).isPresent());
        assertEquals(List.of("ndpr", "dytb"), chain.productsOf("separation").stream().map(Product::material).toList());
        assertEquals(3, chain.productsDownstreamOf("separation").size());
    }
}

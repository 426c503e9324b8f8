package org.reeopt.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several final products, each with its own demand, dependency and objective weight (scenario field
 * {@code finalProducts}; docs/formulation.md, "Several final products"). {@link #NONE} is the one-product scenario of
 * the field {@code demand}: the model is then exactly the one-product model.
 *
 * @param byMaterial every final product by its material id (the final stage's products), in the scenario's order
 */
public record FinalProducts(Map<String, FinalProduct> byMaterial) {
    public static final FinalProducts NONE = new FinalProducts(Map.of());

    public FinalProducts {
        byMaterial = Ordered.copy(byMaterial);
    }

    /**
     * One final product: demand (t/yr), the weight of its dependency in the objective (default 1) and the family it
     * is reported under (default its material id, e.g. "NdFeB", "SmCo" or one licensed element).
     */
    public record FinalProduct(String material, Map<Integer, Double> demandTonnesPerYear, double weight,
                               String family) {
        public FinalProduct {
            demandTonnesPerYear = Ordered.copy(demandTonnesPerYear);
        }

        public double demandTonnes(int year) {
            return demandTonnesPerYear.getOrDefault(year, 0.0);
        }
    }

    public boolean present() {
        return !byMaterial.isEmpty();
    }

    public List<FinalProduct> products() {
        return List.copyOf(byMaterial.values());
    }

    /** The same products with every demand times {@code factor} (a drawn demand: {@link Uncertainty#apply}). */
    public FinalProducts withDemandTimes(double factor) {
        Map<String, FinalProduct> out = new LinkedHashMap<>();
        byMaterial.forEach((m, p) -> {
            Map<Integer, Double> demand = new LinkedHashMap<>();
            p.demandTonnesPerYear().forEach((year, t) -> demand.put(year, t * factor));
            out.put(m, new FinalProduct(p.material(), demand, p.weight(), p.family()));
        });
        return new FinalProducts(out);
    }

    /** Sum of the products' weights: what the weighted average dependency is divided by. */
    public double totalWeight() {
        return byMaterial.values().stream().mapToDouble(FinalProduct::weight).sum();
    }

    /** Total demand of all final products in {@code year}, t/yr (tonnes of different products added up). */
    public Map<Integer, Double> totalDemandTonnesPerYear() {
        Map<Integer, Double> total = new LinkedHashMap<>();
        for (FinalProduct p : byMaterial.values()) {
            p.demandTonnesPerYear().forEach((year, tonnes) -> total.merge(year, tonnes, Double::sum));
        }
        return total;
    }

    /** The families in order of first appearance, each with its products' materials. */
    public Map<String, List<String>> families() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FinalProduct p : byMaterial.values()) {
            out.computeIfAbsent(p.family(), f -> new java.util.ArrayList<>()).add(p.material());
        }
        return out;
    }
}

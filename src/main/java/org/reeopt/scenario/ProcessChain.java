package org.reeopt.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered chain of stages and the products each makes. Stage k consumes only products of stage k-1; the last
 * stage's products meet final demand. This is a small commodity/process network: nothing here knows the names
 * "mining" or "magnet".
 */
public record ProcessChain(List<Stage> stages, List<Product> products) {
    public ProcessChain {
        stages = List.copyOf(stages);
        products = List.copyOf(products);
    }

    public Stage firstStage() {
        return stages.get(0);
    }

    public Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    public Optional<Stage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Stage> nextStage(Stage stage) {
        return stage.index() + 1 < stages.size() ? Optional.of(stages.get(stage.index() + 1)) : Optional.empty();
    }

    public List<Product> productsOf(String stageId) {
        return products.stream().filter(p -> p.stage().equals(stageId)).toList();
    }

    public Optional<Product> product(ProductKey key) {
        return products.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * The final stage's product that meets demand: the first one (validation ensures there is exactly one, unless
     * the scenario lists several {@code finalProducts}).
     */
    public Product finalProduct() {
        return productsOf(finalStage().id()).get(0);
    }

    /** The final stage's products, each meeting its own demand (one, unless the scenario lists several). */
    public List<Product> finalProducts() {
        return productsOf(finalStage().id());
    }

    /**
     * Tonnes of every product embodied in one tonne of {@code downstream}, including {@code downstream} itself
     * (content 1). Found by walking the recipes back up the chain; an upstream product that does not feed
     * {@code downstream} is absent.
     */
    public Map<ProductKey, Double> embodiedContent(ProductKey downstream) {
        return embodiedContent(downstream, Product::inputTonnesPerTonne);
    }

    /**
     * The same with the recipes of {@code year} ({@link Product#inputTonnesPerTonne(int)}): equal to
     * {@link #embodiedContent(ProductKey)} when no recipe changes over time.
     */
    public Map<ProductKey, Double> embodiedContent(ProductKey downstream, int year) {
        return embodiedContent(downstream, p -> p.inputTonnesPerTonne(year));
    }

    /** Whether some recipe changes over time (a dated process-chain row). */
    public boolean recipesChangeOverTime() {
        return products.stream().anyMatch(p -> !p.datedInputs().isEmpty());
    }

    private Map<ProductKey, Double> embodiedContent(ProductKey downstream,
                                                     java.util.function.Function<Product, Map<String, Double>> recipe) {
        Map<ProductKey, Double> content = new LinkedHashMap<>();
        content.put(downstream, 1.0);
        Map<ProductKey, Double> frontier = Map.of(downstream, 1.0);
        Stage stage = stage(downstream.stage()).orElseThrow();
        while (stage.index() > 0) {
            Stage upstream = stages.get(stage.index() - 1);
            Map<ProductKey, Double> next = new LinkedHashMap<>();
            for (Map.Entry<ProductKey, Double> e : frontier.entrySet()) {
                Product product = product(e.getKey()).orElseThrow();
                recipe.apply(product).forEach((material, perTonne) ->
                        next.merge(new ProductKey(upstream.id(), material), e.getValue() * perTonne, Double::sum));
            }
            content.putAll(next);
            frontier = next;
            stage = upstream;
        }
        return content;
    }

    /** Products of stages strictly after {@code stageId}, in chain order. */
    public List<Product> productsDownstreamOf(String stageId) {
        int index = stage(stageId).orElseThrow().index();
        List<Product> out = new ArrayList<>();
        for (Product p : products) {
            if (stage(p.stage()).orElseThrow().index() > index) {
                out.add(p);
            }
        }
        return out;
    }
}

package org.reeopt.scenario;

import java.util.Map;

/**
 * What a stage makes: material {@code material} at stage {@code stage}. Making one tonne consumes
 * {@code inputTonnesPerTonne.get(m)} tonnes of material m made by the previous stage (empty for the first stage).
 * A plain yield y of the same material is the entry {material: 1/y}; a magnet recipe lists several materials.
 */
public record Product(String stage, String material, Map<String, Double> inputTonnesPerTonne) {
    public Product {
        inputTonnesPerTonne = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputTonnesPerTonne));
    }

    public ProductKey key() {
        return new ProductKey(stage, material);
    }
}

package org.reeopt.scenario;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a stage makes: material {@code material} at stage {@code stage}. Making one tonne consumes
 * {@code inputTonnesPerTonne.get(m)} tonnes of material m made by the previous stage (empty for the first stage).
 * A plain yield y of the same material is the entry {material: 1/y}; a magnet recipe lists several materials.
 * {@code datedInputs} override that recipe in the years they cover (a recipe by year, or a yearly intensity change).
 */
public record Product(String stage, String material, Map<String, Double> inputTonnesPerTonne,
                      List<DatedRecipe> datedInputs) {
    public Product {
        inputTonnesPerTonne = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputTonnesPerTonne));
        datedInputs = List.copyOf(datedInputs);
    }

    /** A product whose recipe is the same in every year. */
    public Product(String stage, String material, Map<String, Double> inputTonnesPerTonne) {
        this(stage, material, inputTonnesPerTonne, List.of());
    }

    public ProductKey key() {
        return new ProductKey(stage, material);
    }

    /**
     * The recipe in {@code year}: a dated row that covers the year, else the row without years. Without dated rows
     * this is {@link #inputTonnesPerTonne()} itself, so a recipe without change gives the same numbers as before.
     */
    public Map<String, Double> inputTonnesPerTonne(int year) {
        if (datedInputs.isEmpty()) {
            return inputTonnesPerTonne;
        }
        Map<String, Double> recipe = new LinkedHashMap<>(inputTonnesPerTonne);
        for (DatedRecipe d : datedInputs) {
            if (d.covers(year)) {
                recipe.put(d.inputMaterial(), d.inputTonnesPerTonne(year));
            }
        }
        return recipe;
    }

    /**
     * The same product with the tonnes of each material of {@code factorByMaterial} per tonne multiplied by its
     * factor, in every year (dated rows too), when that material is not the product's own (a recipe such as Dy/Tb
     * per tonne of magnet; a yield of a material from itself is left alone). Used by
     * {@code inputIntensityFactorByMaterial} and by a drawn {@code intensity} ({@link Uncertainty#apply}).
     */
    public Product withInputIntensity(Map<String, Double> factorByMaterial) {
        Map<String, Double> recipe = new LinkedHashMap<>();
        inputTonnesPerTonne.forEach((m, t) -> recipe.put(m, t * intensityFactor(factorByMaterial, m)));
        List<DatedRecipe> dated = datedInputs.stream().map(d -> new DatedRecipe(d.inputMaterial(), d.fromYear(),
                d.toYear(), d.inputTonnesPerTonne() * intensityFactor(factorByMaterial, d.inputMaterial()),
                d.intensityChangePerYear(), d.source())).toList();
        return new Product(stage, material, recipe, dated);
    }

    private double intensityFactor(Map<String, Double> factorByMaterial, String input) {
        return input.equals(material) ? 1.0 : factorByMaterial.getOrDefault(input, 1.0);
    }

    /** Every material this product takes in some year. */
    public Set<String> inputMaterials() {
        Set<String> out = new LinkedHashSet<>(inputTonnesPerTonne.keySet());
        datedInputs.forEach(d -> out.add(d.inputMaterial()));
        return out;
    }
}

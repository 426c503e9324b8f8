package org.reeopt.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.FinalProducts;
import org.reeopt.scenario.Material;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;

/**
 * The final products of a plan (several final products, docs/formulation.md "Several final products"): each
 * product's dependency, the dependency of each material family, and the exposure of export-licensed materials.
 */
final class ProductSummaries {
    /** A licensed element counts as exposed: {@link ResultSummary.FinalProductsResult#EXPOSED_SHARE}. */
    static final double EXPOSED_SHARE = ResultSummary.FinalProductsResult.EXPOSED_SHARE;

    private ProductSummaries() {
    }

    /** Whether a result has this section: the scenario lists several final products or export-licensed materials. */
    static boolean applies(Scenario s) {
        return s.finalProducts().present() || s.materials().stream().anyMatch(Material::exportLicensed);
    }

    static ResultSummary.FinalProductsResult of(Scenario s, DependencyMetrics metrics) {
        Map<String, ResultSummary.FinalProductResult> products = new LinkedHashMap<>();
        for (FinalProducts.FinalProduct f : s.finalProducts().products()) {
            Map<String, Double> demand = new LinkedHashMap<>();
            Map<String, Double> dependency = new LinkedHashMap<>();
            for (int year : s.horizon().years()) {
                demand.put(Integer.toString(year), Summarizer.round(f.demandTonnes(year)));
                dependency.put(Integer.toString(year), Summarizer.share(metrics.productEndToEnd(f.material(), year)));
            }
            products.put(f.material(), new ResultSummary.FinalProductResult(f.family(), f.weight(), demand, dependency));
        }
        Map<String, Map<String, Double>> byFamily = new LinkedHashMap<>();
        s.finalProducts().families().forEach((family, materials) -> {
            Map<String, Double> byYear = new LinkedHashMap<>();
            for (int year : s.horizon().years()) {
                double dependent = 0;
                double demand = 0;
                for (String m : materials) {
                    dependent += s.demandTonnes(m, year) * metrics.productEndToEnd(m, year);
                    demand += s.demandTonnes(m, year);
                }
                byYear.put(Integer.toString(year), Summarizer.share(dependent / demand));
            }
            byFamily.put(family, byYear);
        });
        Map<String, Map<String, Double>> licensed = new LinkedHashMap<>();
        for (Material m : s.materials()) {
            if (!m.exportLicensed()) {
                continue;
            }
            Map<String, Double> byYear = new LinkedHashMap<>();
            for (int year : s.horizon().years()) {
                double worst = Double.NaN;
                for (Product p : s.chain().products()) {
                    double d = p.material().equals(m.id()) ? metrics.stageMaterial(p.key(), year) : Double.NaN;
                    worst = Double.isNaN(worst) || d > worst ? d : worst;
                }
                if (!Double.isNaN(worst)) {
                    byYear.put(Integer.toString(year), Summarizer.share(worst));
                }
            }
            if (!byYear.isEmpty()) {
                licensed.put(m.id(), byYear);
            }
        }
        return new ResultSummary.FinalProductsResult(products, byFamily, licensed,
                licensedHeadline(s, licensed, s.horizon().lastYear()));
    }

    /**
     * "Licensed elements still China-exposed in 2040: 3 of 7 (sm 100.0%, y 62.0%, ...)": each licensed element's
     * largest China-origin share over the stages it passes, in the last year.
     */
    static String licensedHeadline(Scenario s, Map<String, Map<String, Double>> licensed, int year) {
        if (licensed.isEmpty()) {
            return null;
        }
        String y = Integer.toString(year);
        List<String> exposed = licensed.entrySet().stream()
                .filter(e -> e.getValue().getOrDefault(y, 0.0) > EXPOSED_SHARE)
                .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * e.getValue().get(y)))
                .toList();
        if (exposed.isEmpty()) {
            return "No licensed element exposed to " + s.lastResortSupplier() + " in " + year + " (all "
                    + licensed.size() + " at most " + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * EXPOSED_SHARE)
                    + " China-origin at every stage)";
        }
        return "Licensed elements still exposed to " + s.lastResortSupplier() + " in " + year + ": " + exposed.size()
                + " of " + licensed.size() + " (" + String.join(", ", exposed)
                + ": largest China-origin share of the requirement over the stages)";
    }
}

package org.reeopt.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reeopt.scenario.PriceSupport;
import org.reeopt.scenario.ProductKey;

/**
 * Reads market prices and price support (docs/scenario-format.md, "Price support"): {@code tables.marketPrices},
 * {@code tables.priceContracts} and the keys {@code payPriceGap} and {@code chinaFreeCostUsdPerKgByStage} of the
 * top-level {@code financing} object. Every problem names its file, line and field.
 */
final class PriceTables {
    /** Probabilities of a product's general paths must add up to 1 within this. */
    private static final double PROBABILITY_TOLERANCE = 1e-6;

    private PriceTables() {
    }

    /** {@code accountIds}: the ids tables.accounts names (a contract may draw on one). */
    static PriceSupport read(JsonObject root, JsonObject tables, Set<String> accountIds, Problems problems) {
        Set<String> stages = ids(root, "stages", problems);
        Set<String> materials = ids(root, "materials", problems);
        List<String> futures = new ArrayList<>();
        problems.attempt(() -> root.objects("riskScenarios").forEach(r -> r.optText("name").ifPresent(futures::add)));
        List<PriceSupport.MarketPrice> prices = problems.attempt(() -> tables.optText("marketPrices")
                .map(p -> marketPrices(Path.of(p), stages, materials, futures, problems)).orElse(List.of()),
                List.of());
        Set<ProductKey> priced = new HashSet<>();
        prices.forEach(p -> priced.add(p.product()));
        boolean pay = problems.attempt(() -> root.optObject("financing").map(f -> f.flag("payPriceGap", false))
                .orElse(false), false);
        Map<String, Double> costs = problems.attempt(() -> root.optObject("financing")
                .map(f -> costs(f, stages)).orElse(Map.of()), Map.of());
        List<PriceSupport.Contract> contracts = problems.attempt(() -> tables.optText("priceContracts")
                .map(p -> contracts(Path.of(p), stages, materials, priced, pay ? costs : Map.of(), accountIds,
                        problems))
                .orElse(List.of()), List.of());
        if (pay && costs.isEmpty()) {
            problems.attempt(() -> {
                throw root.object("financing").error("payPriceGap",
                        "needs chinaFreeCostUsdPerKgByStage (the China-free production cost the gap is measured from)");
            });
        }
        if (pay && prices.isEmpty()) {
            problems.attempt(() -> {
                throw root.object("financing").error("payPriceGap",
                        "needs tables.marketPrices (the market price the gap is measured to)");
            });
        }
        return new PriceSupport(prices, contracts, pay, costs, futures);
    }

    private static Set<String> ids(JsonObject root, String field, Problems problems) {
        Set<String> out = new HashSet<>();
        problems.attempt(() -> root.objects(field).forEach(o -> o.optText("id").ifPresent(out::add)));
        return out;
    }

    private static Map<String, Double> costs(JsonObject f, Set<String> stages) {
        Map<String, Double> costs = f.numbersById("chinaFreeCostUsdPerKgByStage");
        costs.forEach((stage, cost) -> {
            if (!stages.contains(stage)) {
                throw f.error("chinaFreeCostUsdPerKgByStage", "no stage \"" + stage + "\""
                        + NearestName.hint(stage, stages));
            }
            if (!(cost >= 0)) {
                throw f.error("chinaFreeCostUsdPerKgByStage", stage + ": must not be negative, got " + cost);
            }
        });
        return costs;
    }

    private static int requiredYear(CsvTable.Row row, String column) {
        if (row.optText(column).isEmpty()) {
            throw row.error(column, "is required");
        }
        return row.year(column, 0);
    }

    private static ProductKey product(CsvTable.Row row, Set<String> stages, Set<String> materials) {
        String stage = row.text("stage");
        if (!stages.contains(stage)) {
            throw row.error("stage", "no stage \"" + stage + "\"" + NearestName.hint(stage, stages));
        }
        String material = row.text("material");
        if (!materials.contains(material)) {
            throw row.error("material", "no material \"" + material + "\"" + NearestName.hint(material, materials));
        }
        return new ProductKey(stage, material);
    }

    /** market-prices.csv: stage, material, year, priceUsdPerKg and optionally path (default central), probability. */
    static List<PriceSupport.MarketPrice> marketPrices(Path path, Set<String> stages, Set<String> materials,
                                                       List<String> futures, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("stage", "material", "year", "priceUsdPerKg"),
                DataTables.with(Set.of("path", "probability")), problems);
        List<PriceSupport.MarketPrice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Double> probabilityOfPath = new HashMap<>();
        Map<ProductKey, Map<String, Double>> generalPaths = new LinkedHashMap<>();
        Map<ProductKey, CsvTable.Row> firstRow = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                ProductKey product = product(row, stages, materials);
                int year = requiredYear(row, "year");
                String name = row.optText("path").isEmpty() ? "central" : row.optText("path");
                double price = row.number("priceUsdPerKg");
                if (!(price >= 0)) {
                    throw row.error("priceUsdPerKg", "must not be negative, got " + price);
                }
                double probability = row.number("probability", 1.0);
                if (!(probability > 0 && probability <= 1)) {
                    throw row.error("probability", "must be a share above 0 and at most 1, got " + probability);
                }
                String key = product + "/" + name;
                if (!seen.add(key + "/" + year)) {
                    throw row.error("year", "the price of " + product.stage() + " " + product.material() + " on path "
                            + name + " in " + year + " is listed twice");
                }
                Double before = probabilityOfPath.putIfAbsent(key, probability);
                if (before != null && Math.abs(before - probability) > PROBABILITY_TOLERANCE) {
                    throw row.error("probability", "path " + name + " has probability " + before
                            + " on an earlier row; one path has one probability");
                }
                if (!futures.contains(name)) {
                    generalPaths.computeIfAbsent(product, k -> new LinkedHashMap<>()).put(name, probability);
                }
                firstRow.putIfAbsent(product, row);
                out.add(new PriceSupport.MarketPrice(product, year, name, probability, price, DataTables.source(row)));
            });
        }
        generalPaths.forEach((product, paths) -> {
            double sum = paths.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
                problems.attempt(() -> {
                    throw firstRow.get(product).error("probability", "the probabilities of the paths of "
                            + product.stage() + " " + product.material() + " not named after a risk scenario "
                            + paths.keySet() + " add up to " + sum + ", not 1");
                });
            }
        });
        for (ProductKey product : firstRow.keySet()) {
            if (!generalPaths.containsKey(product)) {
                problems.attempt(() -> {
                    throw firstRow.get(product).error("path", "every path of " + product.stage() + " "
                            + product.material() + " is named after a risk scenario: a set of other paths is needed"
                            + " for the futures (or the scenario) that name none");
                });
            }
        }
        return out;
    }

    /**
     * price-contracts.csv: id, name, kind (price-floor, offtake), stage, material, priceUsdPerKg,
     * maxVolumeTonnesPerYear, firstYear, lastYear and optionally minVolumeTonnesPerYear, account.
     */
    static List<PriceSupport.Contract> contracts(Path path, Set<String> stages, Set<String> materials,
                                                 Set<ProductKey> priced, Map<String, Double> gapCosts,
                                                 Set<String> accountIds, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("id", "name", "kind", "stage", "material",
                        "priceUsdPerKg", "maxVolumeTonnesPerYear", "firstYear", "lastYear"),
                DataTables.with(Set.of("minVolumeTonnesPerYear", "account")), problems);
        List<PriceSupport.Contract> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String id = row.text("id");
                if (!seen.add(id)) {
                    throw row.error("id", "price contract " + id + " is listed twice");
                }
                String kindText = row.text("kind");
                PriceSupport.ContractKind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
                    case "price-floor" -> PriceSupport.ContractKind.PRICE_FLOOR;
                    case "offtake" -> PriceSupport.ContractKind.OFFTAKE;
                    default -> throw row.error("kind", "\"" + kindText + "\" is not one of price-floor, offtake");
                };
                ProductKey product = product(row, stages, materials);
                if (!priced.contains(product)) {
                    throw row.error("material", "tables.marketPrices has no price of " + product.stage() + " "
                            + product.material() + " (a contract's cost is measured against the market price)");
                }
                double price = row.number("priceUsdPerKg");
                if (!(price >= 0)) {
                    throw row.error("priceUsdPerKg", "must not be negative, got " + price);
                }
                Double cost = gapCosts.get(product.stage());
                if (cost != null && price < cost) {
                    throw row.error("priceUsdPerKg", price + " USD/kg is below the China-free production cost of "
                            + product.stage() + " (" + cost + " USD/kg): the covered volume would still lose money,"
                            + " so the contract cannot replace paying the gap");
                }
                double max = row.number("maxVolumeTonnesPerYear");
                double min = row.number("minVolumeTonnesPerYear", 0.0);
                if (!(max >= 0)) {
                    throw row.error("maxVolumeTonnesPerYear", "must not be negative, got " + max);
                }
                if (!(min >= 0 && min <= max)) {
                    throw row.error("minVolumeTonnesPerYear", "must be from 0 to maxVolumeTonnesPerYear (" + max
                            + "), got " + min);
                }
                int first = requiredYear(row, "firstYear");
                int last = requiredYear(row, "lastYear");
                if (last < first) {
                    throw row.error("lastYear", last + " is before firstYear " + first);
                }
                String account = row.optText("account");
                if (!account.isEmpty() && !accountIds.contains(account)) {
                    throw row.error("account", "no account \"" + account + "\" in tables.accounts"
                            + NearestName.hint(account, accountIds));
                }
                out.add(new PriceSupport.Contract(id, row.text("name"), kind, product, price, min, max, first, last,
                        account, DataTables.source(row)));
            });
        }
        return out;
    }
}

package org.reeopt.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Market prices and what the planning nation pays to keep China-free production alive against them
 * (docs/formulation.md, "Price support"): price contracts (price floors and offtakes) on a product's China-free
 * output, and, when {@code payPriceGap}, the gap between the China-free production cost of a stage and the market
 * price on China-free output not covered by a contract. {@link #NONE}: none of it (no variable, row or cost).
 *
 * <p>Price paths: each market-price row belongs to a path with a probability. A path named after a risk scenario
 * (a future) applies alone, with probability 1, in that future; every other path belongs to the general set, whose
 * probabilities add up to 1 for each product, and which applies without futures and in every future that names no
 * path of its own for that product.
 *
 * @param chinaFreeCostUsdPerKgByStage China-free production cost of a stage's products, USD/kg (the gap is charged
 *                                     only for products with both a cost and market prices)
 * @param futureNames                  the names of the scenario's risk scenarios (a path of that name is theirs)
 */
public record PriceSupport(List<MarketPrice> marketPrices, List<Contract> contracts, boolean payPriceGap,
                           Map<String, Double> chinaFreeCostUsdPerKgByStage, List<String> futureNames) {
    public static final PriceSupport NONE = new PriceSupport(List.of(), List.of(), false, Map.of(), List.of());

    public PriceSupport {
        futureNames = List.copyOf(futureNames);
        marketPrices = List.copyOf(marketPrices);
        contracts = List.copyOf(contracts);
        chinaFreeCostUsdPerKgByStage = Ordered.copy(chinaFreeCostUsdPerKgByStage);
    }

    /** One market price: product (stage, material), year, path and its probability, USD/kg. */
    public record MarketPrice(ProductKey product, int year, String path, double probability, double priceUsdPerKg,
                              SourceRef source) {
    }

    /** A price floor pays (floor - market)+ per kg covered; an offtake pays (offtake price - market), signed. */
    public enum ContractKind {
        PRICE_FLOOR, OFFTAKE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A price contract on {@code product}'s China-free output in the years {@code firstYear..lastYear}: the covered
     * volume (t/yr, the same each year of the term) is chosen between the minimum (committed) and maximum volume;
     * {@code account} the budget account it draws on (empty: the general budget).
     */
    public record Contract(String id, String name, ContractKind kind, ProductKey product, double priceUsdPerKg,
                           double minVolumeTonnesPerYear, double maxVolumeTonnesPerYear, int firstYear, int lastYear,
                           String account, SourceRef source) {
        public boolean covers(int year) {
            return year >= firstYear && year <= lastYear;
        }

        /** What one kg covered costs at market price {@code marketUsdPerKg}, USD. */
        public double costUsdPerKg(double marketUsdPerKg) {
            return kind == ContractKind.PRICE_FLOOR ? Math.max(priceUsdPerKg - marketUsdPerKg, 0.0)
                    : priceUsdPerKg - marketUsdPerKg;
        }
    }

    public boolean present() {
        return !contracts.isEmpty() || payPriceGap;
    }

    /** The paths of {@code product} that apply in {@code future} and their probabilities. */
    public Map<String, Double> pathsIn(ProductKey product, String future) {
        Map<String, Double> general = new LinkedHashMap<>();
        for (MarketPrice p : marketPrices) {
            if (p.product().equals(product)) {
                if (p.path().equals(future)) {
                    return Map.of(future, 1.0);
                }
                general.putIfAbsent(p.path(), p.probability());
            }
        }
        general.keySet().removeIf(this::namedAfterFuture);
        return general;
    }

    private boolean namedAfterFuture(String path) {
        return futureNames.contains(path);
    }

    /**
     * The market price of {@code product} on {@code path} in {@code year}: the row of that year, else of the latest
     * year before it, else of the earliest year (prices are held flat outside the rows).
     */
    public double price(ProductKey product, String path, int year) {
        MarketPrice best = null;
        MarketPrice earliest = null;
        for (MarketPrice p : marketPrices) {
            if (!p.product().equals(product) || !p.path().equals(path)) {
                continue;
            }
            if (earliest == null || p.year() < earliest.year()) {
                earliest = p;
            }
            if (p.year() <= year && (best == null || p.year() > best.year())) {
                best = p;
            }
        }
        MarketPrice chosen = best != null ? best : earliest;
        if (chosen == null) {
            throw new IllegalStateException("no market price of " + product + " on path " + path);
        }
        return chosen.priceUsdPerKg();
    }

    public boolean hasPrices(ProductKey product) {
        return marketPrices.stream().anyMatch(p -> p.product().equals(product));
    }

    /** The expected gap (China-free cost - market price)+ of {@code product} in {@code year}, USD/kg (0 if none). */
    public double expectedGapUsdPerKg(ProductKey product, int year, String future) {
        Double cost = chinaFreeCostUsdPerKgByStage.get(product.stage());
        if (!payPriceGap || cost == null || !hasPrices(product)) {
            return 0.0;
        }
        double gap = 0;
        for (Map.Entry<String, Double> path : pathsIn(product, future).entrySet()) {
            gap += path.getValue() * Math.max(cost - price(product, path.getKey(), year), 0.0);
        }
        return gap;
    }

    /** The expected cost of one kg covered by {@code c} in {@code year} (0 outside its term), USD. */
    public double expectedContractCostUsdPerKg(Contract c, int year, String future) {
        if (!c.covers(year)) {
            return 0.0;
        }
        double cost = 0;
        for (Map.Entry<String, Double> path : pathsIn(c.product(), future).entrySet()) {
            cost += path.getValue() * c.costUsdPerKg(price(c.product(), path.getKey(), year));
        }
        return cost;
    }

    /** Contingent exposure: the cost of one kg covered by {@code c} in {@code year} at its lowest price path, USD. */
    public double lowestPathCostUsdPerKg(Contract c, int year) {
        if (!c.covers(year)) {
            return 0.0;
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (MarketPrice p : marketPrices) {
            if (p.product().equals(c.product())) {
                lowest = Math.min(lowest, price(c.product(), p.path(), year));
            }
        }
        return c.costUsdPerKg(lowest);
    }
}

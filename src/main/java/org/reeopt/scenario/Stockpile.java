package org.reeopt.scenario;

/**
 * A strategic stockpile of one product (oxide, metal or magnets): the planning nation buys into it on the world
 * market at {@code priceUsdPerKg} (charged to the budget), pays {@code holdingCostUsdPerKgPerYear} on what it holds
 * at the end of each year, and releases stock into its own supply chain when it needs it. Purchases in a year
 * when the product is export-restricted count against the restriction (the world market is the last-resort
 * supplier's), so a stockpile must be filled before a ban.
 */
public record Stockpile(String id, ProductKey product, double priceUsdPerKg, double holdingCostUsdPerKgPerYear,
                        double maxTonnes, double initialTonnes, double maxBuyTonnesPerYear, SourceRef source) {
}

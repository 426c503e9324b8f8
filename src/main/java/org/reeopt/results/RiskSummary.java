package org.reeopt.results;

import java.util.List;
import java.util.Map;

/**
 * What a result says about supply risk, present when the scenario has export restrictions, stockpiles, supply
 * agreements or risk scenarios. Year-by-year figures are for {@code future} (the only one, or the first risk
 * scenario of a robust plan). Tonnes of shortfall are tonnes of final product (magnets) left unmet.
 */
public record RiskSummary(
        String future,
        List<Restriction> restrictions,
        Map<String, Double> shortfallTonnes,
        Map<String, Double> shortfallShare,
        List<Shortfall> shortfallByProduct,
        Map<String, Double> unassuredDependency,
        List<StockYear> stockpiles,
        List<Agreement> agreements,
        double outsideBudgetBillionUsd,
        Robust robust) {

    public RiskSummary {
        restrictions = List.copyOf(restrictions);
        shortfallByProduct = List.copyOf(shortfallByProduct);
        stockpiles = List.copyOf(stockpiles);
        agreements = List.copyOf(agreements);
    }

    /** An export restriction in force in {@code future}. */
    public record Restriction(String name, List<String> stages, List<String> materials, int fromYear, int toYear,
                              double allowedShare) {
    }

    /** Requirement of one product left unmet in a year, and the final product it would have made. */
    public record Shortfall(int year, String stage, String material, double tonnes, double demandTonnes,
                            double shareOfDemand) {
    }

    /** A stockpile in a year: bought, released, held at the year's end, and months of that product's requirement held. */
    public record StockYear(String stockpile, String stage, String material, int year, double boughtTonnes,
                            double releasedTonnes, double levelTonnes, double monthsOfCover) {
    }

    /** A supply agreement: whether signed, its term, cost, and what it delivered over the horizon. */
    public record Agreement(String id, String name, boolean signed, int firstYear, int lastYear,
                            double concessionCostBillionUsd, boolean countsAgainstBudget, double deliveredTonnes) {
    }

    /**
     * The robust plan: its criterion, its outcome in each future, and the regret table. A plan's score in a future
     * is the objective measured there (weighted dependency, or spending in cost mode, plus the shortfall penalty);
     * the regret of a plan in a future is its score minus the best score any plan could reach there knowing the
     * future (perfect information).
     */
    public record Robust(String criterion, List<FutureOutcome> futures, List<PlanScores> regret, String note) {
        public Robust {
            futures = List.copyOf(futures);
            regret = List.copyOf(regret);
        }
    }

    /** The robust plan in one future. */
    public record FutureOutcome(String name, double probability, double shortfallTonnes, double peakShortfallShare,
                                Integer peakShortfallYear, Map<String, Double> endToEndDependency,
                                double averageEndToEndDependency, double averageUnassuredDependency,
                                double spentBillionUsd, double score) {
    }

    /** One plan's scores and regrets across the futures, with the expected and worst values. */
    public record PlanScores(String plan, Map<String, Double> scoreByFuture, double expectedScore, double worstScore,
                             Map<String, Double> regretByFuture, double expectedRegret, double maxRegret) {
    }
}

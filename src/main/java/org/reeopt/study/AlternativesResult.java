package org.reeopt.study;

import java.util.List;
import java.util.Map;
import org.reeopt.results.ResultSummary;

/**
 * Near-optimal alternatives of one scenario ({@code reeopt alternatives --format json}): the optimum first, then each
 * materially different plan found with the primary objective held within {@code within} (relative) of it.
 */
public record AlternativesResult(String scenario, double within, List<Alternative> alternatives) {

    /**
     * One plan. {@code direction} is what its solve pushed ("optimum" for the first); {@code objective} the primary
     * objective (as solve reports it); {@code gapToOptimum} (objective - optimum) / |optimum| (0 for the optimum; the
     * absolute difference when the optimum is 0); {@code investments} as solve's JSON; {@code endToEndDependency}
     * by year (share); spending on investments (capex share plus subsidies, billion USD) by nation and by stage;
     * {@code optionsFunded} the ids funded; {@code distinction} what sets it apart from the optimum, in one phrase.
     */
    public record Alternative(String direction, Double objective, Double gapToOptimum,
                              List<ResultSummary.Investment> investments, String status, boolean auditPassed,
                              String objectiveName, String planningNation, Double spentBillionUsd,
                              Map<String, Double> endToEndDependency, Map<String, Double> spendBillionUsdByNation,
                              Map<String, Double> spendBillionUsdByStage, List<String> optionsFunded,
                              String distinction) {
    }
}

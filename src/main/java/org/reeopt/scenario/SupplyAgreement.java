package org.reeopt.scenario;

import java.util.Map;

/**
 * A supply agreement with the last-resort supplier (the debate's Option 2): if signed, it delivers up to
 * {@code assuredTonnesPerYear} of each product in every year of its term, and export restrictions do not touch
 * those deliveries. Its concession cost (billion USD, spread evenly over the term years within the horizon) counts
 * against the budget or, when {@code countsAgainstBudget} is false, is reported as a separate cost. Whether to sign
 * is a yes/no decision unless {@code signed} fixes it.
 */
public record SupplyAgreement(String id, String name, int firstYear, int termYears,
                              Map<ProductKey, Double> assuredTonnesPerYear, double concessionCostBillionUsd,
                              boolean countsAgainstBudget, Decision decision, SourceRef source) {
    /** Whether signing is decided by the optimizer or fixed by the scenario. */
    public enum Decision { OPTIMIZE, SIGNED, DECLINED }

    public SupplyAgreement {
        assuredTonnesPerYear = Ordered.copy(assuredTonnesPerYear);
    }

    public int lastYear() {
        return firstYear + termYears - 1;
    }

    public boolean inTerm(int year) {
        return year >= firstYear && year <= lastYear();
    }

    /** Concession cost charged in {@code year}, billion USD, if signed: the cost spread evenly over the term. */
    public double concessionBillionUsdIn(int year) {
        return inTerm(year) ? concessionCostBillionUsd / termYears : 0;
    }
}

package org.reeopt.study;

import java.util.List;
import java.util.Map;

/**
 * A budget sweep (or a target sweep in cost mode) of one scenario. Marginal values are objective change per extra
 * billion USD: {@code marginalPerBillionDual} from the dual of the total-budget row at that level (the slope just
 * there), {@code marginalPerBillionToNext} the finite difference to the next level (the average over the step).
 * {@code frontier} is the dense internal sweep the knee is found on (empty for a cost curve or a partial sweep).
 * On a cost curve each point also gives {@code bindingYears}: the years of the swept target in which the least-cost
 * plan sits at its limit (empty on a budget sweep, or where no plan was found).
 */
public record SweepResult(String scenario, String mode, List<Integer> keyYears, List<Point> points, String kneeRule,
                          Double kneeBudgetBillionUsd, List<Point> frontier) {

    public record Point(Double budgetBillionUsd, Double targetShare, String status, Double spentBillionUsd,
                        Map<String, Double> endToEndDependency, Double objective, Double marginalPerBillionDual,
                        Double marginalPerBillionToNext, boolean knee, List<Integer> bindingYears) {
    }
}

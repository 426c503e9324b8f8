package org.reeopt.study;

import java.util.List;
import java.util.Map;

/**
 * A budget sweep (or a target sweep in cost mode) of one scenario. Marginal values are objective change per extra
 * billion USD: {@code marginalPerBillionDual} from the dual of the total-budget row at that level (the slope just
 * there), {@code marginalPerBillionToNext} the finite difference to the next level (the average over the step).
 * {@code frontier} is the dense internal sweep the knee is found on (empty for a cost curve or a partial sweep).
 * On a cost curve each point also gives {@code bindingYears}: the years of the swept target in which the least-cost
 * plan sits at its limit (empty on a budget sweep, or where no plan was found). {@code scenarioBudgetBillionUsd} is the
 * total budget the scenario itself gives (the level a planner asked about; null for none, for a cost curve, and in
 * files written before it was added, whose JSON leaves it out).
 */
public record SweepResult(String scenario, String mode, List<Integer> keyYears, List<Point> points, String kneeRule,
                          Double kneeBudgetBillionUsd, List<Point> frontier,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                          Double scenarioBudgetBillionUsd) {

    /** A sweep without the scenario's own budget (a cost curve, or a scenario without a total budget). */
    public SweepResult(String scenario, String mode, List<Integer> keyYears, List<Point> points, String kneeRule,
                       Double kneeBudgetBillionUsd, List<Point> frontier) {
        this(scenario, mode, keyYears, points, kneeRule, kneeBudgetBillionUsd, frontier, null);
    }

    /**
     * One level. {@code plan} is the plan behind a swept level (its investments), null on the dense frontier and in
     * files written before it was added (then the JSON leaves it out).
     */
    public record Point(Double budgetBillionUsd, Double targetShare, String status, Double spentBillionUsd,
                        Map<String, Double> endToEndDependency, Double objective, Double marginalPerBillionDual,
                        Double marginalPerBillionToNext, boolean knee, List<Integer> bindingYears,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Level level,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Finance finance) {
        /** A point without financing figures (a scenario without financing instruments). */
        public Point(Double budgetBillionUsd, Double targetShare, String status, Double spentBillionUsd,
                     Map<String, Double> endToEndDependency, Double objective, Double marginalPerBillionDual,
                     Double marginalPerBillionToNext, boolean knee, List<Integer> bindingYears, Level level) {
            this(budgetBillionUsd, targetShare, status, spentBillionUsd, endToEndDependency, objective,
                    marginalPerBillionDual, marginalPerBillionToNext, knee, bindingYears, level, null);
        }

        /** A point without its {@link Level} (the dense frontier, a cost curve, a sweep.json written before it). */
        public Point(Double budgetBillionUsd, Double targetShare, String status, Double spentBillionUsd,
                     Map<String, Double> endToEndDependency, Double objective, Double marginalPerBillionDual,
                     Double marginalPerBillionToNext, boolean knee, List<Integer> bindingYears) {
            this(budgetBillionUsd, targetShare, status, spentBillionUsd, endToEndDependency, objective,
                    marginalPerBillionDual, marginalPerBillionToNext, knee, bindingYears, null);
        }
    }

    /**
     * A level's federal cost as budgets score it (scenarios with financing only; docs/formulation.md, "Financing
     * instruments"), billion USD: budget authority, federal face value, private capital, leverage and the fiscal year
     * of the highest outlays ("FY2027") with its amount.
     */
    public record Finance(double budgetAuthorityBillionUsd, double federalFaceValueBillionUsd,
                          double privateCapitalBillionUsd, double leverage, String peakOutlayFiscalYear,
                          Double peakOutlayBillionUsd) {
    }

    /**
     * What a budget level's plan does, for explore.html: end-to-end dependency in every year of the horizon and the
     * options funded (left out of sweep.json where no plan was found); with several final products or licensed
     * materials also {@code finalProducts}, the dependency by family and of each licensed element (null otherwise,
     * and then left out of sweep.json).
     */
    public record Level(Map<String, Double> endToEndDependencyByYear, List<Funded> investments,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                        org.reeopt.results.ResultSummary.FinalProductsResult finalProducts) {
        /** A level without final products (one final product and no licensed material, or a sweep.json before). */
        public Level(Map<String, Double> endToEndDependencyByYear, List<Funded> investments) {
            this(endToEndDependencyByYear, investments, null);
        }
    }

    /** One funded option of a level's plan; cost includes any offtake subsidy, as in the report's plan table. */
    public record Funded(String option, String name, String nation, String stage, int startYear, int onlineYear,
                         double availableTonnesPerYear, double costBillionUsd) {
    }
}

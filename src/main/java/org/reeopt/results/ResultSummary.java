package org.reeopt.results;

import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one solve: the JSON contract of {@code solve --format json} (the first keys, with
 * these names and units) plus details. Years are string keys so that the JSON reads {"2026": 0.97}. Shares are
 * between 0 and 1. Fields without a plan (infeasible, failed) are null or empty. {@code stageDependency} counts
 * content embodied in later-stage purchases; {@code directStageMaterialDependency} counts only what is bought from
 * the last-resort supplier at that stage itself. {@code fixedPlan} is null when the plan was chosen by this solve, else
 * where the plan held fixed came from ({@code solve --plan}, {@code compare --fixed-plans}).
 * {@code recycled} is each recycling option's output by material and year: a recycler with several outputs shows
 * each material's share of its output, not the total under one.
 */
public record ResultSummary(
        String scenario,
        String status,
        Double objective,
        Double budgetBillionUsd,
        Double spentBillionUsd,
        List<Integer> years,
        Map<String, Double> endToEndDependency,
        Map<String, Map<String, Double>> stageDependency,
        List<Investment> investments,
        Map<String, Double> spendBillionUsdByYear,
        Map<String, Map<String, Double>> spendBillionUsdByYearAndNation,
        String description,
        String objectiveName,
        String planningNation,
        String lastResortSupplier,
        Map<String, Map<String, Map<String, Double>>> stageMaterialDependency,
        Map<String, Map<String, Map<String, Double>>> directStageMaterialDependency,
        Map<String, Double> demandTonnesPerYear,
        List<String> stages,
        List<Committed> committedProjects,
        List<MarginalValues.Marginal> marginalValues,
        String marginalValuesMethod,
        List<SourceUse> sources,
        Audit audit,
        SolverInfo solver,
        List<String> warnings,
        String message,
        RiskSummary supplyRisk,
        List<TargetOutcome> targets,
        String fixedPlan,
        String dataVintage,
        BudgetEffect budgetEffect,
        List<Recycled> recycled,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Embedded embeddedDemand,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        FinalProductsResult finalProducts,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Finance financing) {

    /**
     * The plan's federal cost as budgets score it (scenarios with financing instruments only; docs/formulation.md,
     * "Financing instruments"), billion USD: budget authority, federal face value, private capital, leverage (face
     * value per USD of budget authority), the credit subsidy and the loans it supports, outlays and budget authority
     * by US fiscal year ("FY2027": October 2026 to September 2027) and by account, and the ask in one sentence.
     * The committed figures are federal money already signed for committed projects (outside the budget and the
     * figures above). {@code dependencyCutPointsPerBillionUsd}: percentage points of end-to-end dependency in
     * {@code dependencyCutYear} that the plan cuts (against the same scenario solved with no budget) per B$ of its
     * budget authority; null when not computed (no budget authority spent, cost mode, or no second solve).
     * {@code budgetAuthorityBillionUsdByOptionAndFundingYear}: each investment's budget authority (option, then
     * funding year), beside its face value in {@code investments[].costBillionUsd}.
     */
    public record Finance(double budgetAuthorityBillionUsd, double federalFaceValueBillionUsd,
                          double privateCapitalBillionUsd, double leverage, double creditSubsidyBillionUsd,
                          double loanFaceValueBillionUsd, Map<String, Double> outlaysBillionUsdByFiscalYear,
                          Map<String, Map<String, Double>> outlaysBillionUsdByAccountAndFiscalYear,
                          Map<String, Double> budgetAuthorityBillionUsdByFiscalYear,
                          Map<String, Double> budgetAuthorityBillionUsdByAccount,
                          Map<String, Double> faceValueBillionUsdByAccount, String ask,
                          double committedBudgetAuthorityBillionUsd, double committedFaceValueBillionUsd,
                          Map<String, Double> committedOutlaysBillionUsdByFiscalYear,
                          Double dependencyCutPointsPerBillionUsd, Integer dependencyCutYear,
                          Map<String, Map<String, Double>> budgetAuthorityBillionUsdByOptionAndFundingYear,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                          PriceSupportResult priceSupport) {

        /** The fiscal year of the highest outlays (the earliest on a tie) and the amount; empty without outlays. */
        public java.util.Optional<Map.Entry<String, Double>> peakOutlay() {
            return outlaysBillionUsdByFiscalYear.entrySet().stream()
                    .reduce((a, c) -> c.getValue() > a.getValue() + 1e-9 ? c : a).filter(e -> e.getValue() > 0);
        }

        /** Budget authority of the investment row {@code i} (its option funded in its start year), 0 if none. */
        public double budgetAuthorityBillionUsd(Investment i) {
            return budgetAuthorityBillionUsdByOptionAndFundingYear.getOrDefault(i.option(), Map.of())
                    .getOrDefault(String.valueOf(i.startYear()), 0.0);
        }

        /** This with the dependency cut per B$ of budget authority in {@code year}. */
        public Finance withDependencyCut(double pointsPerBillionUsd, int year) {
            return new Finance(budgetAuthorityBillionUsd, federalFaceValueBillionUsd, privateCapitalBillionUsd,
                    leverage, creditSubsidyBillionUsd, loanFaceValueBillionUsd, outlaysBillionUsdByFiscalYear,
                    outlaysBillionUsdByAccountAndFiscalYear, budgetAuthorityBillionUsdByFiscalYear,
                    budgetAuthorityBillionUsdByAccount, faceValueBillionUsdByAccount, ask,
                    committedBudgetAuthorityBillionUsd, committedFaceValueBillionUsd,
                    committedOutlaysBillionUsdByFiscalYear, pointsPerBillionUsd, year,
                    budgetAuthorityBillionUsdByOptionAndFundingYear, priceSupport);
        }

        /** "each B$ of budget authority cuts 2030 end-to-end dependency by 12.3 points", or null. */
        public String dependencyCutText() {
            return dependencyCutPointsPerBillionUsd == null ? null : String.format(java.util.Locale.ROOT,
                    "each B$ of budget authority cuts %d end-to-end dependency by %.1f percentage points (on average "
                    + "over the plan's %.3f B$, against the same scenario with no budget)", dependencyCutYear,
                    dependencyCutPointsPerBillionUsd, budgetAuthorityBillionUsd);
        }
    }

    /**
     * Price support (scenarios with price contracts or payPriceGap; docs/formulation.md, "Price support"), billion
     * USD within the horizon: each contract's covered volume, expected cost and contingent exposure (its cost at the
     * lowest price path), and the expected price gap paid on China-free output no contract covers.
     */
    public record PriceSupportResult(List<PriceContractResult> contracts, double priceGapBillionUsd,
                                     Map<String, Double> priceGapBillionUsdByYear) {
    }

    /** One price contract: kind (price-floor, offtake), product, covered t/yr, expected cost and exposure. */
    public record PriceContractResult(String id, String kind, String stage, String material,
                                      double coveredTonnesPerYear, double expectedCostBillionUsd,
                                      double contingentExposureBillionUsd,
                                      Map<String, Double> expectedCostBillionUsdByYear) {
    }

    /**
     * The financing headline at the top level of the JSON (issue 18): copies of the nested financing object's
     * budget authority, federal face value, private capital, leverage and outlays by fiscal year and by account and
     * fiscal year, under the same keys; none for a scenario without financing, which has no financing object either.
     */
    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public Map<String, Object> financingHeadline() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (financing != null) {
            out.put("budgetAuthorityBillionUsd", financing.budgetAuthorityBillionUsd());
            out.put("federalFaceValueBillionUsd", financing.federalFaceValueBillionUsd());
            out.put("privateCapitalBillionUsd", financing.privateCapitalBillionUsd());
            out.put("leverage", financing.leverage());
            out.put("outlaysBillionUsdByFiscalYear", financing.outlaysBillionUsdByFiscalYear());
            out.put("outlaysBillionUsdByAccountAndFiscalYear", financing.outlaysBillionUsdByAccountAndFiscalYear());
        }
        return out;
    }

    /** This summary with {@code newFinancing} in place of its financing. */
    public ResultSummary withFinancing(Finance newFinancing) {
        return new ResultSummary(scenario, status, objective, budgetBillionUsd, spentBillionUsd, years,
                endToEndDependency, stageDependency, investments, spendBillionUsdByYear, spendBillionUsdByYearAndNation,
                description, objectiveName, planningNation, lastResortSupplier, stageMaterialDependency,
                directStageMaterialDependency, demandTonnesPerYear, stages, committedProjects, marginalValues,
                marginalValuesMethod, sources, audit, solver, warnings, message, supplyRisk, targets, fixedPlan,
                dataVintage, budgetEffect, recycled, embeddedDemand, finalProducts, newFinancing);
    }

    /**
     * Several final products and licensed elements (only for a scenario with finalProducts or export-licensed
     * materials): each product's family, objective weight, demand (t) and dependency (share) by year; the
     * dependency of each family by year (China-dependent tonnes over the family's demand); for each
     * export-licensed material its largest China-origin share over the stages by year; and the headline naming the
     * licensed elements still exposed in the last year.
     */
    public record FinalProductsResult(Map<String, FinalProductResult> products,
                                      Map<String, Map<String, Double>> dependencyByFamily,
                                      Map<String, Map<String, Double>> licensedElementDependency,
                                      String licensedHeadline) {
        /** A licensed element counts as exposed in a year when more than this share of its requirement is China-origin. */
        public static final double EXPOSED_SHARE = 0.005;

        /**
         * The licensed elements exposed in {@code year}: those whose largest China-origin share over the stages is
         * above {@link #EXPOSED_SHARE} (the same rule as the headline), in the scenario's order.
         */
        public List<String> exposedElements(String year) {
            return licensedElementDependency.entrySet().stream()
                    .filter(e -> e.getValue().getOrDefault(year, 0.0) > EXPOSED_SHARE)
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** One final product: its family, objective weight, demand (t) and dependency (share) by year. */
    public record FinalProductResult(String family, double weight, Map<String, Double> demandTonnesPerYear,
                                     Map<String, Double> dependency) {
    }

    /**
     * Direct and embedded demand reported apart (only for a scenario with an embedded-demand table), shares by year:
     * {@code directDependency} is the end-to-end dependency of direct demand (the same as {@code endToEndDependency}),
     * {@code embeddedDependency} the China-origin share of magnets in imported goods after domestic assembly,
     * {@code combinedDependency} both over direct plus embedded tonnes. {@code objectiveWeight} 0: the objective
     * counts direct demand only.
     */
    public record Embedded(Map<String, Double> directDependency, Map<String, Double> embeddedDependency,
                           Map<String, Double> combinedDependency, Map<String, Double> embeddedTonnesPerYear,
                           Map<String, Double> chinaShare, Map<String, Double> assembledTonnesPerYear,
                           double domesticAssemblyMaxShare, double objectiveWeight) {
    }

    /**
     * A target and how the plan meets it: the years it covers, those where the plan sits at its limit (binding),
     * and both in words. {@code toYear} null: to the horizon's end; {@code maxShare} null for a tonnage target.
     */
    public record TargetOutcome(String metric, String material, int fromYear, Integer toYear, Double maxShare,
                                Double minChinaFreeTonnesPerYear, List<Integer> coveredYears,
                                List<Integer> bindingYears, String text) {
    }

    /** This summary with {@code warning} added to its warnings. */
    public ResultSummary withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ResultSummary(scenario, status, objective, budgetBillionUsd, spentBillionUsd, years,
                endToEndDependency, stageDependency, investments, spendBillionUsdByYear, spendBillionUsdByYearAndNation,
                description, objectiveName, planningNation, lastResortSupplier, stageMaterialDependency,
                directStageMaterialDependency, demandTonnesPerYear, stages, committedProjects, marginalValues,
                marginalValuesMethod, sources, audit, solver, List.copyOf(more), message, supplyRisk, targets, fixedPlan,
                dataVintage, budgetEffect, recycled, embeddedDemand, finalProducts, financing);
    }

    /** Whether spending was minimized subject to targets (cost mode), rather than dependency within a budget. */
    public boolean minimizesCost() {
        return objectiveName != null && objectiveName.startsWith("spending");
    }

    /**
     * What one more billion USD of total budget does to end-to-end dependency in each year, by a finite difference:
     * the scenario solved again with the budget raised by {@code stepBillionUsd}; shares of that year's demand.
     */
    public record BudgetEffect(double stepBillionUsd, Map<String, Double> endToEndChangeByYear, String method) {
    }

    /** This summary with {@code effect} attached. */
    public ResultSummary withBudgetEffect(BudgetEffect effect) {
        return new ResultSummary(scenario, status, objective, budgetBillionUsd, spentBillionUsd, years,
                endToEndDependency, stageDependency, investments, spendBillionUsdByYear, spendBillionUsdByYearAndNation,
                description, objectiveName, planningNation, lastResortSupplier, stageMaterialDependency,
                directStageMaterialDependency, demandTonnesPerYear, stages, committedProjects, marginalValues,
                marginalValuesMethod, sources, audit, solver, warnings, message, supplyRisk, targets, fixedPlan, dataVintage,
                effect, recycled, embeddedDemand, finalProducts, financing);
    }

    /**
     * What a recycling option (candidate or committed) returned, t by material and year: its total output
     * recycled[o,t] times the material's share y_{o,m} / y_o. Years without output are left out.
     */
    public record Recycled(String option, String stage, Map<String, Map<String, Double>> tonnesByMaterialAndYear) {
    }

    /** One funded option. */
    public record Investment(String option, String name, String nation, String stage, String kind, int startYear,
                             int onlineYear, double units, double capacityTonnesPerYear,
                             double availableTonnesPerYear, Map<String, Double> outputTonnesPerYear,
                             double costBillionUsd, double subsidyBillionUsd) {
        /**
         * True when the option makes its stage's product (production, recycling, substitute magnets); false for
         * thrifting, which treats what the stage already makes so that it needs less of one input
         * ({@code OptionKind.THRIFTING}): its "capacity" is tonnes treated, not tonnes made.
         */
        public boolean addsCapacity() {
            return !org.reeopt.scenario.OptionKind.THRIFTING.name().equalsIgnoreCase(kind);
        }
    }

    /**
     * A project funded outside this budget, counted as capacity from its online year: its first full year of output,
     * after any slip (a fractional slip also gives part of the year before).
     */
    public record Committed(String option, String name, String nation, String stage, int onlineYear,
                            double capacityTonnesPerYear, String source) {
    }

    /** A data source the scenario's tables cite: how many rows, at which confidence (V1, V2, D, U). */
    public record SourceUse(String id, String title, int rows, Map<String, Integer> rowsByConfidence) {
    }

    public record Audit(boolean passed, int checks, List<String> breaches) {
    }

    /** Solver, model size and time: the only part of a result that may differ between identical runs. */
    public record SolverInfo(String name, boolean relaxed, boolean mip, int variables, int rows, int integers,
                             double mipGap, boolean secondPhase, double seconds) {
    }
}

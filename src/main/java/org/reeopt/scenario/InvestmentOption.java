package org.reeopt.scenario;

import java.util.List;
import java.util.Map;

/**
 * Something the budget can fund: a plant, an expansion, an offtake contract, a recycling line.
 *
 * <p>Funding {@code u} units in year f spends {@code u * capexMillionUsdPerUnit * plannerCapexShare} over the years
 * given by {@link #capexProfile()} (shares of capex by year after funding; default even over the lead time) and
 * brings {@code u * outputTonnesPerYearPerUnit} online from time {@code f + leadTimeYears}; the planning nation
 * receives {@code plannerOutputShare} of it. A production subsidy (USD per kg) is paid from the budget on that
 * available output in every year it is online.
 */
public record InvestmentOption(
        String id,
        String name,
        String nation,
        String stage,
        OptionKind kind,
        Map<String, Double> outputTonnesPerYearPerUnit,
        double capexMillionUsdPerUnit,
        double leadTimeYears,
        int earliestFundingYear,
        int latestFundingYear,
        double maxUnits,
        boolean lumpy,
        double plannerCapexShare,
        double plannerOutputShare,
        double subsidyUsdPerKg,
        double scrapTonnesPerTonneOutput,
        double substitutionTonnesPerTonne,
        List<Double> capexProfile,
        SourceRef source) {

    public InvestmentOption {
        outputTonnesPerYearPerUnit = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(outputTonnesPerYearPerUnit));
        capexProfile = List.copyOf(capexProfile);
    }

    /** The same option with another lead time and capex profile (fast-tracked permits). */
    public InvestmentOption withLeadTime(double newLeadTimeYears, List<Double> newCapexProfile) {
        return new InvestmentOption(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit,
                newLeadTimeYears, earliestFundingYear, latestFundingYear, maxUnits, lumpy, plannerCapexShare,
                plannerOutputShare, subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne,
                newCapexProfile, source);
    }

    /** The same option with another maximum number of units (what committed projects leave). */
    public InvestmentOption withMaxUnits(double newMaxUnits) {
        return new InvestmentOption(id, name, nation, stage, kind, outputTonnesPerYearPerUnit, capexMillionUsdPerUnit,
                leadTimeYears, earliestFundingYear, latestFundingYear, newMaxUnits, lumpy, plannerCapexShare,
                plannerOutputShare, subsidyUsdPerKg, scrapTonnesPerTonneOutput, substitutionTonnesPerTonne,
                capexProfile, source);
    }

    /** Total output of one unit over all materials, t/yr (what build-rate limits count). */
    public double totalOutputTonnesPerYearPerUnit() {
        return outputTonnesPerYearPerUnit.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** First calendar year with any output when funded in {@code fundingYear}. */
    public int firstOutputYear(int fundingYear) {
        return fundingYear + (int) Math.floor(leadTimeYears + 1e-9);
    }

    /**
     * Share of calendar year {@code year} during which capacity funded at the start of {@code fundingYear} is
     * online: 0 before {@code fundingYear + leadTimeYears}, 1 from the first whole year after, fractional in the
     * year it starts part-way through.
     */
    public double onlineShare(int fundingYear, int year) {
        double onlineFrom = fundingYear + leadTimeYears;
        return Math.max(0.0, Math.min(1.0, year + 1 - onlineFrom));
    }

    /** Share of capex paid {@code yearsAfterFunding} years after the funding year (0 = the funding year). */
    public double capexShareInYear(int yearsAfterFunding) {
        return yearsAfterFunding >= 0 && yearsAfterFunding < capexProfile.size()
                ? capexProfile.get(yearsAfterFunding) : 0.0;
    }

    /**
     * Years in which this option may be funded within {@code horizon}: inside its funding window, early enough to
     * produce by the last year, and with the whole capex profile paid by the last year.
     */
    public List<Integer> fundingYearsWithin(Horizon horizon) {
        List<Integer> out = new java.util.ArrayList<>();
        int from = Math.max(earliestFundingYear, horizon.firstYear());
        int to = Math.min(latestFundingYear, horizon.lastYear());
        for (int f = from; f <= to; f++) {
            if (onlineShare(f, horizon.lastYear()) > 0 && f + capexProfile.size() - 1 <= horizon.lastYear()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Capex charged to the planning nation's budget per unit (its share of the capex), billion USD. */
    public double capexBillionUsdPerUnit() {
        return capexMillionUsdPerUnit / 1000.0 * plannerCapexShare;
    }

    /**
     * Production subsidy paid from the budget in {@code year} per unit funded in {@code fundingYear}, billion USD:
     * USD/kg times the output available to the planning nation while online (offtake-contract style: the floor
     * is paid on the contracted volume).
     */
    public double subsidyBillionUsdPerUnit(int fundingYear, int year) {
        if (subsidyUsdPerKg == 0) {
            return 0.0; // what the product below gives (its factors are finite and not negative), without the sum
        }
        // USD/kg * t/yr * 1000 kg/t / 1e9 USD per billion USD = 1e-6
        return subsidyUsdPerKg * totalOutputTonnesPerYearPerUnit() * plannerOutputShare
                * onlineShare(fundingYear, year) * 1e-6;
    }

    /** Everything charged to the budget in {@code year} per unit funded in {@code fundingYear}, billion USD. */
    public double spendBillionUsdPerUnit(int fundingYear, int year) {
        return capexBillionUsdPerUnit() * capexShareInYear(year - fundingYear) + subsidyBillionUsdPerUnit(fundingYear, year);
    }

    /** The even default profile: capex spread over the whole years of the lead time (at least one year). */
    public static List<Double> evenCapexProfile(double leadTimeYears) {
        int years = Math.max(1, (int) Math.ceil(leadTimeYears - 1e-9));
        return java.util.Collections.nCopies(years, 1.0 / years);
    }
}

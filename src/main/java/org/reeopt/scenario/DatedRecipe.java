package org.reeopt.scenario;

/**
 * One process-chain row that applies to some years only: from {@code fromYear} to {@code toYear} (both included;
 * {@link Integer#MIN_VALUE} / {@link Integer#MAX_VALUE} when open), one tonne of the product needs
 * {@code inputTonnesPerTonne} tonnes of {@code inputMaterial} in {@code fromYear}, changed by
 * {@code intensityChangePerYear} (e.g. -0.02: 2% less) compounded every year after {@code fromYear}.
 */
public record DatedRecipe(String inputMaterial, int fromYear, int toYear, double inputTonnesPerTonne,
                          double intensityChangePerYear, SourceRef source) {

    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    /** Tonnes of the input per tonne of product in {@code year} (a year this row covers). */
    public double inputTonnesPerTonne(int year) {
        return intensityChangePerYear == 0 ? inputTonnesPerTonne
                : inputTonnesPerTonne * Math.pow(1 + intensityChangePerYear, year - fromYear);
    }
}

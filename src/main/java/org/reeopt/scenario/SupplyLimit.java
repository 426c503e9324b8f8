package org.reeopt.scenario;

/** The last-resort supplier may deliver at most {@code maxTonnesPerYear} of a product in the years given. */
public record SupplyLimit(String stage, String material, int fromYear, int toYear, double maxTonnesPerYear,
                          SourceRef source) {
    public boolean appliesIn(int year) {
        return year >= fromYear && year <= toYear;
    }

    public ProductKey product() {
        return new ProductKey(stage, material);
    }
}

package org.reeopt.scenario;

/**
 * At most {@code maxNewCapacityTonnesPerYear} of new capacity (t/yr of output, all materials summed) may come
 * online in {@code nation} at {@code stage} in any one year from {@code fromYear} to {@code toYear}: the skilled
 * workforce, permitting and construction throughput.
 */
public record BuildLimit(String nation, String stage, int fromYear, int toYear, double maxNewCapacityTonnesPerYear,
                         SourceRef source) {
    public boolean appliesIn(int year) {
        return year >= fromYear && year <= toYear;
    }
}

package org.reeopt.study;

import java.util.Map;

/**
 * What one draw gave in one mode: end-to-end and stage dependency by year, spending in total and by year, and which
 * targets were met by year; or, when the draw has no plan, {@code failure} (the reason in words) and empty maps.
 * {@code chinaFreeMagnetTonnes}: for each measured target of China-free rare-earth magnets alone (substitutes
 * excluded), by its description, the plan's China-free rare-earth final product by year, t/yr (what the target is
 * checked on); left out of the saved file when there is none. {@code queue}: what the commissioning queue did to the
 * plan held fixed ({@link CommissioningQueue}); null (left out of the saved file) when it moved nothing.
 */
public record DrawOutcome(Map<Integer, Double> endToEnd, Map<String, Map<Integer, Double>> stage,
                          double spentBillionUsd, Map<Integer, Double> spendBillionUsdByYear,
                          Map<String, Map<Integer, Boolean>> targetsMet, String failure,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                          Map<String, Map<Integer, Double>> chinaFreeMagnetTonnes,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                          Queue queue) {
    /**
     * What the build limits' commissioning queue did to a plan held fixed in a draw: {@code delayedUnits} units of
     * the plan's builds came online later than their drawn lead time ({@code unitYears}: units times years of
     * delay, over those still online in the horizon; {@code maxYears}: the longest delay, a dropped one's counted
     * to the year it left the horizon), of which
     * {@code droppedUnits} were pushed to a funding year that produces nothing within the horizon.
     */
    public record Queue(double delayedUnits, double unitYears, int maxYears, double droppedUnits) {
    }

    /** Without a queue (a re-optimized draw, or a fixed plan whose plants fit the build limits). */
    public DrawOutcome(Map<Integer, Double> endToEnd, Map<String, Map<Integer, Double>> stage,
                       double spentBillionUsd, Map<Integer, Double> spendBillionUsdByYear,
                       Map<String, Map<Integer, Boolean>> targetsMet, String failure,
                       Map<String, Map<Integer, Double>> chinaFreeMagnetTonnes) {
        this(endToEnd, stage, spentBillionUsd, spendBillionUsdByYear, targetsMet, failure, chinaFreeMagnetTonnes,
                null);
    }

    public DrawOutcome {
        // sorted copies: reports iterate these maps, and the same draws must print the same bytes
        endToEnd = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(endToEnd));
        stage = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(stage));
        spendBillionUsdByYear = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(spendBillionUsdByYear));
        targetsMet = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targetsMet));
        // null when read from a file saved without such a target
        chinaFreeMagnetTonnes = chinaFreeMagnetTonnes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chinaFreeMagnetTonnes));
    }

    /** The same with {@code billionUsd} more spent, {@code byYear} of it by year. */
    DrawOutcome plusSpending(double billionUsd, Map<Integer, Double> byYear) {
        Map<Integer, Double> spend = new java.util.TreeMap<>(spendBillionUsdByYear);
        byYear.forEach((y, v) -> spend.merge(y, v, Double::sum));
        return new DrawOutcome(endToEnd, stage, spentBillionUsd + billionUsd, spend, targetsMet, failure,
                chinaFreeMagnetTonnes, queue);
    }

    /** The same with the queue's summary {@code q} (null: none). */
    DrawOutcome withQueue(Queue q) {
        return new DrawOutcome(endToEnd, stage, spentBillionUsd, spendBillionUsdByYear, targetsMet, failure,
                chinaFreeMagnetTonnes, q);
    }

    public boolean failed() {
        return failure != null;
    }

    static DrawOutcome failed(String why) {
        return new DrawOutcome(Map.of(), Map.of(), Double.NaN, Map.of(), Map.of(), why, Map.of());
    }
}

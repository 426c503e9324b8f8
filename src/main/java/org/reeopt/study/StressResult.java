package org.reeopt.study;

import java.util.List;
import org.reeopt.results.ResultSummary;

/**
 * A scenario solved as it is (the base) and under each variant of a stress set ({@code reeopt stress}), as
 * {@code stress.json} holds it. Shares are between 0 and 1. {@code ranges} gives, for each key year, end-to-end
 * dependency under the base and its least and greatest value over the base and every variant with a plan (so the
 * range always contains the base), with the variants that reach the greatest ({@code worst}; empty when none is
 * above the base). {@code headlineYear} is the first key year after the horizon's first (the first shows supply
 * before anything new is online). {@code mostDamaging} names the variant with the highest average end-to-end
 * dependency over the horizon years (null when none is above the base), and {@code summary} says so in one
 * sentence.
 */
public record StressResult(String scenario, String stressSet, int headlineYear, List<Integer> keyYears,
                           ResultSummary base, List<Variant> variants, List<YearRange> ranges, Range spentBillionUsd,
                           List<Conclusion> conclusions, String mostDamaging, String summary) {

    /** One variant: its file name, the name and description it gives, and the scenario solved under it. */
    public record Variant(String file, String name, String description, ResultSummary result) {
    }

    /** End-to-end dependency in {@code year}: the base and the range over the base and the variants. */
    public record YearRange(int year, Double base, Double min, Double max, List<String> worst) {
    }

    /** Total spending: the base and the range over the base and the variants (billion USD). */
    public record Range(Double base, Double min, Double max) {
    }

    /** A conclusion drawn from the base and the variants in which it holds or fails (failing includes no plan). */
    public record Conclusion(String statement, int holdsIn, int variants, List<String> failsIn) {
    }
}

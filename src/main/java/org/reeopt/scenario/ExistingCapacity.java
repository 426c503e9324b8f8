package org.reeopt.scenario;

/**
 * Capacity that exists (or is committed) regardless of the plan. {@code plannerShare} is the share of its output
 * available to the planning nation (1 for its own plants; an ally's offtake share otherwise). It produces from
 * {@code startYear} (inclusive) until {@code retirementYear} (exclusive: the plant is closed in that year).
 */
public record ExistingCapacity(
        String nation,
        String stage,
        String material,
        double capacityTonnesPerYear,
        double plannerShare,
        int startYear,
        int retirementYear,
        SourceRef source) {

    public boolean producesIn(int year) {
        return year >= startYear && year < retirementYear;
    }

    public double availableTonnesPerYear() {
        return capacityTonnesPerYear * plannerShare;
    }
}

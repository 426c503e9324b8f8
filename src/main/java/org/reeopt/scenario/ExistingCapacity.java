package org.reeopt.scenario;

/**
 * Capacity that exists (or is committed) regardless of the plan. {@code plannerShare} is the share of its output
 * available to the planning nation (1 for its own plants; an ally's offtake share otherwise). It produces from
 * {@code startYear} (inclusive) until {@code retirementYear} (exclusive: the plant is closed in that year), at the
 * share {@code rampUpShares[k]} of its capacity in the k-th year after {@code startYear} (1 after the list; an empty
 * list means full capacity from {@code startYear}).
 */
public record ExistingCapacity(
        String nation,
        String stage,
        String material,
        double capacityTonnesPerYear,
        double plannerShare,
        int startYear,
        int retirementYear,
        SourceRef source,
        java.util.List<Double> rampUpShares) {

    public ExistingCapacity {
        rampUpShares = rampUpShares == null ? java.util.List.of() : java.util.List.copyOf(rampUpShares);
    }

    /** A plant at full capacity from {@code startYear}. */
    public ExistingCapacity(String nation, String stage, String material, double capacityTonnesPerYear,
                            double plannerShare, int startYear, int retirementYear, SourceRef source) {
        this(nation, stage, material, capacityTonnesPerYear, plannerShare, startYear, retirementYear, source,
                java.util.List.of());
    }

    public boolean producesIn(int year) {
        return year >= startYear && year < retirementYear;
    }

    /** Nameplate available to the planning nation, t/yr (before ramp-up and retirement). */
    public double availableTonnesPerYear() {
        return capacityTonnesPerYear * plannerShare;
    }

    /** Share of capacity producing in {@code year}: 0 outside startYear..retirementYear-1, else the ramp share. */
    public double availableShare(int year) {
        return producesIn(year) ? Availability.rampShare(rampUpShares, year - startYear) : 0.0;
    }
}

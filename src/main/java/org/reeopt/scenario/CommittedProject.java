package org.reeopt.scenario;

/**
 * An option that is already funded outside this budget (a signed loan, a plant under construction): {@code units}
 * of it produce from {@code onlineYear} on, and their capex is not charged to the budget. {@code onlineYear} is the
 * first full year of output; a slip of {@code slipYears} (the project's own plus the scenario-wide one, fractions
 * allowed) moves the start of output from the beginning of {@code onlineYear} to {@code onlineYear + slipYears}, as a
 * lead time does for a funded option ({@link #onlineShare(int)}).
 */
public record CommittedProject(InvestmentOption option, double units, int onlineYear, double slipYears,
                               SourceRef source) {

    /** A project that produces from the start of {@code onlineYear} (no slip). */
    public CommittedProject(InvestmentOption option, double units, int onlineYear, SourceRef source) {
        this(option, units, onlineYear, 0.0, source);
    }

    /** The same project slipped by {@code extraYears} more (the scenario-wide slip). */
    public CommittedProject withExtraSlip(double extraYears) {
        return new CommittedProject(option, units, onlineYear, slipYears + extraYears, source);
    }

    /**
     * Share of calendar year {@code year} during which the project produces: output starts at time
     * {@code onlineYear + slipYears} (a year being [t, t + 1)), so the share is
     * {@code min(1, max(0, year + 1 - onlineYear - slipYears))}: 1 from {@code onlineYear} without a slip; with a
     * slip of 0.5, half of {@code onlineYear} and all of the years after; with a slip of 1, nothing in
     * {@code onlineYear} and all of the next.
     */
    public double onlineShare(int year) {
        return Math.max(0.0, Math.min(1.0, year + 1 - onlineYear - slipYears));
    }

    /** First calendar year with output at nameplate (the slipped {@code onlineYear}). */
    public int firstFullOutputYear() {
        return onlineYear + (int) Math.ceil(slipYears - 1e-9);
    }

    /** Output available to the planning nation in {@code year}, t/yr of {@code material}. */
    public double availableTonnes(String material, int year) {
        return units * option.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0) * option.plannerOutputShare()
                * onlineShare(year);
    }
}

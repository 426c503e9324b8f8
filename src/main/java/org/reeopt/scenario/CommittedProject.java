package org.reeopt.scenario;

/**
 * An option that is already funded outside this budget (a signed loan, a plant under construction): {@code units}
 * of it produce from {@code onlineYear} on, and their capex is not charged to the budget. {@code onlineYear} is the
 * first full year of output; a slip of {@code slipYears} (the project's own plus the scenario-wide one, fractions
 * allowed) moves the start of output from the beginning of {@code onlineYear} to {@code onlineYear + slipYears}, as a
 * lead time does for a funded option ({@link #onlineShare(int)}). {@code availability} is its ramp-up after the start
 * of output and its end (the project's own, else its option's).
 */
public record CommittedProject(InvestmentOption option, double units, int onlineYear, double slipYears,
                               SourceRef source, Availability availability) {

    public CommittedProject {
        availability = availability == null ? option.availability() : availability;
    }

    /** A project that produces from the start of {@code onlineYear} (no slip), with its option's ramp-up and end. */
    public CommittedProject(InvestmentOption option, double units, int onlineYear, SourceRef source) {
        this(option, units, onlineYear, 0.0, source, option.availability());
    }

    /** A slipped project with its option's ramp-up and end. */
    public CommittedProject(InvestmentOption option, double units, int onlineYear, double slipYears,
                            SourceRef source) {
        this(option, units, onlineYear, slipYears, source, option.availability());
    }

    /** A project without a slip, with its own ramp-up and end. */
    public CommittedProject(InvestmentOption option, double units, int onlineYear, SourceRef source,
                            Availability availability) {
        this(option, units, onlineYear, 0.0, source, availability);
    }

    /** The same project slipped by {@code extraYears} more (the scenario-wide slip). */
    public CommittedProject withExtraSlip(double extraYears) {
        return new CommittedProject(option, units, onlineYear, slipYears + extraYears, source, availability);
    }

    /** When output starts: {@code onlineYear + slipYears}, a year being [t, t + 1). */
    public double outputStart() {
        return onlineYear + slipYears;
    }

    /**
     * Share of calendar year {@code year} after the start of output, before any ramp-up or end:
     * {@code min(1, max(0, year + 1 - onlineYear - slipYears))}: 1 from {@code onlineYear} without a slip; with a
     * slip of 0.5, half of {@code onlineYear} and all of the years after; with a slip of 1, nothing in
     * {@code onlineYear} and all of the next.
     */
    public double onlineShare(int year) {
        return Math.max(0.0, Math.min(1.0, year + 1 - outputStart()));
    }

    /**
     * Share of nameplate available in {@code year}: the part of the year after the (slipped) start of output and
     * before the end, times the ramp-up share of that year (docs/formulation.md, "Available output").
     */
    public double availableShare(int year) {
        return availability.availableShare(outputStart(), year);
    }

    /** First calendar year with output at nameplate (the slipped {@code onlineYear}). */
    public int firstFullOutputYear() {
        return onlineYear + (int) Math.ceil(slipYears - 1e-9);
    }

    /** Output available to the planning nation in {@code year}, t/yr of {@code material}. */
    public double availableTonnes(String material, int year) {
        double share = availableShare(year);
        return share > 0
                ? units * option.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0) * option.plannerOutputShare()
                * share
                : 0.0;
    }
}

package org.reeopt.scenario;

/**
 * An option that is already funded outside this budget (a signed loan, a plant under construction): {@code units}
 * of it produce from {@code onlineYear} on, and their capex is not charged to the budget. {@code availability} is
 * its ramp-up after {@code onlineYear} and its end (the project's own, else its option's).
 */
public record CommittedProject(InvestmentOption option, double units, int onlineYear, SourceRef source,
                               Availability availability) {

    public CommittedProject {
        availability = availability == null ? option.availability() : availability;
    }

    /** A project with its option's ramp-up and end. */
    public CommittedProject(InvestmentOption option, double units, int onlineYear, SourceRef source) {
        this(option, units, onlineYear, source, option.availability());
    }

    /**
     * Share of nameplate available in {@code year}: 0 before {@code onlineYear} and after the end, the ramp-up
     * share of year {@code year - onlineYear} in between.
     */
    public double availableShare(int year) {
        return availability.availableShare(onlineYear, year);
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

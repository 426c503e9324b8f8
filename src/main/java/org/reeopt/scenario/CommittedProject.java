package org.reeopt.scenario;

/**
 * An option that is already funded outside this budget (a signed loan, a plant under construction): {@code units}
 * of it produce from {@code onlineYear} on, and their capex is not charged to the budget.
 */
public record CommittedProject(InvestmentOption option, double units, int onlineYear, SourceRef source) {

    /** Output available to the planning nation in {@code year}, t/yr of {@code material}. */
    public double availableTonnes(String material, int year) {
        return year >= onlineYear
                ? units * option.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0) * option.plannerOutputShare()
                : 0.0;
    }
}

package org.reeopt.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Magnets embedded in goods the planning nation imports (motors, vehicles, electronics): tonnes of magnet per year
 * and the share of them made in the last-resort supplier's nation, by year. Domestic assembly may take over up to
 * {@code domesticAssemblyMaxShare} of it; that part becomes demand the chain serves like direct demand (docs/
 * formulation.md, "Embedded demand"). {@link #NONE}: the scenario counts direct demand only.
 */
public record EmbeddedDemand(List<Year> years, double domesticAssemblyMaxShare, SourceRef source) {

    /** One row of the embedded-demand table: year, tonnes of embedded magnet, China share of it. */
    public record Year(int year, double embeddedTonnesPerYear, double chinaShare, SourceRef source) {
    }

    /** No embedded-demand table: direct demand only. */
    public static final EmbeddedDemand NONE = new EmbeddedDemand(List.of(), 0.0, null);

    public EmbeddedDemand {
        years = List.copyOf(years);
    }

    /** Whether the scenario has an embedded-demand table. */
    public boolean present() {
        return source != null;
    }

    public Optional<Year> in(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** Tonnes of magnet embedded in imported goods in {@code year} (0 when the table has no row for it). */
    public double tonnes(int year) {
        return in(year).map(Year::embeddedTonnesPerYear).orElse(0.0);
    }

    /** Share of the embedded magnets of {@code year} that come from the last-resort supplier. */
    public double chinaShare(int year) {
        return in(year).map(Year::chinaShare).orElse(0.0);
    }

    /** Most tonnes of embedded demand domestic assembly may take over in {@code year}. */
    public double maxAssembledTonnes(int year) {
        return domesticAssemblyMaxShare * tonnes(year);
    }
}

package org.reeopt.model;

/**
 * Embedded-demand families: magnets in imported goods, of which domestic assembly may take over a share that the
 * chain then serves like direct demand (docs/formulation.md, "Embedded demand"). They exist only when the objective
 * weighs embedded dependency ({@code objective.embeddedWeight > 0}); the demand and end-to-end dependency rows take
 * the assembled terms ({@link SupplyChainRows}).
 */
final class EmbeddedDemandRows {
    private final ModelContext m;

    EmbeddedDemandRows(ModelContext m) {
        this.m = m;
    }

    /** assembledChinaFreeLimit: China-free supply counted for assembly is at most what is assembled. */
    void assembledChinaFreeLimit() {
        for (int t : m.years) {
            Integer assembled = m.v.assembled.get(t);
            if (assembled != null) {
                m.lp.row(m.name("assembledChinaFreeLimit", t)).add(m.v.assembledChinaFree.get(t), 1)
                        .add(assembled, -1).atMost(0);
            }
        }
    }

    /**
     * embeddedDependencyDefinition: the China-origin share of embedded demand E: the part not assembled at its
     * stated China share c, plus the assembled part not served by a China-free chain.
     * E * embeddedDependency + (c - 1) * assembled + assembledChinaFree = c * E.
     */
    void embeddedDependencyDefinition() {
        for (int t : m.years) {
            Integer dependency = m.v.embeddedDependency.get(t);
            if (dependency == null) {
                continue;
            }
            double embeddedKt = m.s.embeddedDemand().tonnes(t) / ModelBuilder.TONNES_PER_KT;
            double chinaShare = m.s.embeddedDemand().chinaShare(t);
            LinearProgram.RowBuilder row = m.lp.row(m.name("embeddedDependencyDefinition", t)).add(dependency, embeddedKt);
            Integer assembled = m.v.assembled.get(t);
            if (assembled != null) {
                row.add(assembled, chinaShare - 1).add(m.v.assembledChinaFree.get(t), 1);
            }
            row.equalTo(chinaShare * embeddedKt);
        }
    }
}

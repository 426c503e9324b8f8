package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.DoubleRange;
import org.reeopt.results.AuditReport;
import org.reeopt.results.DependencyMetrics;
import org.reeopt.results.PlanAudit;
import org.reeopt.scenario.EmbeddedDemand;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;

/**
 * Embedded demand on random tiny scenarios: without a weight it changes no direct result; with one, letting domestic
 * assembly take over more never makes the objective worse; every plan passes the independent audit.
 */
class EmbeddedDemandPropertiesTest {
    private static final double SHARE_TOL = 1e-6;
    private static final SourceRef GENERATED = new SourceRef("generated", 0, "", "");

    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    /** {@code base} with embedded demand of {@code fraction} of each year's direct demand at China share 0.85. */
    static Scenario withEmbedded(Scenario base, double fraction, double assemblyShare, double weight) {
        List<EmbeddedDemand.Year> years = new ArrayList<>();
        for (int t : base.horizon().years()) {
            years.add(new EmbeddedDemand.Year(t, fraction * base.demandTonnes(t), 0.85, GENERATED));
        }
        ObjectiveSpec o = base.objective();
        return new Scenario(base.name(), base.description(), base.file(), base.horizon(), base.planningNation(),
                base.lastResortSupplier(), base.nations(), base.materials(), base.chain(), base.demandTonnesPerYear(),
                base.scrapTonnesPerYear(), base.substitutionMaxShareOfDemand(), base.existingCapacity(),
                base.options(), base.buildLimits(), base.supplyLimits(), base.budget(),
                new ObjectiveSpec(o.mode(), o.yearWeights(), o.endToEndWeight(), o.stageWeights(), weight),
                base.targets(), base.solverSettings(), base.committedProjects(),
                base.lastResortDomesticShareByStage(), base.supplyRisk(), base.inputWarnings(),
                new EmbeddedDemand(years, assemblyShare, GENERATED));
    }

    private static void assertAudited(Solved solved) {
        AuditReport audit = PlanAudit.audit(solved.scenario(), solved.plan(), false);
        assertTrue(audit.passed(), () -> "audit: " + audit.breaches());
    }

    @Property(tries = 25)
    void withoutAWeightEmbeddedDemandChangesNoDirectResult(@ForAll("scenarios") TinyScenarios.Spec spec,
                                                           @ForAll @DoubleRange(min = 0.1, max = 2.0) double fraction) {
        Scenario base = spec.toScenario();
        Solved direct = Solved.solve(base);
        Solved embedded = Solved.solve(withEmbedded(base, fraction, 0.5, 0.0));
        assertEquals(direct.objective(), embedded.objective(), SHARE_TOL, "objective");
        DependencyMetrics d = new DependencyMetrics(base, direct.plan());
        DependencyMetrics e = new DependencyMetrics(embedded.scenario(), embedded.plan());
        for (int t : base.horizon().years()) {
            assertEquals(d.endToEnd(t), e.endToEnd(t), SHARE_TOL, "end-to-end in " + t);
            assertEquals(0.85, e.embedded(t), SHARE_TOL, "nothing assembled: embedded keeps its China share");
        }
        assertAudited(embedded);
    }

    @Property(tries = 25)
    void aLargerAssemblyShareNeverRaisesTheObjective(@ForAll("scenarios") TinyScenarios.Spec spec,
                                                     @ForAll @DoubleRange(min = 0.1, max = 2.0) double fraction,
                                                     @ForAll @DoubleRange(min = 0.0, max = 0.5) double share,
                                                     @ForAll @DoubleRange(min = 0.0, max = 0.5) double more) {
        Scenario base = spec.toScenario();
        Solved less = Solved.solve(withEmbedded(base, fraction, share, 1.0));
        Solved larger = Solved.solve(withEmbedded(base, fraction, share + more, 1.0));
        assertTrue(larger.objective() <= less.objective() + SHARE_TOL, () -> "objective " + less.objective()
                + " with assembly share " + share + " but " + larger.objective() + " with " + (share + more));
        assertEquals(larger.objective(), new DependencyMetrics(larger.scenario(), larger.plan()).weightedObjective(),
                SHARE_TOL, "the objective recomputed from the plan");
        assertAudited(less);
        assertAudited(larger);
    }
}

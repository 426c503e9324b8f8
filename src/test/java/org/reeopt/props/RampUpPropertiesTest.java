package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reeopt.results.AuditReport;
import org.reeopt.results.PlanAudit;
import org.reeopt.scenario.Availability;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * A slower ramp-up (pointwise lower shares of nameplate, on every option and existing plant) never improves the
 * optimal dependency objective of random tiny LP scenarios ({@link TinyScenarios}).
 *
 * <p>Subsidies are set to zero here, and that is essential, not a convenience: a subsidy is paid on available
 * output, so a slower ramp-up also costs less subsidy, and the money saved may buy capacity elsewhere (a slower ramp
 * can then lower the objective). Without subsidies every plan of the slower scenario is a plan of the faster one
 * with the same spending and the same flows, so the faster optimum is at least as good. Both optimal plans must also
 * pass the independent audit, which recomputes ramped capacity from the scenario.
 */
class RampUpPropertiesTest {

    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    /** A ramp-up of 0 to 3 years (then 1.0). */
    @Provide
    Arbitrary<List<Double>> ramps() {
        return Arbitraries.doubles().between(0, 1).ofScale(3).list().ofMinSize(0).ofMaxSize(3);
    }

    /** Factors in [0, 1] by which the slower ramp-up scales the faster one, year by year (0 to 4 years). */
    @Provide
    Arbitrary<List<Double>> slowdowns() {
        return Arbitraries.doubles().between(0, 1).ofScale(3).list().ofMinSize(0).ofMaxSize(4);
    }

    @Property(tries = 40)
    void aSlowerRampUpNeverLowersTheOptimalObjective(@ForAll("scenarios") TinyScenarios.Spec spec,
                                                       @ForAll("ramps") List<Double> fast,
                                                       @ForAll("slowdowns") List<Double> factors) {
        List<Double> slow = new ArrayList<>();
        for (int k = 0; k < Math.max(fast.size(), factors.size()); k++) {
            double share = Availability.rampShare(fast, k);
            slow.add(k < factors.size() ? share * factors.get(k) : share);
        }
        Scenario base = spec.toScenario();
        Solved faster = Solved.solve(withRampUp(base, fast));
        Solved slower = Solved.solve(withRampUp(base, slow));
        assertTrue(slower.objective() >= faster.objective() - OptimizationPropertiesTest.SHARE_TOL,
                () -> "ramp-up " + fast + " gives objective " + faster.objective() + " but the slower " + slow
                        + " gives " + slower.objective());
        for (Solved solved : List.of(faster, slower)) {
            AuditReport audit = PlanAudit.audit(solved.scenario(), solved.plan(), false);
            assertTrue(audit.passed(), () -> "the audit, recomputing ramped capacity, rejects the plan: "
                    + audit.breaches());
        }
    }

    /** {@code base} with every option on {@code ramp} and no subsidy, and every existing plant on {@code ramp}. */
    private static Scenario withRampUp(Scenario base, List<Double> ramp) {
        List<InvestmentOption> options = new ArrayList<>();
        for (InvestmentOption o : base.options()) {
            options.add(new InvestmentOption(o.id(), o.name(), o.nation(), o.stage(), o.kind(),
                    o.outputTonnesPerYearPerUnit(), o.capexMillionUsdPerUnit(), o.leadTimeYears(),
                    o.earliestFundingYear(), o.latestFundingYear(), o.maxUnits(), o.lumpy(), o.plannerCapexShare(),
                    o.plannerOutputShare(), 0.0, o.scrapTonnesPerTonneOutput(), o.substitutionTonnesPerTonne(),
                    o.capexProfile(), o.source(), Availability.ramp(ramp)));
        }
        List<ExistingCapacity> existing = new ArrayList<>();
        for (ExistingCapacity c : base.existingCapacity()) {
            existing.add(new ExistingCapacity(c.nation(), c.stage(), c.material(), c.capacityTonnesPerYear(),
                    c.plannerShare(), c.startYear(), c.retirementYear(), c.source(), ramp));
        }
        return new Scenario(base.name(), base.description(), base.file(), base.horizon(), base.planningNation(),
                base.lastResortSupplier(), base.nations(), base.materials(), base.chain(), base.demandTonnesPerYear(),
                base.scrapTonnesPerYear(), base.substitutionMaxShareOfDemand(), existing, options,
                base.buildLimits(), base.supplyLimits(), base.budget(), base.objective(), base.targets(),
                base.solverSettings(), base.committedProjects(), base.lastResortDomesticShareByStage(),
                base.supplyRisk());
    }
}

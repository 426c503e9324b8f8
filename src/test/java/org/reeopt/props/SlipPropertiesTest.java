package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.solve.SolveStatus;
import org.reeopt.testsupport.ScenarioRecords;

/**
 * A later slip of committed projects never helps. On random tiny LP scenarios ({@link TinyScenarios}) with one or
 * two committed projects (production at any stage, or recycling of final product), each slipped by s and by s + d
 * (d > 0):
 *
 * <ol>
 * <li>The optimal objective with s + d is never below the one with s. Why: a project's output in year t is its
 * nameplate times clamp(t + 1 - onlineYear - slip, 0, 1), which never rises with the slip, and committed output
 * enters the model only as the right-hand side of capacity rows (K_{p,t}) and of recycling capacity rows; nothing
 * else (budget, targets, build limits) depends on it. So every plan feasible with s + d is feasible with s, and
 * the minimum over the larger set is no larger.</li>
 * <li>For a fixed plan (the one chosen with s; its funding held fixed, operation re-optimized as {@code solve --plan}
 * does), end-to-end dependency never falls in any year when the slip grows to s + d. Why, with the objective
 * being end-to-end dependency alone (stage weights removed) and every year weight positive: with the funding
 * fixed, the fixed-plan model leaves out the budget rows, and without stockpiles no other row links two years, so
 * minimizing the weighted sum minimizes each year's E_t on its own; the least E_t a year can reach only rises
 * when its capacity shrinks. (For the re-optimized plan this per-year claim is false: a slip may move money into
 * a year that then does better.)</li>
 * </ol>
 */
class SlipPropertiesTest {
    private static final double SHARE_TOL = 1e-6;
    private static final SourceRef GENERATED = new SourceRef("generated", 0, "", "");

    /** A committed project: which product (index into the chain's products), size, online year, kind. */
    record CommittedSpec(int productCode, double fractionOfRequirement, int onlineOffset, boolean recycling) {
    }

    record Case(TinyScenarios.Spec spec, List<CommittedSpec> committed, int slipQuarters, int moreQuarters) {

        double slip() {
            return slipQuarters / 4.0;
        }

        double laterSlip() {
            return (slipQuarters + moreQuarters) / 4.0;
        }

        /** The spec's scenario with end-to-end dependency as the only metric, and the committed projects slipped. */
        Scenario withSlip(double slipYears) {
            Scenario base = spec.toScenario();
            ObjectiveSpec o = base.objective();
            base = base.withObjectiveAndTargets(new ObjectiveSpec(o.mode(), o.yearWeights(), 1.0, Map.of()),
                    base.targets());
            List<Product> products = base.chain().products();
            Product finalProduct = base.chain().finalProduct();
            Map<ProductKey, Double> content = base.chain().embodiedContent(finalProduct.key());
            double demand0 = base.demandTonnes(base.horizon().firstYear());
            List<CommittedProject> projects = new ArrayList<>();
            for (int i = 0; i < committed.size(); i++) {
                CommittedSpec c = committed.get(i);
                Product p = c.recycling() ? finalProduct : products.get(Math.floorMod(c.productCode(), products.size()));
                OptionKind kind = c.recycling() ? OptionKind.RECYCLING : OptionKind.PRODUCTION;
                InvestmentOption option = new InvestmentOption("c" + i, "committed " + i, TinyScenarios.PLANNER,
                        p.stage(), kind, Map.of(p.material(), c.fractionOfRequirement() * demand0 * content.get(p.key())),
                        100, 2, base.horizon().firstYear(), base.horizon().lastYear(), 1, false, 1, 1, 0,
                        c.recycling() ? 1.2 : 0, 1, InvestmentOption.evenCapexProfile(2), GENERATED);
                projects.add(new CommittedProject(option, 1, base.horizon().firstYear() + c.onlineOffset(), slipYears,
                        GENERATED));
            }
            return ScenarioRecords.withCommitted(base, projects);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<CommittedSpec> committed = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.doubles().between(0.1, 1.0).ofScale(3), Arbitraries.integers().between(-1, 3),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(1, true)))
                .as(CommittedSpec::new);
        return Combinators.combine(TinyScenarios.specs(), committed.list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(1, 8)).as(Case::new);
    }

    @Property(tries = 30)
    void aLaterSlipNeverImprovesTheOptimalObjective(@ForAll("cases") Case c) {
        Solved early = Solved.solve(c.withSlip(c.slip()));
        Solved late = Solved.solve(c.withSlip(c.laterSlip()));
        assertTrue(late.objective() >= early.objective() - SHARE_TOL, () -> "objective " + early.objective()
                + " with slip " + c.slip() + " but " + late.objective() + " with the later slip " + c.laterSlip());
    }

    @Property(tries = 30)
    void aLaterSlipNeverLowersDependencyOfAFixedPlanInAnyYear(@ForAll("cases") Case c) {
        Scenario early = c.withSlip(c.slip());
        RunResult chosen = Pipeline.run(early, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, chosen.status(), () -> "chosen: " + chosen.summary().message());
        var plan = SavedPlan.from(chosen.summary(), "slip " + c.slip());
        RunResult atEarly = Pipeline.evaluate(early, RunOptions.defaults(), plan);
        RunResult atLate = Pipeline.evaluate(c.withSlip(c.laterSlip()), RunOptions.defaults(), plan);
        for (RunResult r : List.of(atEarly, atLate)) {
            assertEquals(SolveStatus.OPTIMAL, r.status(), () -> "fixed plan: " + r.summary().message());
            assertTrue(r.auditPassed(), () -> "audit: " + r.summary().audit().breaches());
        }
        Map<String, Double> before = atEarly.summary().endToEndDependency();
        Map<String, Double> after = atLate.summary().endToEndDependency();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((year, e) -> assertTrue(after.get(year) >= e - SHARE_TOL, () -> "E in " + year + " falls from "
                + e + " (slip " + c.slip() + ") to " + after.get(year) + " (slip " + c.laterSlip() + ")"));
    }
}

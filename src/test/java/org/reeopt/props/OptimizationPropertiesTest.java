package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.AuditReport;
import org.reeopt.results.DependencyMetrics;
import org.reeopt.results.Plan;
import org.reeopt.results.PlanAudit;
import org.reeopt.results.Spending;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;

/**
 * Properties of the whole optimization on random tiny LP scenarios ({@link TinyScenarios}). Each try solves one or two
 * models of a few dozen variables, so the class runs in seconds.
 */
class OptimizationPropertiesTest {
    /** Tolerance on shares (dependency, objective): well above LP noise, far below any real effect. */
    static final double SHARE_TOL = 1e-6;
    /** Tolerance on money, billion USD. */
    static final double MONEY_TOL = 1e-7;
    /** Tolerance on tonnes per year. */
    static final double TONNES_TOL = 1e-3;

    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    // 1 ---------------------------------------------------------------------------------------------------------

    @Property(tries = 30)
    void moreBudgetNeverRaisesTheDependencyObjective(@ForAll("scenarios") TinyScenarios.Spec spec,
                                                      @ForAll @DoubleRange(min = 0.01, max = 1.0) double delta) {
        Scenario base = spec.toScenario();
        double b = base.budget().totalBillionUsd().orElseThrow();
        Solved less = Solved.solve(base);
        Solved more = Solved.solve(base.withBudgetTotal(b + delta));
        assertTrue(more.objective() <= less.objective() + SHARE_TOL, () -> "objective " + less.objective()
                + " with budget " + b + " but " + more.objective() + " with " + (b + delta));
        double recomputedLess = new DependencyMetrics(base, less.plan()).weightedObjective();
        double recomputedMore = new DependencyMetrics(more.scenario(), more.plan()).weightedObjective();
        assertTrue(recomputedMore <= recomputedLess + SHARE_TOL, () -> "recomputed objective " + recomputedLess
                + " with budget " + b + " but " + recomputedMore + " with " + (b + delta));
    }

    // 2 ---------------------------------------------------------------------------------------------------------

    @Property(tries = 30)
    void zeroBudgetMeansNoInvestmentAndNoSpending(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario scenario = spec.toScenario().withBudgetTotal(0.0);
        Solved solved = Solved.solve(scenario);
        for (Map.Entry<?, Integer> e : solved.model().variables().build().entrySet()) {
            double units = solved.outcome().values()[e.getValue()];
            assertTrue(units <= 1e-7, () -> "zero budget but " + e.getKey() + " has " + units + " units");
        }
        assertTrue(solved.plan().builds().isEmpty(), () -> "zero budget but builds " + solved.plan().builds());
        Spending spending = Spending.of(scenario, solved.plan());
        assertEquals(0.0, spending.totalBillionUsd(), 1e-12);
        spending.byYearBillionUsd().values().forEach(v -> assertEquals(0.0, v, 1e-12));
    }

    // 3 ---------------------------------------------------------------------------------------------------------

    @Property(tries = 40)
    void spendingStaysWithinTheTotalBudgetAndEveryAnnualCap(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario scenario = spec.toScenario();
        Solved solved = Solved.solve(scenario);
        Spending spending = Spending.of(scenario, solved.plan());
        double total = scenario.budget().totalBillionUsd().orElseThrow();
        assertTrue(spending.totalBillionUsd() <= total + MONEY_TOL,
                () -> "spent " + spending.totalBillionUsd() + " of a total budget of " + total);
        for (int year : scenario.horizon().years()) {
            double spent = spending.byYearBillionUsd().getOrDefault(year, 0.0);
            scenario.budget().capFor(year).ifPresent(cap -> assertTrue(spent <= cap + MONEY_TOL,
                    () -> "spent " + spent + " in " + year + " with an annual cap of " + cap + "; plan "
                            + solved.plan().builds()));
        }
        // the spending the plan implies is what the model believed it spent (second, spending-minimizing solve)
        double modelSpending = 0;
        double[] x = solved.outcome().values();
        double[] c = solved.model().spendingObjective();
        for (int i = 0; i < c.length; i++) {
            modelSpending += c[i] * x[i];
        }
        assertEquals(modelSpending, spending.totalBillionUsd(), 1e-6, "model spending vs Spending.of");
    }

    // 4 ---------------------------------------------------------------------------------------------------------

    @Property(tries = 40)
    void nothingProducesBeforeItsLeadTime(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario s = spec.toScenario();
        Solved solved = Solved.solve(s);
        Plan plan = solved.plan();
        for (int year : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                double produced = plan.flow(p.key(), year).producedTonnes();
                double capacity = IndependentCapacity.productionCapacity(s, plan, p.key(), year);
                assertTrue(produced <= capacity + TONNES_TOL + 1e-9 * capacity, () -> p.key() + " in " + year
                        + " produces " + produced + " t but existing plus online builds give only " + capacity
                        + " t; builds " + plan.builds());
            }
            for (InvestmentOption o : s.options()) {
                if (o.kind() == OptionKind.PRODUCTION) {
                    continue;
                }
                double output = o.kind() == OptionKind.RECYCLING ? plan.recycled(o.id(), year)
                        : plan.substitute(o.id(), year);
                double online = IndependentCapacity.onlineTonnes(plan, o, TinyScenarios.FINAL_MATERIAL, year);
                assertTrue(output <= online + TONNES_TOL, () -> o.id() + " (" + o.kind() + ", lead "
                        + o.leadTimeYears() + ") outputs " + output + " t in " + year + " with " + online
                        + " t online; builds " + plan.builds());
            }
        }
        // and, build by build: before fundingYear + floor(lead) a build contributes nothing at all
        for (Plan.Build b : plan.builds()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            int firstOutput = b.fundingYear() + (int) Math.floor(o.leadTimeYears() + 1e-9);
            assertEquals(firstOutput, o.firstOutputYear(b.fundingYear()), "firstOutputYear of " + o.id());
            for (int year = s.horizon().firstYear(); year < firstOutput; year++) {
                assertEquals(0.0, o.onlineShare(b.fundingYear(), year), 0.0,
                        o.id() + " funded " + b.fundingYear() + " is online in " + year);
            }
        }
    }

    // 5 ---------------------------------------------------------------------------------------------------------

    @Property(tries = 40)
    void theAuditPassesOnEverySolvedPlan(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario scenario = spec.toScenario();
        RunResult run = Pipeline.run(scenario, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, run.status());
        assertTrue(run.auditPassed(), () -> "audit breaches: " + run.summary().audit().breaches());
        // the audit also passes on the plan of the lower-level path, judged as an integer plan (nothing is lumpy)
        Solved solved = Solved.solve(scenario);
        AuditReport audit = PlanAudit.audit(scenario, solved.plan(), false);
        assertTrue(audit.passed(), () -> "audit breaches: " + audit.breaches());
        assertTrue(audit.checks() > 0);
    }

    // 6 ---------------------------------------------------------------------------------------------------------

    @Property(tries = 40)
    void endToEndDependencyIsAShareNoLowerThanChinaFreeCapacityAllows(
            @ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario s = spec.toScenario();
        Solved solved = Solved.solve(s);
        DependencyMetrics metrics = new DependencyMetrics(s, solved.plan());
        List<String> failures = new ArrayList<>();
        for (int year : s.horizon().years()) {
            double model = solved.plan().modelEndToEndDependency().get(year);
            double recomputed = metrics.endToEnd(year);
            double demand = s.demandTonnes(year);
            double floor = Math.max(0.0, 1.0 - IndependentCapacity.maxChinaFreeTonnes(s, solved.plan(), year) / demand);
            for (double e : new double[] {model, recomputed}) {
                if (e < -SHARE_TOL || e > 1 + SHARE_TOL) {
                    failures.add(year + ": dependency " + e + " is outside [0,1]");
                }
                if (e < floor - SHARE_TOL) {
                    failures.add(year + ": dependency " + e + " is below " + floor
                            + ", the least the China-free capacity allows");
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures + "; builds " + solved.plan().builds());
    }

    /**
     * The converse of property 6: with a positive end-to-end weight, the solver leaves no China-free capacity idle,
     * so the dependency equals the floor (up to the slack the second, spending solve may use).
     */
    @Property(tries = 30)
    void endToEndDependencyReachesWhatTheCapacityAllows(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario s = spec.toScenario();
        Solved solved = Solved.solve(s);
        for (int year : s.horizon().years()) {
            double e = solved.plan().modelEndToEndDependency().get(year);
            double floor = Math.max(0.0,
                    1.0 - IndependentCapacity.maxChinaFreeTonnes(s, solved.plan(), year) / s.demandTonnes(year));
            assertEquals(floor, e, 1e-4, "end-to-end dependency in " + year + " vs the capacity floor; builds "
                    + solved.plan().builds());
        }
    }

    /** The solver's objective is the dependency objective recomputed from the plan alone. */
    @Property(tries = 30)
    void reportedObjectiveMatchesTheRecomputedOne(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario s = spec.toScenario();
        Solved solved = Solved.solve(s);
        double recomputed = new DependencyMetrics(s, solved.plan()).weightedObjective();
        assertEquals(solved.objective(), recomputed, 1e-5);
        assertTrue(recomputed >= -SHARE_TOL, "a dependency objective is never negative");
    }

    /** The audit is not a rubber stamp: a plan whose China-free supply disagrees with its dependency is rejected. */
    @Property(tries = 25)
    void theAuditRejectsAPlanWithMoreChinaFreeSupplyThanItReports(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario s = spec.toScenario();
        Plan plan = Solved.solve(s).plan();
        Product finalProduct = s.chain().finalProduct();
        Map<Plan.ProductYear, Plan.Flow> flows = new java.util.HashMap<>(plan.flows());
        int year = s.horizon().lastYear();
        Plan.Flow f = plan.flow(finalProduct.key(), year);
        flows.put(new Plan.ProductYear(finalProduct.key(), year), new Plan.Flow(
                f.chinaFreeTonnes() + 0.1 * s.demandTonnes(year), f.otherOriginTonnes(), f.lastResortTonnes()));
        Plan corrupted = new Plan(plan.builds(), flows, plan.recycledTonnes(), plan.substituteTonnes(),
                plan.modelEndToEndDependency());
        AuditReport audit = PlanAudit.audit(s, corrupted, false);
        assertTrue(!audit.passed() && audit.breaches().stream().anyMatch(b -> b.contains("end-to-end dependency in "
                + year)), () -> "expected an end-to-end breach in " + year + ", got " + audit.breaches());
    }
}

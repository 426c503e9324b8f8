package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.ScenarioRecords.budget;
import static org.reeopt.testsupport.ScenarioRecords.oneStage;
import static org.reeopt.testsupport.ScenarioRecords.option;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.Plan;
import org.reeopt.results.PlanAudit;
import org.reeopt.results.Spending;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;

/**
 * One-stage scenarios small enough to solve on paper: they pin the lead-time and budget semantics to numbers, so a
 * change in either shows up as a wrong number rather than a subtly different plan.
 */
class WorkedExamplesTest {
    /**
     * The second (least-spending) solve may give up 1e-7 + 1e-7*|z| of the primary objective, and it does: shares come
     * back as 0.50000015 rather than 0.5. 1e-6 is above that slack and far below any modelling effect.
     */
    private static final double EPS = 1e-6;

    private static Scenario leadTimeOneAndAHalf(Double annualCap, double total) {
        // 1000 t/yr demand, nothing existing; one unit of 1000 t/yr for $100M, online 1.5 years after funding,
        // capex spread evenly over ceil(1.5) = 2 years.
        return oneStage(2030, 2032, 1000, 0,
                List.of(option("plant", "magnet", "mag", 1000, 100, 1.5, 1, List.of(0.5, 0.5))),
                budget(total, annualCap));
    }

    @Test
    void aPlantWithALeadOfOneAndAHalfYearsProducesNothingThenHalfThenAll() {
        Scenario s = leadTimeOneAndAHalf(null, 1.0);
        Solved solved = Solved.solve(s);
        Plan plan = solved.plan();
        assertEquals(List.of(new Plan.Build("plant", 2030, 1.0)), roundUnits(plan.builds()));
        assertEquals(1.0, plan.modelEndToEndDependency().get(2030), EPS, "nothing online in the funding year");
        assertEquals(0.5, plan.modelEndToEndDependency().get(2031), EPS, "online from mid-2031");
        assertEquals(0.0, plan.modelEndToEndDependency().get(2032), EPS, "online all of 2032");
        assertEquals(0.5, solved.objective(), EPS, "average of 1, 0.5 and 0");
        Spending spending = Spending.of(s, plan);
        assertEquals(0.1, spending.totalBillionUsd(), EPS);
        assertEquals(0.05, spending.byYearBillionUsd().get(2030), EPS);
        assertEquals(0.05, spending.byYearBillionUsd().get(2031), EPS);
        assertTrue(PlanAudit.audit(s, plan, false).passed());
    }

    @Test
    void aSmallTotalBudgetBuysAFractionOfAUnit() {
        Scenario s = leadTimeOneAndAHalf(null, 0.05);
        Solved solved = Solved.solve(s);
        assertEquals(List.of(new Plan.Build("plant", 2030, 0.5)), roundUnits(solved.plan().builds()));
        assertEquals(0.75, solved.plan().modelEndToEndDependency().get(2031), EPS);
        assertEquals(0.5, solved.plan().modelEndToEndDependency().get(2032), EPS);
    }

    @Test
    void anAnnualCapLimitsEveryYearOfTheCapexProfile() {
        // cap 0.02/yr: funding x in 2030 pays 0.05x in 2030 and 2031, so x <= 0.4; funding in 2031 instead would
        // only be half online in 2032, so the optimum funds 0.4 units in 2030 and nothing later.
        Scenario s = leadTimeOneAndAHalf(0.02, 1.0);
        Solved solved = Solved.solve(s);
        assertEquals(List.of(new Plan.Build("plant", 2030, 0.4)), roundUnits(solved.plan().builds()));
        assertEquals(1.0, solved.plan().modelEndToEndDependency().get(2030), EPS);
        assertEquals(0.8, solved.plan().modelEndToEndDependency().get(2031), EPS);
        assertEquals(0.6, solved.plan().modelEndToEndDependency().get(2032), EPS);
        Spending spending = Spending.of(s, solved.plan());
        assertEquals(0.02, spending.byYearBillionUsd().get(2030), EPS);
        assertEquals(0.02, spending.byYearBillionUsd().get(2031), EPS);
    }

    @Test
    void theSecondSolveSpendsNothingThatBuysNoDependencyReduction() {
        // existing capacity already meets demand: any build would be money for nothing
        Scenario s = oneStage(2030, 2032, 1000, 1000,
                List.of(option("plant", "magnet", "mag", 1000, 100, 0, 1, List.of(1.0))), budget(1.0, null));
        RunResult run = Pipeline.run(s, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, run.status());
        assertEquals(0.0, run.summary().objective(), EPS);
        assertEquals(0.0, run.summary().spentBillionUsd(), EPS);
        assertTrue(run.summary().investments().isEmpty(), () -> "investments " + run.summary().investments());
    }

    /**
     * Regression: capex that a profile would schedule after the horizon used to escape the annual cap. Funding
     * years are now limited so that the whole capex profile is paid within the horizon.
     */
    @Test
    void capexPaidAfterTheHorizonRespectsTheAnnualCap() {
        // lead 0, capex 1 B paid 10% in the funding year and 90% the year after; cap 0.1 B every year
        Scenario s = oneStage(2030, 2031, 1000, 0,
                List.of(option("plant", "magnet", "mag", 1000, 1000, 0, 1, List.of(0.1, 0.9))), budget(1.0, 0.1));
        Solved solved = Solved.solve(s);
        Spending spending = Spending.of(s, solved.plan());
        spending.byYearBillionUsd().forEach((year, spent) -> assertTrue(spent <= 0.1 + EPS,
                () -> spent + " billion USD spent in " + year + " with an annual cap of 0.1; by year "
                        + spending.byYearBillionUsd()));
    }

    private static List<Plan.Build> roundUnits(List<Plan.Build> builds) {
        return builds.stream().map(b -> new Plan.Build(b.option(), b.fundingYear(),
                Math.round(b.units() * 1e5) / 1e5)).toList();
    }
}

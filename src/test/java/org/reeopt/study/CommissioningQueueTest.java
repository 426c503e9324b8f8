package org.reeopt.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * The commissioning queue (golden/uncertainty/queue.json: us-a divisible, us-b lumpy, 50 t/yr each; a build limit of
 * 50 t/yr of new US magnet capacity a year, horizon 2026-2029): after the queue no year's new nameplate exceeds the
 * limit, every unit is still in the plan (online, moved, or pushed past the horizon with its capex), a lumpy build
 * moves in whole units, and the audit passes on the queued plan. The properties are pure arithmetic (no solver).
 */
class CommissioningQueueTest {
    private static final Scenario BASE = Pipeline.load(Path.of("src/test/resources/golden/uncertainty/queue.json"));

    /** A drawn scenario: each option's lead time times its factor, then a random plan over its funding years. */
    record Case(double leadFactorA, double leadFactorB, List<Plan.Build> builds) {
    }

    static Scenario drawn(double factorA, double factorB) {
        List<InvestmentOption> options = new ArrayList<>();
        for (InvestmentOption o : BASE.options()) {
            options.add(o.withLeadTimeScaled(o.id().equals("us-a") ? factorA : factorB));
        }
        return BASE.withDrawnInputs(BASE.demandTonnesPerYear(), BASE.existingCapacity(), options,
                BASE.committedProjects(), 1.0);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> factor = Arbitraries.of(1.0, 1.5, 2.0, 2.5, 3.0);
        Arbitrary<Plan.Build> build = Combinators.combine(Arbitraries.of("us-a", "us-b"),
                Arbitraries.integers().between(2026, 2028), Arbitraries.of(0.25, 0.5, 1.0, 1.5, 2.0))
                .as((option, year, units) -> new Plan.Build(option, year,
                        option.equals("us-b") ? Math.ceil(units) : units)); // us-b is lumpy: whole units
        return Combinators.combine(factor, factor, build.list().ofMinSize(1).ofMaxSize(5)).as(Case::new);
    }

    @Property(tries = 200)
    void noYearExceedsTheLimitAndEveryUnitIsKept(@ForAll("cases") Case c) {
        Scenario s = drawn(c.leadFactorA(), c.leadFactorB());
        CommissioningQueue.Queued q = CommissioningQueue.of(s, c.builds());
        Map<Integer, Double> newTonnes = new java.util.TreeMap<>();
        for (Plan.Build b : q.held()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            assertTrue(o.fundingYearsWithin(s.horizon()).contains(b.fundingYear()), "held without a column: " + b);
            newTonnes.merge(o.firstOutputYear(b.fundingYear()), b.units() * o.totalOutputTonnesPerYearPerUnit(),
                    Double::sum);
        }
        for (int year : s.horizon().years()) {
            assertTrue(newTonnes.getOrDefault(year, 0.0) <= 50 + 1e-6, year + ": " + newTonnes + " from " + c);
        }
        double before = c.builds().stream().mapToDouble(Plan.Build::units).sum();
        double after = q.held().stream().mapToDouble(Plan.Build::units).sum()
                + q.dropped().stream().mapToDouble(Plan.Build::units).sum()
                + q.moves().stream().filter(CommissioningQueue.Move::dropped)
                        .mapToDouble(CommissioningQueue.Move::units).sum();
        assertEquals(before, after, 1e-9, "units kept: " + q);
        for (CommissioningQueue.Move m : q.moves()) {
            assertTrue(m.years() >= 1, m.toString());
            if (m.option().equals("us-b")) {
                assertEquals(Math.rint(m.units()), m.units(), 0.0, "a lumpy build moves in whole units: " + m);
            }
        }
    }

    /**
     * The golden draw (us-a's lead time doubled: both plants online in 2028): the plan as funded breaks the build
     * limit (the evaluation is infeasible); the queued plan (us-b funded 2027, online 2029) is operated and audited.
     */
    @Test
    void theAuditPassesOnTheQueuedPlan() {
        Scenario s = drawn(2.0, 1.0);
        List<Plan.Build> plan = List.of(new Plan.Build("us-a", 2026, 1.0), new Plan.Build("us-b", 2026, 1.0));
        RunResult asFunded = Pipeline.evaluate(s, RunOptions.defaults(), new FixedPlan(plan, Map.of(), Map.of(), Map.of(),
                "test plan"));
        assertTrue(!asFunded.status().hasPlan(), "the plan as funded should break the limit: " + asFunded.status());
        CommissioningQueue.Queued q = CommissioningQueue.of(s, plan);
        assertEquals(List.of(new Plan.Build("us-a", 2026, 1.0), new Plan.Build("us-b", 2027, 1.0)), q.held());
        RunResult queued = Pipeline.evaluate(s, RunOptions.defaults(), new FixedPlan(q.held(), Map.of(), Map.of(), Map.of(),
                "test plan"));
        assertTrue(queued.status().hasPlan(), queued.status() + ": " + queued.summary().message());
        assertTrue(queued.auditPassed(), "the audit fails on the queued plan");
    }
}

package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.report.Format;
import org.reeopt.report.UncertaintyReport;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.UncertaintyFile;
import org.reeopt.study.UncertaintyResult;

/**
 * The commissioning queue of a plan held fixed in a draw (golden/uncertainty/queue.json), answers by hand.
 *
 * <pre>
 * Horizon 2026-2029, one stage (magnet), demand 100 t/yr, no existing capacity, budget 0.3 B$. Two lines of 50 t/yr,
 * 100 M USD each, maxUnits 1: us-a (divisible, lead 1 year), us-b (lumpy: one whole plant, lead 2 years); capex even
 * over the lead time.
 * Build limit: 50 t/yr of new US magnet capacity per first output year.
 * Deterministic plan: us-a funded 2026 (online 2027, the only way to have anything in 2027) and us-b funded 2026
 *   (online 2028; us-a cannot add more, maxUnits 1): E = 1, 0.5, 0, 0; both within the limit (50 t in 2027, 50 t in
 *   2028).
 * The draw: us-a's lead time x 2 = 2 years (zero width), so us-a funded 2026 comes online in 2028 with us-b:
 *   100 t/yr > 50. Without the queue the fixed-plan model is infeasible and the draw has no plan.
 *   Queue, year 2028: both were funded in 2026; the option order puts us-a first: it fits (50 = limit); us-b waits:
 *   moved whole (lumpy), re-expressed as funded 2027, online 2029 (2027 + 2), where nothing else comes online:
 *   50 <= 50.
 *   E_2026 = 1 (nothing online), E_2027 = 1, E_2028 = (100 - 50) / 100 = 0.5, E_2029 = 0.
 *   Spending (drawn capex at the ORIGINAL funding years): us-a 0.1 B$ over its drawn 2-year profile, 0.05 in 2026
 *   and 2027; us-b 0.1 B$ over 2 years from 2026, 0.05 in 2026 and 2027. By year 0.1, 0.1, 0, 0; total 0.2.
 *   (Charged at the moved year, us-b would pay 0.05 in 2027 and 2028.)
 *   The queue: 1 unit delayed 1 year (1 unit-year), none past the horizon.
 * </pre>
 * Run alone, the first (ojAlgo) case takes about 5 s: it pays for loading the solver, report and chart classes (the
 * report bundle is rendered on that backend only); the CBC and GLPK cases about 1 to 2 s.
 */
class GoldenCommissioningQueueTest {
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theSecondPlantWaitsAYearInsteadOfTheDrawHavingNoPlan(String backend) throws Exception {
        UncertaintyResult r = GoldenUncertaintyTest.study("queue.json", Backends.on(backend),
                new MonteCarlo.Settings(1, 17, 1, List.of(MonteCarlo.Mode.FIXED_PLAN)));
        double[] deterministic = {1, 0.5, 0, 0};
        double[] drawn = {1, 1, 0.5, 0};
        double[] spendByYear = {0.1, 0.1, 0, 0};
        DrawOutcome o = r.finished().get(0).outcomes().get(MonteCarlo.Mode.FIXED_PLAN);
        assertFalse(o.failed(), () -> "the draw has no plan: " + o.failure());
        assertNull(r.base().queue(), "the deterministic plan fits its build limit");
        for (int y = 2026; y <= 2029; y++) {
            assertEquals(deterministic[y - 2026], r.base().endToEnd().get(y), 1e-6, "deterministic " + y);
            assertEquals(drawn[y - 2026], o.endToEnd().get(y), 1e-6, "drawn " + y);
            assertEquals(spendByYear[y - 2026], o.spendBillionUsdByYear().getOrDefault(y, 0.0), 1e-9, "spend " + y);
        }
        assertEquals(0.2, o.spentBillionUsd(), 1e-9);
        assertEquals(new DrawOutcome.Queue(1, 1, 1, 0), rounded(o.queue()));
        UncertaintyResult.ModeSummary m = r.modes().get(MonteCarlo.Mode.FIXED_PLAN);
        assertEquals(0, m.failed());
        assertEquals(1, m.queuedDraws());
        assertEquals(1, m.maxQueueDelayYears());
        assertEquals(0, m.queuedPastHorizonDraws());
        assertTrue(UncertaintyReport.render(r, Format.TABLE).contains("In 1 of 1 draws the build limits delayed some "
                + "of the plan's plants (by up to 1 year)"), () -> UncertaintyReport.render(r, Format.TABLE));
        assertTrue(UncertaintyReport.ranges(List.of(r), Format.MD).contains("| draws without a plan | draws with plants "
                + "delayed by the build limits |\n|---|---|---|---|---|---|---|---|---|\n| golden-uncertainty-queue | "
                + "fixed plan | 1 | 2027 | 100.0% | 100.0% | 100.0% | 0 | 1 |"), UncertaintyReport.ranges(List.of(r),
                Format.MD));
        assertTrue(UncertaintyReport.render(r, Format.CSV).contains("\n0,,fixedPlan:queue-max-years,1.0\n"));
        // the saved file reads back to the same queue and summary (report DIR re-renders from it)
        String json = UncertaintyFile.of(r).json();
        UncertaintyResult back = new ObjectMapper().readValue(json, UncertaintyFile.class).result("x.json");
        assertEquals(o.queue(), back.finished().get(0).outcomes().get(MonteCarlo.Mode.FIXED_PLAN).queue());
        assertEquals(m, back.modes().get(MonteCarlo.Mode.FIXED_PLAN));
        assertFalse(new ObjectMapper().writeValueAsString(r.base()).contains("queue"),
                "an outcome without a queue is saved as before");
        for (Format f : Format.values()) {
            assertEquals(UncertaintyReport.render(r, f), UncertaintyReport.render(back, f), "re-rendered " + f);
        }
        if (backend.equals("ojalgo")) { // the report's charts take a second or two: once, not per backend
            String report = new String(UncertaintyReport.bundle(r).get("report.md"));
            assertEquals(report, new String(UncertaintyReport.bundle(back).get("report.md")));
            assertTrue(report.contains("In 1 of 1 draws the build limits delayed"), report);
        }
    }

    private static DrawOutcome.Queue rounded(DrawOutcome.Queue q) {
        assertNotNull(q, "the queue moved nothing");
        return new DrawOutcome.Queue(Math.round(q.delayedUnits() * 1e6) / 1e6, Math.round(q.unitYears() * 1e6) / 1e6,
                q.maxYears(), Math.round(q.droppedUnits() * 1e6) / 1e6);
    }
}

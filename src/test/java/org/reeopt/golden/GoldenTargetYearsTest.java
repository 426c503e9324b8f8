package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.RunResult;
import org.reeopt.report.Format;
import org.reeopt.report.SolveMemo;
import org.reeopt.report.TableReport;
import org.reeopt.results.ResultSummary;

/**
 * Targets by year (golden/target-years): a target from a year on, against the same target in that year only.
 *
 * <pre>
 * Horizon 2026-2029, demand 100, 100, 200, 200 t. Cost mode, no total budget. Plant 100 t/yr per unit, 400 M USD,
 * lead 1 (funded 2026: online 2027; funded 2027: online 2028; funded 2028: online 2029).
 *
 * scenario.json, END_TO_END <= 0.5 from 2027 on (2027, 2028, 2029):
 *   2027 needs 50 t China-free, 2028 and 2029 need 100 t: 1 unit in all, 0.4 bn (at least 0.5 of it funded 2026).
 *   Among plans of that cost the second solve minimizes dependency: the whole unit funded 2026.
 *   E = 1, 0, 0.5, 0.5; the target is binding in 2028 and 2029 (at 50%), not in 2027 (0%).
 * in-2027.json, END_TO_END <= 0.5 in 2027 only (toYear 2027):
 *   2027 needs 50 t: 0.5 unit funded 2026, 0.2 bn. E = 1, 0.5, 1 - 50/200 = 0.75, 0.75; binding in 2027.
 * The range halves the cost: 0.2 against 0.4 bn.
 * </pre>
 */
class GoldenTargetYearsTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aTargetFromAYearOnHoldsInEveryLaterYear(String backend) {
        ResultSummary s = assertOptimal(run("target-years", Backends.on(backend)), 0.4);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0, 2028, 0.5, 2029, 0.5));
        assertSpending(s, 0.4, years(2026, 0.4));
        assertInvestments(s, inv("plant", 2026, 2027, 1.0, 100.0, 0.4));
        ResultSummary.TargetOutcome t = s.targets().get(0);
        assertEquals(List.of(2027, 2028, 2029), t.coveredYears());
        assertEquals(List.of(2028, 2029), t.bindingYears());
        assertEquals("end-to-end dependency at most 50.0% from 2027 on (2027-2029); binding in 2028-2029 (50.0%)",
                t.text());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aTargetLimitedToOneYearHoldsInThatYearOnly(String backend) {
        RunResult r = run("target-years", "in-2027.json", Backends.on(backend));
        ResultSummary s = assertOptimal(r, 0.2);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.5, 2028, 0.75, 2029, 0.75));
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("plant", 2026, 2027, 0.5, 50.0, 0.2));
        ResultSummary.TargetOutcome t = s.targets().get(0);
        assertEquals(2027, t.toYear());
        assertEquals(List.of(2027), t.coveredYears());
        assertEquals(List.of(2027), t.bindingYears());
        assertEquals("end-to-end dependency at most 50.0% in 2027 only; binding in 2027 (50.0%)", t.text());
    }

    /** Cost mode states the question (target, years, binding year) and the least cost, not a budget. */
    @Test
    void costModeOutputStatesTheTargetTheLeastCostAndTheBindingYear() {
        ResultSummary s = run("target-years", "in-2027.json", org.reeopt.pipeline.RunOptions.defaults()).summary();
        String question = "The least spending that meets every target: end-to-end dependency at most 50.0% in 2027 "
                + "only; binding in 2027 (50.0%).";
        assertEquals(question, s.description());
        String table = TableReport.render(s);
        assertTrue(table.contains(question + "\nLeast cost 0.20 B$ (no total budget)"), table);
        assertTrue(!table.contains("Budget"), table);
        String md = SolveMemo.of(s).markdown();
        assertTrue(md.contains(question), md);
        assertTrue(md.contains("At the least cost that meets the targets ($0.20B spent)"), md);
        String json = Format.JSON.render(s);
        assertTrue(json.contains("\"bindingYears\" : [ 2027 ]"), json);
    }
}

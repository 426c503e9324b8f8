package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reeopt.scenario.Target;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * The probability table of {@code uncertainty} shows the year the summary sentence quotes for each target: with
 * targets from 2027 and from 2029 (14 years measured, more than the table's six), the key years of 2027-2040 are
 * 2027, 2030, 2034, 2037, 2040; the sentence gives the second target's probability in 2029 (its first year, here
 * 0.75, lower than in any key year), so 2029 is a column. The code as it was left it out: the table read 0.80 in
 * every year while the sentence said 0.75.
 */
class TargetTableYearsTest {
    @Test
    void theTableShowsTheFirstYearOfEveryTarget() {
        Target early = new Target(Target.END_TO_END, Optional.empty(), 2027, 0.5);
        Target late = new Target(Target.END_TO_END, Optional.empty(), 2029, 0.3);
        Map<Integer, Double> earlyP = new TreeMap<>();
        Map<Integer, Double> lateP = new TreeMap<>();
        Map<Integer, Quantiles> e = new TreeMap<>();
        Map<Integer, Double> base = new TreeMap<>();
        for (int y = 2026; y <= 2040; y++) {
            e.put(y, Quantiles.of(List.of(0.2)));
            base.put(y, 0.2);
            if (y >= 2027) {
                earlyP.put(y, 0.8);
            }
            if (y >= 2029) {
                lateP.put(y, y == 2029 ? 0.75 : 0.8);
            }
        }
        UncertaintyResult.ModeSummary m = new UncertaintyResult.ModeSummary(e, Map.of(), Quantiles.of(List.of(1.0)),
                Map.of(), Map.of(UncertaintyResult.label(early), earlyP, UncertaintyResult.label(late), lateP), 0, null, 0, 0, 0);
        DrawOutcome deterministic = new DrawOutcome(base, Map.of(), 1.0, Map.of(), Map.of(), null, Map.of());
        UncertaintyResult r = new UncertaintyResult("years", 1, 1, List.of(), null, deterministic,
                List.of(2026, 2030, 2035, 2040), List.of(early, late), List.of(),
                Map.of(MonteCarlo.Mode.FIXED_PLAN, m), new Tornado(List.of()));
        String table = UncertaintyReport.table(r);
        assertTrue(table.contains("Probability that the target \"end-to-end dependency <= 30.0% from 2029\" is met in 2029 (fixed "
                + "plan): 0.75."), table);
        String header = table.lines().filter(l -> l.startsWith("probability of meeting")).findFirst().orElseThrow();
        assertTrue(header.matches("probability of meeting +mode +2027 +2029 +2030 +2034 +2037 +2040"), header);
        String row = table.lines().filter(l -> l.startsWith("end-to-end dependency <= 30.0% from 2029")).findFirst()
                .orElseThrow();
        assertTrue(row.matches(".* fixed plan +- +0\\.75 +0\\.80 +0\\.80 +0\\.80 +0\\.80"), row);
    }
}

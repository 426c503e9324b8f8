package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertYearValues;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.results.ResultSummary;

/**
 * Embedded demand (golden/embedded-demand): magnets in imported goods, of which domestic assembly may take over a
 * share.
 *
 * <pre>
 * Horizon 2026-2027, one stage (magnet). Direct demand D = 100 t/yr. Existing US magnet plant 120 t/yr (China-free:
 * a one-stage chain has no Chinese input). Embedded demand E = 50 t/yr, China share c = 0.9 in 2026, 0.8 in 2027;
 * domestic assembly may take over at most 0.2 * 50 = 10 t/yr. No options, budget 0.
 *
 * scenario.json, objective.embeddedWeight 1 (endToEndWeight 1):
 *   The plant serves direct demand, 100 t China-free: direct dependency 0.
 *   20 t of the plant is spare, so assembly takes over the full 10 t, all China-free (each assembled China-free
 *   tonne lowers embedded dependency by c/E; nothing is taken from direct demand because capacity suffices).
 *   Embedded dependency = (c * (E - 10) + (10 - 10)) / E: 2026 0.9 * 40 / 50 = 0.72; 2027 0.8 * 40 / 50 = 0.64.
 *   Combined = (0 * 100 + 0.72 * 50) / 150 = 36 / 150 = 0.24; 2027 32 / 150 = 0.2133333.
 *   Objective = sum over years of (1 * direct + 1 * embedded) / (2 years * (1 + 1)) = (0 + 0.72 + 0 + 0.64) / 4 = 0.34.
 * direct-only.json, objective.embeddedWeight 0 (the default):
 *   Nothing is assembled (the model has no assembly variables); direct dependency 0, objective 0.
 *   Embedded dependency = c: 0.9, 0.8. Combined = 45 / 150 = 0.3; 40 / 150 = 0.2666667.
 * no-table.json, no embeddedDemand: direct demand only, objective 0, no embeddedDemand section.
 * </pre>
 */
class GoldenEmbeddedDemandTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void domesticAssemblyTakesOverEmbeddedDemandWhenTheObjectiveWeighsIt(String backend) {
        ResultSummary s = assertOptimal(run("embedded-demand", Backends.on(backend)), 0.34);
        assertEndToEnd(s, years(2026, 0.0, 2027, 0.0));
        assertInvestments(s);
        ResultSummary.Embedded e = s.embeddedDemand();
        assertNotNull(e, "embeddedDemand section");
        assertYearValues(years(2026, 0.0, 2027, 0.0), e.directDependency(), "direct dependency");
        assertYearValues(years(2026, 0.72, 2027, 0.64), e.embeddedDependency(), "embedded dependency");
        assertYearValues(years(2026, 0.24, 2027, 32.0 / 150), e.combinedDependency(), "combined dependency");
        assertYearValues(years(2026, 10.0, 2027, 10.0), e.assembledTonnesPerYear(), "assembled t/yr");
        assertYearValues(years(2026, 50.0, 2027, 50.0), e.embeddedTonnesPerYear(), "embedded t/yr");
        assertEquals(1.0, e.objectiveWeight());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void byDefaultTheObjectiveCountsDirectDemandOnlyAndEmbeddedKeepsItsStatedShare(String backend) {
        ResultSummary s = assertOptimal(run("embedded-demand", "direct-only.json", Backends.on(backend)), 0.0);
        assertEndToEnd(s, years(2026, 0.0, 2027, 0.0));
        ResultSummary.Embedded e = s.embeddedDemand();
        assertYearValues(years(2026, 0.9, 2027, 0.8), e.embeddedDependency(), "embedded dependency");
        assertYearValues(years(2026, 0.3, 2027, 40.0 / 150), e.combinedDependency(), "combined dependency");
        assertYearValues(years(2026, 0.0, 2027, 0.0), e.assembledTonnesPerYear(), "assembled t/yr");
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("embeddedDemand.domesticAssemblyMaxShare")),
                s.warnings().toString());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void withoutATableThereIsNoEmbeddedSection(String backend) {
        ResultSummary s = assertOptimal(run("embedded-demand", "no-table.json", Backends.on(backend)), 0.0);
        assertEndToEnd(s, years(2026, 0.0, 2027, 0.0));
        assertNull(s.embeddedDemand());
    }
}

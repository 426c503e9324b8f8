package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reeopt.scenario.Availability;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.testsupport.ScenarioRecords;

/**
 * The "dominated option" warning compares ramp-up and end too: an option that is cheaper but ramps up more slowly
 * or ends earlier is not dominating, and the other option is not flagged.
 */
class DominatedAvailabilityTest {

    /** Warnings naming a dominated option, for a cheap option with {@code cheap} availability and a dear one. */
    private static List<String> dominated(Availability cheap) {
        InvestmentOption cheapOption = ScenarioRecords.option("cheap", "magnet", "mag", 100, 100, 1, Double.POSITIVE_INFINITY,
                List.of(1.0))
                .withAvailability(cheap);
        InvestmentOption dear = ScenarioRecords.option("dear", "magnet", "mag", 100, 200, 1, 1, List.of(1.0));
        ValidationReport report = ScenarioValidator.validate(ScenarioRecords.oneStage(2026, 2030, 100, 0,
                List.of(cheapOption, dear), ScenarioRecords.budget(1, null)));
        return report.warnings().stream().map(Problem::message).filter(m -> m.contains("is dominated by")).toList();
    }

    @Test
    void aCheaperOptionDominatesOnlyIfItRampsUpAsFastAndEndsNoEarlier() {
        assertEquals(1, dominated(Availability.FULL).size(), "same availability: dear is dominated");
        assertEquals(List.of(), dominated(Availability.ramp(List.of(0.5))), "cheap ramps up more slowly");
        assertEquals(List.of(), dominated(new Availability(List.of(), OptionalDouble.of(5), OptionalInt.empty())),
                "cheap ends after five years");
        assertEquals(List.of(), dominated(new Availability(List.of(), OptionalDouble.empty(), OptionalInt.of(2029))),
                "cheap ends in 2029");
    }
}

package org.reeopt.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The available share by hand: window share of the year (start to end) x ramp-up share of its output year. */
class AvailabilityTest {
    private static final double EPS = 1e-12;

    /** Ramp-up 0.5;0.75, term 3 years, last output year 2032 unless -1; output starting at {@code start}. */
    private static Availability availability(double term, int lastOutputYear) {
        return new Availability(List.of(0.5, 0.75), term < 0 ? OptionalDouble.empty() : OptionalDouble.of(term),
                lastOutputYear < 0 ? OptionalInt.empty() : OptionalInt.of(lastOutputYear));
    }

    @ParameterizedTest(name = "start {0}, term {1}, last {2}: share of {3} = {4}")
    @CsvSource({
            // start 2030.0: ramp 0.5, 0.75, then 1
            "2030.0, -1, -1, 2029, 0", "2030.0, -1, -1, 2030, 0.5", "2030.0, -1, -1, 2031, 0.75",
            "2030.0, -1, -1, 2032, 1", "2030.0, -1, -1, 2050, 1",
            // start mid-2030: half of 2030 at 0.5 = 0.25, 2031 at 0.75
            "2030.5, -1, -1, 2030, 0.25", "2030.5, -1, -1, 2031, 0.75", "2030.5, -1, -1, 2032, 1",
            // a 3-year term from mid-2030 ends mid-2033: half of 2033, nothing in 2034
            "2030.5, 3, -1, 2032, 1", "2030.5, 3, -1, 2033, 0.5", "2030.5, 3, -1, 2034, 0",
            // last output year 2032: all of 2032, nothing in 2033; the earlier of term and last year wins
            "2030.0, -1, 2032, 2032, 1", "2030.0, -1, 2032, 2033, 0", "2030.5, 3, 2032, 2033, 0",
            "2030.0, 1, 2032, 2030, 0.5", "2030.0, 1, 2032, 2031, 0"})
    void theAvailableShareIsTheWindowShareTimesTheRampShare(double start, double term, int last, int year,
                                                           double expected) {
        assertEquals(expected, availability(term, last).availableShare(start, year), EPS);
    }

    @ParameterizedTest(name = "ramp index {0} = {1}")
    @CsvSource({"-1, 0", "0, 0.5", "1, 0.75", "2, 1", "10, 1"})
    void theRampIsOneAfterTheList(int k, double expected) {
        assertEquals(expected, availability(-1, -1).rampShare(k), EPS);
    }

    @org.junit.jupiter.api.Test
    void fundingYearsWhoseOutputWouldEndBeforeItStartsGetNoVariable() {
        InvestmentOption plant = new InvestmentOption("o", "o", "US", "magnet", OptionKind.PRODUCTION,
                java.util.Map.of("mag", 1000.0), 500, 1, 2026, 2040, 1, false, 1, 1, 0, 0, 1, List.of(1.0),
                new SourceRef("t", 0, "", ""));
        Horizon horizon = new Horizon(2026, 2029);
        // lead 1: funded 2028 first produces in 2029; without an end every year but the last can be funded
        assertEquals(List.of(2026, 2027, 2028), plant.fundingYearsWithin(horizon));
        // last output year 2028: funded 2028 would start in 2029, after the end
        assertEquals(List.of(2026, 2027), plant.withAvailability(new Availability(List.of(), OptionalDouble.empty(),
                OptionalInt.of(2028))).fundingYearsWithin(horizon));
        // a ramp-up starting at 0: funded 2028 would make nothing within the horizon
        assertEquals(List.of(2026, 2027), plant.withAvailability(Availability.ramp(List.of(0.0, 0.5)))
                .fundingYearsWithin(horizon));
    }

    @ParameterizedTest(name = "lead {0}, year {1}")
    @CsvSource({"1.5, 2031", "1.5, 2032", "0.25, 2030", "3.75, 2033", "0, 2030", "2, 2031"})
    void withoutRampUpOrEndTheAvailableShareIsTheOnlineShareExactly(double lead, int year) {
        InvestmentOption o = new InvestmentOption("o", "o", "US", "magnet", OptionKind.PRODUCTION,
                java.util.Map.of("mag", 1000.0), 500, lead, 2030, 2040, 1, false, 1, 1, 0, 0, 1,
                InvestmentOption.evenCapexProfile(lead), new SourceRef("t", 0, "", ""));
        assertEquals(o.onlineShare(2030, year), o.availableShare(2030, year), 0.0);
    }
}

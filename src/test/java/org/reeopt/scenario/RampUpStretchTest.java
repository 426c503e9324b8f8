package org.reeopt.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A drawn ramp-up speed ({@code rampUp}): the step curve of the ramp-up shares stretched in time by the factor and
 * averaged over each year (Availability.withRampUpStretched), by hand and as a property.
 */
class RampUpStretchTest {
    private static List<Double> shares(String text) {
        return Arrays.stream(text.split(";")).map(Double::valueOf).toList();
    }

    /**
     * By hand: 0.5 x 2 = 0.5 for two years; 0.5 x 1.5: year 0 = 0.5, year 1 = 0.5 x 0.5 + 1 x 0.5 = 0.75;
     * 0.25;0.5;0.75 x 0.5: year 0 = (0.25 + 0.5) / 2, year 1 = (0.75 + 1) / 2; 0.5;0.75 x 1.2: year 0 = 0.5,
     * year 1 = 0.5 x 0.2 + 0.75 x 0.8 = 0.7, year 2 = 0.75 x 0.4 + 1 x 0.6 = 0.9.
     */
    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({"0.5, 2, 0.5;0.5", "0.5, 1.5, 0.5;0.75", "0.25;0.5;0.75, 0.5, 0.375;0.875", "0.5;0.75, 1.2, 0.5;0.7;0.9",
            "0, 3, 0;0;0"})
    void aStretchedRampIsTheHandAverageOfEachYear(String ramp, double factor, String expected) {
        List<Double> out = Availability.ramp(shares(ramp)).withRampUpStretched(factor).rampUpShares();
        List<Double> want = shares(expected);
        assertEquals(want.size(), out.size(), out::toString);
        for (int k = 0; k < want.size(); k++) {
            assertEquals(want.get(k), out.get(k), 1e-12, "year " + k + " of " + out);
        }
    }

    @org.junit.jupiter.api.Test
    void factorOneAndNoRampLeaveTheAvailabilityAsItIs() {
        Availability a = Availability.ramp(List.of(0.3, 0.6));
        assertSame(a, a.withRampUpStretched(1.0));
        assertSame(Availability.FULL, Availability.FULL.withRampUpStretched(3.0));
    }

    /** The shortfall from nameplate summed over the ramp, sum of (1 - share), scales exactly with the factor. */
    @Property(tries = 200)
    void theShortfallOverTheRampScalesWithTheFactor(
            @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = 0, max = 1) Double> ramp,
            @ForAll @DoubleRange(min = 0.05, max = 10) double factor) {
        double before = ramp.stream().mapToDouble(r -> 1 - r).sum();
        double after = Availability.ramp(ramp).withRampUpStretched(factor).rampUpShares().stream()
                .mapToDouble(r -> 1 - r).sum();
        assertEquals(factor * before, after, 1e-9 * (1 + factor * ramp.size()));
    }
}

package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.reeopt.scenario.Distribution;
import org.reeopt.study.Quantiles;

/** P10 <= P50 <= P90 within the sample; quantile functions rise with u and stay within their range. */
class QuantilesPropertiesTest {
    @Property(tries = 200)
    void percentilesAreOrderedAndWithinTheSample(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -5, max = 5)
            Double> values) {
        Quantiles q = Quantiles.of(values);
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertTrue(min <= q.p10() && q.p10() <= q.p50() && q.p50() <= q.p90() && q.p90() <= max, q::toString);
        assertTrue(q.mean() >= min - 1e-12 && q.mean() <= max + 1e-12, q::toString);
    }

    @Property(tries = 200)
    void aTriangularQuantileRisesWithinItsRange(@ForAll @DoubleRange(min = 0, max = 1) double a,
                                                @ForAll @DoubleRange(min = 0, max = 1) double b,
                                                @ForAll @DoubleRange(min = 0, max = 1) double c,
                                                @ForAll @DoubleRange(min = 0, max = 0.99) double u,
                                                @ForAll @DoubleRange(min = 0, max = 0.99) double v) {
        double[] sorted = java.util.stream.DoubleStream.of(a, b, c).sorted().toArray();
        Distribution d = new Distribution.Triangular(sorted[0], sorted[1], sorted[2]);
        double lo = d.quantile(Math.min(u, v));
        double hi = d.quantile(Math.max(u, v));
        assertTrue(lo <= hi + 1e-12, lo + " > " + hi);
        assertTrue(lo >= sorted[0] - 1e-12 && hi <= sorted[2] + 1e-12);
    }
}

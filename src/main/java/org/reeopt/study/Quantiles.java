package org.reeopt.study;

import java.util.Arrays;
import java.util.List;

/**
 * P10, P50, P90 and mean of a sample. A percentile is interpolated linearly between order statistics (the sample
 * sorted ascending, x[h] at h = (n - 1) p; "type 7" of Hyndman and Fan, the default of R and numpy), so it is
 * reproducible by hand from the draws CSV.
 */
public record Quantiles(double p10, double p50, double p90, double mean, int n) {

    public static Quantiles of(List<Double> values) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (x.length == 0) {
            return new Quantiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return new Quantiles(at(x, 0.1), at(x, 0.5), at(x, 0.9), sum / x.length, x.length);
    }

    /** The percentile {@code p} (0 to 1) of the sorted sample {@code x}. */
    static double at(double[] x, double p) {
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        double value = x[lo] + (h - lo) * (x[hi] - x[lo]);
        // clamp rounding so that P10 <= P50 <= P90 and every percentile lies within the sample
        return Math.max(x[0], Math.min(x[x.length - 1], value));
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {p10, p50, p90, mean});
    }
}

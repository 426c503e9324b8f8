package org.reeopt.scenario;

/**
 * The distribution of one uncertain input, sampled by its quantile function: a draw is {@code quantile(u)} for a
 * uniform {@code u} in [0, 1), so P10 and P90 (the tornado's ends) are {@code quantile(0.1)} and
 * {@code quantile(0.9)}. What the value means (a factor, years, a failure) is the {@link UncertainInput.Kind}'s.
 */
public sealed interface Distribution {
    /** The value at cumulative probability {@code u} (0 to 1). */
    double quantile(double u);

    /** The parameters as written in the table, for reports: "triangular(0.9, 1, 1.5)". */
    String describe();

    /** Triangular from {@code low} to {@code high} with its peak at {@code mode}; all three equal is a constant. */
    record Triangular(double low, double mode, double high) implements Distribution {
        @Override
        public double quantile(double u) {
            if (high == low) {
                return low;
            }
            double peak = (mode - low) / (high - low);
            return u < peak ? low + Math.sqrt(u * (high - low) * (mode - low))
                    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        }

        @Override
        public String describe() {
            return "triangular(" + Numbers.plain(low) + ", " + Numbers.plain(mode) + ", " + Numbers.plain(high) + ")";
        }
    }

    /** Uniform from {@code low} to {@code high}. */
    record Uniform(double low, double high) implements Distribution {
        @Override
        public double quantile(double u) {
            return low + u * (high - low);
        }

        @Override
        public String describe() {
            return "uniform(" + Numbers.plain(low) + ", " + Numbers.plain(high) + ")";
        }
    }

    /**
     * Lognormal given by its median and its P90 (P90 at least the median; equal is a constant):
     * {@code median * exp(sigma * z(u))} with {@code sigma = ln(p90 / median) / z(0.9)}.
     */
    record LogNormal(double median, double p90) implements Distribution {
        /** The standard normal quantile at 0.9. */
        static final double Z90 = 1.2815515655446004;

        @Override
        public double quantile(double u) {
            double sigma = Math.log(p90 / median) / Z90;
            return sigma == 0 ? median : median * Math.exp(sigma * NormalQuantile.of(u));
        }

        @Override
        public String describe() {
            return "lognormal(median " + Numbers.plain(median) + ", p90 " + Numbers.plain(p90) + ")";
        }
    }

    /** 1 (the event happens, e.g. a project fails) with probability {@code probability}, else 0. */
    record Bernoulli(double probability) implements Distribution {
        @Override
        public double quantile(double u) {
            return u >= 1 - probability ? 1.0 : 0.0;
        }

        @Override
        public String describe() {
            return "bernoulli(" + Numbers.plain(probability) + ")";
        }
    }

    /** Short decimal text of a parameter. */
    final class Numbers {
        private Numbers() {
        }

        static String plain(double x) {
            return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        }
    }
}

package org.reeopt.scenario;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Money the planning nation can spend, billion USD: a total over the horizon (absent = no limit, only allowed when
 * minimizing cost), an optional cap for every year, and optional caps for given years (which take precedence).
 */
public record Budget(OptionalDouble totalBillionUsd, OptionalDouble annualCapBillionUsd,
                     Map<Integer, Double> annualCapsBillionUsd) {
    public Budget {
        annualCapsBillionUsd = Ordered.copy(annualCapsBillionUsd);
    }

    public static Budget unlimited() {
        return new Budget(OptionalDouble.empty(), OptionalDouble.empty(), Map.of());
    }

    public Budget withTotal(double billionUsd) {
        return new Budget(OptionalDouble.of(billionUsd), annualCapBillionUsd, annualCapsBillionUsd);
    }

    /** The cap on spending in {@code year}, if any. */
    public OptionalDouble capFor(int year) {
        Double specific = annualCapsBillionUsd.get(year);
        return specific != null ? OptionalDouble.of(specific) : annualCapBillionUsd;
    }
}

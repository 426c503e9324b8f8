package org.reeopt.scenario;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Money the planning nation can spend, billion USD: a total over the horizon (absent = no limit, only allowed when
 * minimizing cost), an optional cap for every year, and optional caps for given years (which take precedence).
 * With {@code financing} instruments the total and the caps are budget authority: a loan is charged its credit
 * subsidy, not its face value ({@link Financing}).
 */
public record Budget(OptionalDouble totalBillionUsd, OptionalDouble annualCapBillionUsd,
                     Map<Integer, Double> annualCapsBillionUsd, Financing financing) {
    public Budget {
        annualCapsBillionUsd = Ordered.copy(annualCapsBillionUsd);
        financing = financing == null ? Financing.NONE : financing;
    }

    /** A budget whose options are all financed by grants (no financing section). */
    public Budget(OptionalDouble totalBillionUsd, OptionalDouble annualCapBillionUsd,
                  Map<Integer, Double> annualCapsBillionUsd) {
        this(totalBillionUsd, annualCapBillionUsd, annualCapsBillionUsd, Financing.NONE);
    }

    /** The same budget with {@code newFinancing}. */
    public Budget withFinancing(Financing newFinancing) {
        return new Budget(totalBillionUsd, annualCapBillionUsd, annualCapsBillionUsd, newFinancing);
    }

    public static Budget unlimited() {
        return new Budget(OptionalDouble.empty(), OptionalDouble.empty(), Map.of());
    }

    public Budget withTotal(double billionUsd) {
        return new Budget(OptionalDouble.of(billionUsd), annualCapBillionUsd, annualCapsBillionUsd, financing);
    }

    /** The cap on spending in {@code year}, if any. */
    public OptionalDouble capFor(int year) {
        Double specific = annualCapsBillionUsd.get(year);
        return specific != null ? OptionalDouble.of(specific) : annualCapBillionUsd;
    }
}

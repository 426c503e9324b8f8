package org.reeopt.cli;

import java.util.List;
import java.util.Locale;
import org.reeopt.load.InputException;
import org.reeopt.scenario.Scenario;

/**
 * The allowed range of every numeric flag, checked before any work starts: a value outside it is bad usage (exit
 * code 2) with one line naming the flag, the range and the value, e.g. {@code --mip-gap: must be at least 0 and
 * below 1, got 2}. One place for every command, so that a new flag reuses the same checks and wording.
 */
final class FlagRanges {
    /** Budget levels in a sweep (--steps, --budgets, --targets shares): each keeps a whole result in memory. */
    static final int MAX_LEVELS = 10_000;
    /** Parallel solves (--threads). */
    static final int MAX_THREADS = 256;
    /** Wall time per solve (--time-limit): one week. */
    static final double MAX_TIME_LIMIT_SECONDS = 604_800;
    /** Budgets (--budget, --budgets, --from, --to), as the scenario's budget.totalBillionUsd. */
    static final double MAX_BILLION_USD = 1e6;

    private FlagRanges() {
    }

    /** At least {@code min} and at most {@code max}; finite. */
    static void between(String flag, Double value, double min, double max, String unit) {
        if (value != null && !(value >= min && value <= max)) {
            throw bad(flag, "must be between " + number(min) + " and " + number(max) + unit, value);
        }
    }

    /** Above 0 and at most {@code max}; finite. */
    static void positive(String flag, Double value, double max, String unit) {
        if (value != null && !(value > 0 && value <= max)) {
            throw bad(flag, "must be above 0 and at most " + number(max) + unit, value);
        }
    }

    /** At least 0 and below 1, as a share or a relative gap. */
    static void fraction(String flag, Double value) {
        if (value != null && !(value >= 0 && value < 1)) {
            throw bad(flag, "must be at least 0 and below 1", value);
        }
    }

    /** Above 0 and below 1. */
    static void openFraction(String flag, Double value) {
        if (value != null && !(value > 0 && value < 1)) {
            throw bad(flag, "must be above 0 and below 1", value);
        }
    }

    /** A whole count from {@code min} to {@code max}. */
    static void count(String flag, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InputException(flag, 0, null, "must be a whole number from " + min + " to "
                    + String.format(Locale.ROOT, "%,d", max) + ", got " + value);
        }
    }

    /** A list of at most {@code max} values. */
    static void listSize(String flag, List<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new InputException(flag, 0, null, "lists " + String.format(Locale.ROOT, "%,d", values.size())
                    + " values; at most " + String.format(Locale.ROOT, "%,d", max) + " are allowed");
        }
    }

    /** Every year within the scenario's horizon. */
    static void yearsInHorizon(String flag, List<Integer> years, Scenario scenario) {
        if (years == null) {
            return;
        }
        for (int year : years) {
            if (!scenario.horizon().contains(year)) {
                throw new InputException(flag, 0, null, "year " + year + " is outside the horizon "
                        + scenario.horizon().firstYear() + "-" + scenario.horizon().lastYear() + " of " + scenario.name());
            }
        }
    }

    private static InputException bad(String flag, String range, double value) {
        return new InputException(flag, 0, null, range + ", got " + number(value));
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Double.toString(value);
    }
}

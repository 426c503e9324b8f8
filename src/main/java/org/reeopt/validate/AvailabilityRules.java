package org.reeopt.validate;

import java.util.ArrayList;
import java.util.List;
import org.reeopt.scenario.Availability;

/**
 * Checks of ramp-up shares, terms and last output years (docs/scenario-format.md): shares between 0 and 1 (a
 * falling ramp-up is a warning), a term of at least one year, a last output year not before the first output year.
 */
final class AvailabilityRules {
    /** Longest ramp-up or term accepted, years: anything longer is a typo. */
    static final int MAX_YEARS = 200;

    private AvailabilityRules() {
    }

    /** Problems with ramp-up shares written at {@code at}. */
    static List<Problem> rampUp(String at, List<Double> shares) {
        List<Problem> out = new ArrayList<>();
        for (double share : shares) {
            if (!(share >= 0 && share <= 1)) {
                out.add(error(at, "rampUpShares", "are shares between 0 and 1 of nameplate, got " + share));
                return out;
            }
        }
        if (shares.size() > MAX_YEARS) {
            out.add(error(at, "rampUpShares", "a ramp-up of " + shares.size() + " years is beyond the " + MAX_YEARS
                    + " allowed"));
            return out;
        }
        for (int k = 1; k < shares.size(); k++) {
            if (shares.get(k) < shares.get(k - 1)) {
                out.add(new Problem(Problem.Severity.WARNING, at, "rampUpShares", "the ramp-up falls from "
                        + shares.get(k - 1) + " in output year " + k + " to " + shares.get(k) + " in output year "
                        + (k + 1) + "; a ramp-up normally rises (check the order)"));
                break;
            }
        }
        return out;
    }

    /**
     * Problems with the ramp-up, term and last output year of something whose first output year is at the earliest
     * {@code firstOutputYear} ({@code firstOutput} says which year that is, in words).
     */
    static List<Problem> availability(String at, Availability a, int firstOutputYear, String firstOutput) {
        List<Problem> out = new ArrayList<>(rampUp(at, a.rampUpShares()));
        a.termYears().ifPresent(term -> {
            if (!(term >= 1 && term <= MAX_YEARS)) {
                out.add(error(at, "termYears", "must be between 1 and " + MAX_YEARS + " years, got " + term));
            }
        });
        a.lastOutputYear().ifPresent(last -> {
            if (last < firstOutputYear) {
                out.add(error(at, "lastOutputYear", last + " is before the first output year " + firstOutputYear
                        + " (" + firstOutput + ")"));
            }
        });
        return out;
    }

    private static Problem error(String at, String field, String message) {
        return new Problem(Problem.Severity.ERROR, at, field, message);
    }
}

package org.reeopt.cli;

import java.util.ArrayList;
import java.util.List;
import org.reeopt.load.InputException;
import picocli.CommandLine.Option;

/** --years for the commands that print one result's dependency table (solve, report). */
final class YearsOption {
    @Option(names = "--years", split = ",", paramLabel = "Y1,Y2,...", description = "Years the dependency tables show "
            + "(default: the horizon's first and last year, evenly spaced years between, and the worst year of any "
            + "rebound).")
    List<Integer> years;

    /** The chosen years (empty: the default), each checked to lie in {@code horizon}. */
    List<Integer> within(List<Integer> horizon) {
        if (years == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int y : years) {
            if (!horizon.contains(y)) {
                throw new InputException("--years", 0, null, y + " is outside the horizon " + horizon.get(0) + "-"
                        + horizon.get(horizon.size() - 1));
            }
            out.add(y);
        }
        return out;
    }
}

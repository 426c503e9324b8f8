package org.reeopt.cli;

import java.util.ArrayList;
import java.util.List;
import org.reeopt.load.InputException;
import org.reeopt.report.View;
import picocli.CommandLine.Option;

/** --years and --show-objective for the commands that print one result (solve, report). */
final class ViewOptions {
    @Option(names = "--years", split = ",", paramLabel = "Y1,Y2,...", description = "Years the dependency tables show "
            + "(default: the horizon's first and last year, evenly spaced years between, and the worst year of any "
            + "rebound).")
    List<Integer> years;

    @Option(names = "--show-objective", description = "Also show the internal weighted objective and the LP duals "
            + "measured in it (labelled as such; they are not any year's dependency).")
    boolean showObjective;

    /** The view asked for, the chosen years (empty: the default) each checked to lie in {@code horizon}. */
    View view(List<Integer> horizon) {
        return new View(within(horizon), showObjective);
    }

    private List<Integer> within(List<Integer> horizon) {
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

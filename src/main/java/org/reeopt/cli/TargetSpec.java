package org.reeopt.cli;

import java.util.Optional;
import org.reeopt.load.InputException;
import org.reeopt.scenario.Target;

/** Parses {@code METRIC:YEAR:SHARE} ({@code END_TO_END:2030:0.5}, {@code separation/dytb:2035:0.2}). */
final class TargetSpec {
    private TargetSpec() {
    }

    static Target parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new InputException("--target", 0, null, "\"" + text + "\" is not METRIC:YEAR:SHARE, e.g. END_TO_END:2030:0.5");
        }
        String metric = parts[0];
        Optional<String> material = Optional.empty();
        if (metric.contains("/")) {
            material = Optional.of(metric.substring(metric.indexOf('/') + 1));
            metric = metric.substring(0, metric.indexOf('/'));
        }
        try {
            return new Target(metric, material, Integer.parseInt(parts[1]), Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw new InputException("--target", 0, null, "\"" + text + "\": the year must be a whole number and the "
                    + "share a number between 0 and 1");
        }
    }
}

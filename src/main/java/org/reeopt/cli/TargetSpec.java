package org.reeopt.cli;

import java.util.Optional;
import java.util.OptionalInt;
import org.reeopt.load.InputException;
import org.reeopt.scenario.Target;

/**
 * Parses {@code METRIC:YEAR:SHARE} (from YEAR to the horizon's end: {@code END_TO_END:2030:0.5},
 * {@code separation/dytb:2035:0.2}) and {@code METRIC:FROM-TO:SHARE} (those years only: {@code END_TO_END:2030-2030:0.5}).
 */
final class TargetSpec {
    private TargetSpec() {
    }

    static Target parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new InputException("--target", 0, null, "\"" + text + "\" is not METRIC:YEAR:SHARE or "
                    + "METRIC:FROM-TO:SHARE, e.g. END_TO_END:2030:0.5 (2030 on) or END_TO_END:2030-2035:0.5");
        }
        return of(parts[0], parts[1], NumberFlags.decimal("--target", parts[2]), "--target", text);
    }

    /**
     * The target on {@code metric} ({@code END_TO_END}, a stage id, or stage/material) in {@code years} ({@code YEAR}
     * or {@code FROM-TO}) at {@code share}; bad parts are reported as {@code flag}'s.
     */
    static Target of(String metric, String years, double share, String flag, String text) {
        String problem = Target.shareProblem(share);
        if (problem != null) {
            throw new InputException(flag, 0, null, "\"" + text + "\": " + problem);
        }
        Optional<String> material = Optional.empty();
        if (metric.contains("/")) {
            material = Optional.of(metric.substring(metric.indexOf('/') + 1));
            metric = metric.substring(0, metric.indexOf('/'));
        }
        String[] range = years.split("-", -1);
        try {
            if (range.length > 2) {
                throw new NumberFormatException(years);
            }
            int from = Integer.parseInt(range[0].strip());
            OptionalInt to = range.length == 2 ? OptionalInt.of(Integer.parseInt(range[1].strip())) : OptionalInt.empty();
            if (to.isPresent() && to.getAsInt() < from) {
                throw new InputException(flag, 0, null, "\"" + text + "\": the years " + years
                        + " run backwards; write FROM-TO with FROM first");
            }
            return new Target(metric, material, from, to, share);
        } catch (NumberFormatException e) {
            throw new InputException(flag, 0, null, "\"" + text + "\": the years must be a year (2030: from 2030 on) "
                    + "or a range of years (2030-2035)");
        }
    }
}

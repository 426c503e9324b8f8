package org.reeopt.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.reeopt.load.InputException;
import org.reeopt.scenario.Target;

/**
 * Parses {@code METRIC:YEAR:SHARE} (from YEAR to the horizon's end: {@code END_TO_END:2030:0.5},
 * {@code separation/dytb:2035:0.2}) and {@code METRIC:FROM-TO:SHARE} (those years only: {@code END_TO_END:2030-2030:0.5}),
 * and tonnage targets {@code END_TO_END:YEAR:TONNESt} (at least that many t/yr of demand met China-free, substitutes
 * counting: a scenario's {@code minChinaFreeTonnesPerYear}) and {@code END_TO_END:YEAR:TONNESt:re-magnets} (China-free
 * rare-earth magnets only: {@code excludeSubstitutes}); {@code END_TO_END/PRODUCT} names one of several final products.
 */
final class TargetSpec {
    private TargetSpec() {
    }

    /** The suffix of a tonnage target that counts China-free rare-earth magnets only (excludeSubstitutes). */
    static final String RE_MAGNETS = "re-magnets";

    static Target parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3 && parts.length != 4) {
            throw new InputException("--target", 0, null, "\"" + text + "\" is not METRIC:YEAR:SHARE, "
                    + "METRIC:FROM-TO:SHARE or END_TO_END:YEAR:TONNESt[:" + RE_MAGNETS + "], e.g. END_TO_END:2030:0.5 "
                    + "(2030 on), END_TO_END:2030-2035:0.5 or END_TO_END:2027:500t:" + RE_MAGNETS);
        }
        boolean magnetsOnly = parts.length == 4;
        if (magnetsOnly && !parts[3].strip().equals(RE_MAGNETS)) {
            throw new InputException("--target", 0, null, "\"" + text + "\": the part after the tonnage may only be "
                    + RE_MAGNETS + " (count China-free rare-earth magnets only, not substitutes)");
        }
        String amount = parts[2].strip();
        if (!amount.endsWith("t")) {
            if (magnetsOnly) {
                throw new InputException("--target", 0, null, "\"" + text + "\": " + RE_MAGNETS + " applies to a "
                        + "tonnage target only (END_TO_END:YEAR:TONNESt:" + RE_MAGNETS + ", e.g. 500t)");
            }
            double share = NumberFlags.decimal("--target", amount);
            if (share > 100) {
                throw new InputException("--target", 0, null, "\"" + text + "\": " + Target.shareProblem(share)
                        + "; a tonnage (t/yr) is written with t, e.g. " + amount + "t");
            }
            return of(parts[0], parts[1], share, "--target", text);
        }
        double tonnes = NumberFlags.decimal("--target", amount.substring(0, amount.length() - 1));
        if (!Target.END_TO_END.equals(parts[0].split("/", 2)[0].strip())) {
            throw new InputException("--target", 0, null, "\"" + text + "\": a tonnage (" + amount
                    + ") applies to the END_TO_END metric only (China-free t/yr of the final product)");
        }
        if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
            throw new InputException("--target", 0, null, "\"" + text + "\": " + amount
                    + " is not a positive tonnage (t/yr)");
        }
        Target years = of(parts[0], parts[1], 1.0, "--target", text);
        return new Target(years.metric(), years.material(), years.fromYear(), years.toYear(), 1.0,
                OptionalDouble.of(tonnes), magnetsOnly);
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

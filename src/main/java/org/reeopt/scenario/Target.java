package org.reeopt.scenario;

import java.util.Optional;

/**
 * A dependency target: the metric must be at most {@code maxShare} in {@code fromYear} and every later year.
 * {@code metric} is {@link #END_TO_END} or a stage id; for a stage, {@code material} picks one material, and an
 * empty material means every material of the stage.
 */
public record Target(String metric, Optional<String> material, int fromYear, double maxShare) {
    public static final String END_TO_END = "END_TO_END";

    public boolean isEndToEnd() {
        return END_TO_END.equals(metric);
    }

    public String describe() {
        String what = isEndToEnd() ? "end-to-end dependency" : metric + material.map(m -> " " + m).orElse("")
                + " dependency";
        return what + " <= " + Math.round(maxShare * 1000) / 10.0 + "% from " + fromYear;
    }
}

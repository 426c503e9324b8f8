package org.reeopt.scenario;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A dependency target that must hold in {@code fromYear} and every later year. {@code metric} is
 * {@link #END_TO_END} or a stage id; for a stage, {@code material} picks one material, and an empty material means
 * every material of the stage. The target is either a share ({@code maxShare}: the metric is at most this) or, for
 * END_TO_END, a tonnage ({@code minChinaFreeTonnesPerYear}: at least this much demand is met by a chain free of the
 * last-resort supplier, e.g. the DFARS defense slice). With {@code excludeSubstitutes}, a tonnage target counts only
 * China-free rare-earth magnets (own production and recycling), not non-rare-earth substitutes.
 */
public record Target(String metric, Optional<String> material, int fromYear, double maxShare,
                     OptionalDouble minChinaFreeTonnesPerYear, boolean excludeSubstitutes) {
    public static final String END_TO_END = "END_TO_END";

    /** A share target. */
    public Target(String metric, Optional<String> material, int fromYear, double maxShare) {
        this(metric, material, fromYear, maxShare, OptionalDouble.empty(), false);
    }

    public boolean isEndToEnd() {
        return END_TO_END.equals(metric);
    }

    /** Whether this target is a tonnage of China-free rare-earth magnets alone (a row, not a bound). */
    public boolean isMagnetTonnage() {
        return minChinaFreeTonnesPerYear.isPresent() && excludeSubstitutes;
    }

    /** The largest end-to-end dependency share this target allows in a year with {@code demandTonnes}. */
    public double maxShareIn(double demandTonnes) {
        return minChinaFreeTonnesPerYear.isPresent()
                ? 1.0 - minChinaFreeTonnesPerYear.getAsDouble() / demandTonnes : maxShare;
    }

    public String describe() {
        String what = isEndToEnd() ? "end-to-end dependency" : metric + material.map(m -> " " + m).orElse("")
                + " dependency";
        if (minChinaFreeTonnesPerYear.isPresent()) {
            return "at least " + Math.round(minChinaFreeTonnesPerYear.getAsDouble()) + " t/yr of demand met by "
                    + (excludeSubstitutes ? "rare-earth magnets from " : "") + "a China-free chain from " + fromYear;
        }
        return what + " <= " + Math.round(maxShare * 1000) / 10.0 + "% from " + fromYear;
    }
}

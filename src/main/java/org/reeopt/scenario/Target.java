package org.reeopt.scenario;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A dependency target that must hold in {@code fromYear} and every later year up to {@code toYear} (empty: to the
 * horizon's end). {@code metric} is
 * {@link #END_TO_END} or a stage id; for a stage, {@code material} picks one material, and an empty material means
 * every material of the stage. The target is either a share ({@code maxShare}: the metric is at most this) or, for
 * END_TO_END, a tonnage ({@code minChinaFreeTonnesPerYear}: at least this much demand is met by a chain free of the
 * last-resort supplier, e.g. the DFARS defense slice). With {@code excludeSubstitutes}, a tonnage target counts only
 * China-free rare-earth magnets (own production and recycling), not non-rare-earth substitutes.
 */
public record Target(String metric, Optional<String> material, int fromYear, OptionalInt toYear, double maxShare,
                     OptionalDouble minChinaFreeTonnesPerYear, boolean excludeSubstitutes) {
    public static final String END_TO_END = "END_TO_END";

    /** A target from {@code fromYear} to the horizon's end. */
    public Target(String metric, Optional<String> material, int fromYear, double maxShare,
                  OptionalDouble minChinaFreeTonnesPerYear, boolean excludeSubstitutes) {
        this(metric, material, fromYear, OptionalInt.empty(), maxShare, minChinaFreeTonnesPerYear, excludeSubstitutes);
    }

    /** A share target from {@code fromYear} to the horizon's end. */
    public Target(String metric, Optional<String> material, int fromYear, double maxShare) {
        this(metric, material, fromYear, OptionalInt.empty(), maxShare);
    }

    /** A share target in {@code fromYear}..{@code toYear} (empty: to the horizon's end). */
    public Target(String metric, Optional<String> material, int fromYear, OptionalInt toYear, double maxShare) {
        this(metric, material, fromYear, toYear, maxShare, OptionalDouble.empty(), false);
    }

    /** Whether the target must hold in {@code year}. */
    public boolean covers(int year) {
        return year >= fromYear && (toYear.isEmpty() || year <= toYear.getAsInt());
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

    /** The metric in words: "end-to-end dependency", "separation dytb dependency". */
    public String metricName() {
        return isEndToEnd() ? "end-to-end dependency" : metric + material.map(m -> " " + m).orElse("") + " dependency";
    }

    /** The years in words: "from 2030" (to the horizon's end), "in 2030", "from 2030 to 2035". */
    public String years() {
        if (toYear.isEmpty()) {
            return "from " + fromYear;
        }
        return toYear.getAsInt() == fromYear ? "in " + fromYear : "from " + fromYear + " to " + toYear.getAsInt();
    }

    /**
     * Why {@code share} is not a share between 0 and 1 ("50 is not a share between 0 and 1; did you mean 0.5?"), or
     * null when it is one. A value up to 100 reads as a percentage.
     */
    public static String shareProblem(double share) {
        if (share >= 0 && share <= 1) {
            return null;
        }
        String problem = plain(share) + " is not a share between 0 and 1";
        return share > 1 && share <= 100 ? problem + "; did you mean " + plain(share / 100) + "?" : problem;
    }

    /** A number as written, without trailing zeros: 500, 0.5, -3. */
    public static String plain(double value) {
        return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    public String describe() {
        if (minChinaFreeTonnesPerYear.isPresent()) {
            return "at least " + Math.round(minChinaFreeTonnesPerYear.getAsDouble()) + " t/yr of demand met by "
                    + (excludeSubstitutes ? "rare-earth magnets from " : "") + "a China-free chain " + years();
        }
        return metricName() + " <= " + Math.round(maxShare * 1000) / 10.0 + "% " + years();
    }
}

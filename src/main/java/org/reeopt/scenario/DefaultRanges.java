package org.reeopt.scenario;

import java.util.Locale;

/**
 * Default ranges of uncertain inputs by the confidence tag of their row (V1 narrow ... U wide), applied when a
 * scenario sets {@code uncertainty.defaultsByConfidence}. The figures and their sources are in data/SOURCES.md
 * ("Uncertainty ranges") and docs/scenario-format.md; an unknown or empty tag is treated as U.
 */
public final class DefaultRanges {
    private DefaultRanges() {
    }

    /** The default distribution of {@code kind} for an input tagged {@code confidence}. */
    public static Distribution of(UncertainInput.Kind kind, String confidence) {
        String tag = confidence == null ? "U" : confidence.trim().toUpperCase(Locale.ROOT);
        int level = switch (tag) {
            case "V1" -> 0;
            case "V2" -> 1;
            case "D" -> 2;
            default -> 3;
        };
        return switch (kind) {
            // capex factor: Iluka Eneabba A$1.2B -> A$1.7-1.8B (+42-50%) bounds D; U doubles
            case CAPEX -> new Distribution.Triangular(new double[] {0.95, 0.9, 0.85, 0.8}[level], 1.0,
                    new double[] {1.15, 1.3, 1.5, 2.0}[level]);
            // lead-time factor: brief 5c (S&P 15.7 -> 17.9 years, Iluka ~5 against 4.5, MP HREE ~4.3 against 3-4)
            case LEAD_TIME -> new Distribution.Triangular(new double[] {1.0, 0.95, 0.9, 0.85}[level], 1.0,
                    new double[] {1.1, 1.3, 1.5, 2.0}[level]);
            // slip of a committed project, years
            case SLIP -> new Distribution.Triangular(0.0, new double[] {0.0, 0.25, 0.5, 1.0}[level],
                    new double[] {0.5, 1.0, 2.0, 3.0}[level]);
            default -> throw new IllegalArgumentException("no default range for " + kind.column());
        };
    }
}

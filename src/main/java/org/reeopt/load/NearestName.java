package org.reeopt.load;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest valid name for a misspelt one ("did you mean `leadTimeYears`?"). */
public final class NearestName {
    private NearestName() {
    }

    public static Optional<String> among(String given, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, given.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Most valid names listed in a hint: a table of thousands of ids would make one line of megabytes. */
    static final int LISTED = 30;

    public static String hint(String given, Collection<String> valid) {
        return among(given, valid).map(n -> " (did you mean `" + n + "`?)")
                .orElseGet(() -> " (valid: " + String.join(", ", valid.stream().sorted().limit(LISTED).toList())
                        + (valid.size() > LISTED ? " and " + (valid.size() - LISTED) + " more" : "") + ")");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}

package org.reeopt.cli;

import java.util.Arrays;
import java.util.Locale;
import org.reeopt.load.InputException;
import org.reeopt.report.Format;

/** Parses --format values. */
final class Formats {
    private Formats() {
    }

    static Format parse(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("--format", 0, null, "unknown format \"" + name + "\"; use one of "
                    + String.join(", ", Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                    .toList()));
        }
    }
}

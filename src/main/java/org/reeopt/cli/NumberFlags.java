package org.reeopt.cli;

import org.reeopt.load.CsvTable;
import org.reeopt.load.InputException;
import picocli.CommandLine;

/**
 * Numbers on the command line are read by the rule of the scenario's CSV cells ({@link CsvTable#strictNumber}):
 * plain decimals such as {@code 5}, {@code 5.0}, {@code 1e-3}, {@code .5}; no {@code d} or {@code f} suffix, no
 * {@code 0x}. Java's own parser takes {@code 5d} as 5, so a typo would silently become a budget. {@code NaN} and
 * {@code Infinity} pass through as such, for {@link FlagRanges} to refuse with the flag's allowed range.
 */
final class NumberFlags {
    private static final String DECIMAL_FORMS = "write a plain decimal such as 5, 5.0, 1e-3 or .5";

    private NumberFlags() {
    }

    /** Registers the strict rule for every double and int flag of {@code cmd} and its subcommands. */
    static void register(CommandLine cmd) {
        cmd.registerConverter(Double.class, NumberFlags::decimal);
        cmd.registerConverter(double.class, NumberFlags::decimal);
        cmd.registerConverter(Integer.class, NumberFlags::whole);
        cmd.registerConverter(int.class, NumberFlags::whole);
    }

    /** A number in one part of a flag's value (a share in --target, --targets), or bad usage naming {@code flag}. */
    static double decimal(String flag, String text) {
        Double value = value(text);
        if (value == null) {
            throw new InputException(flag, 0, null, "\"" + text + "\" is not a number; " + DECIMAL_FORMS);
        }
        return value;
    }

    private static double decimal(String text) {
        Double value = value(text);
        if (value == null) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a number; " + DECIMAL_FORMS);
        }
        return value;
    }

    private static int whole(String text) {
        Double value = CsvTable.strictNumber(text.strip());
        if (value == null || value != Math.rint(value)) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a whole number; write digits only, "
                    + "such as 4 or 2030");
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is far too large");
        }
        return value.intValue();
    }

    private static Double value(String text) {
        String s = text.strip();
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> CsvTable.strictNumber(s);
        };
    }
}

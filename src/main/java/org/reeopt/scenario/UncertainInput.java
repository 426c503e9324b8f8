package org.reeopt.scenario;

/**
 * One row of the uncertainty table (or a default by confidence): which input of the scenario is uncertain, and its
 * distribution. {@code id} names the option, committed project (by option id), nation or material the kind applies to;
 * empty for demand.
 */
public record UncertainInput(Kind kind, String id, Distribution distribution, SourceRef source, boolean byDefault) {

    /** What a drawn value does to the scenario. */
    public enum Kind {
        /** Demand in every year times the value. */
        DEMAND("demand", "factor"),
        /** Capex of a candidate option times the value. */
        CAPEX("capex", "factor"),
        /** Lead time of a candidate option times the value (the even capex profile follows). */
        LEAD_TIME("leadTime", "factor"),
        /** Years added to a committed project's slip. */
        SLIP("slip", "years"),
        /** A committed project fails (value 1: it produces nothing). */
        FAILURE("failure", "1 = fails"),
        /** Existing capacity of a nation times the value. */
        CAPACITY("capacity", "factor"),
        /**
         * Ramp-up of an option (candidate or committed, named by its option id) that many times as long
         * ({@link Availability#withRampUpStretched}).
         */
        RAMP_UP("rampUp", "factor"),
        /** Tonnes of a material per tonne of every product made of another material times the value. */
        INTENSITY("intensity", "factor");

        private final String column;
        private final String unit;

        Kind(String column, String unit) {
            this.column = column;
            this.unit = unit;
        }

        /** The name written in the table's {@code applies} column. */
        public String column() {
            return column;
        }

        /** What the drawn value is: a factor, years, or 1 = fails. */
        public String unit() {
            return unit;
        }

        /** The value that leaves the scenario as it is. */
        public double neutral() {
            return this == SLIP || this == FAILURE ? 0.0 : 1.0;
        }

        public static java.util.Optional<Kind> of(String column) {
            for (Kind k : values()) {
                if (k.column.equals(column)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A short label for reports: "capex of us-plant", "failure of mp-10x", "demand". */
    public String label() {
        return id.isEmpty() ? kind.column() : kind.column() + " of " + id;
    }
}

package org.reeopt.scenario;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How much of its nameplate a plant or contract makes available over time (docs/formulation.md, "Available
 * output"): a ramp-up after its first output year, and an end (a term counted from the moment output starts, and/or
 * a last output year). The default, {@link #FULL}, is nameplate at once and no end.
 *
 * <p>Output starts at time {@code start} (a year and a fraction: funding year plus lead time, or a committed
 * project's online year). The share of calendar year t within the output window [start, end), with
 * end = min(start + termYears, lastOutputYear + 1), is {@link #windowShare}; the ramp index is k = t - (first output
 * year), the first output year being the calendar year in which output starts; the available share is the window
 * share times {@code rampUpShares[k]} (1 after the list).
 */
public record Availability(List<Double> rampUpShares, OptionalDouble termYears, OptionalInt lastOutputYear) {
    /** Nameplate from the first output, never ending. */
    public static final Availability FULL = new Availability(List.of(), OptionalDouble.empty(), OptionalInt.empty());

    public Availability {
        rampUpShares = List.copyOf(rampUpShares);
    }

    /** The same ramp with no end. */
    public static Availability ramp(List<Double> rampUpShares) {
        return new Availability(rampUpShares, OptionalDouble.empty(), OptionalInt.empty());
    }

    /** Each part this availability leaves unset taken from {@code fallback} (a project's own over its option's). */
    public Availability orElse(Availability fallback) {
        return new Availability(rampUpShares.isEmpty() ? fallback.rampUpShares : rampUpShares,
                termYears.isPresent() ? termYears : fallback.termYears,
                lastOutputYear.isPresent() ? lastOutputYear : fallback.lastOutputYear);
    }

    /**
     * The same availability with its ramp-up {@code factor} times as long (a drawn {@code rampUp} speed,
     * {@link Uncertainty#apply}): the ramp-up is the step curve R(x) = {@code rampUpShares[floor(x)]} over the years
     * x since the first output year (1 after the list), stretched in time to R(x / factor); the share of ramp year k
     * is its average over [k, k + 1). So factor 2 makes {@code 0.5} into {@code 0.5;0.5}, factor 1.5 into
     * {@code 0.5;0.75}, factor 0.5 makes {@code 0.25;0.5;0.75} into {@code 0.375;0.875}; the shortfall from
     * nameplate summed over the ramp, sum of (1 - share), is exactly {@code factor} times the original. Factor 1 (or
     * no ramp-up) leaves it as it is; the term and last output year do not move.
     */
    public Availability withRampUpStretched(double factor) {
        if (factor == 1.0 || rampUpShares.isEmpty()) {
            return this;
        }
        int n = rampUpShares.size();
        int years = (int) Math.ceil(n * factor - 1e-12);
        List<Double> out = new java.util.ArrayList<>();
        for (int k = 0; k < years; k++) {
            double share = 0;
            for (int j = 0; j <= n; j++) { // j = n: nameplate after the ramp, to infinity
                double from = Math.max(k, j * factor);
                double to = Math.min(k + 1.0, j == n ? Double.POSITIVE_INFINITY : (j + 1) * factor);
                if (to > from) {
                    share += (to - from) * (j == n ? 1.0 : rampUpShares.get(j));
                }
            }
            out.add(Math.min(1.0, share));
        }
        return new Availability(out, termYears, lastOutputYear);
    }

    /** Whether output ever ends. */
    public boolean ends() {
        return termYears.isPresent() || lastOutputYear.isPresent();
    }

    /** Share of nameplate in the k-th year after the first output year (k = 0 is that year): 1 after the list. */
    public double rampShare(int k) {
        return rampShare(rampUpShares, k);
    }

    /** The same for a bare list of shares (existing plants, whose ramp counts from their first output year). */
    public static double rampShare(List<Double> rampUpShares, int k) {
        if (k < 0) {
            return 0.0;
        }
        return k < rampUpShares.size() ? rampUpShares.get(k) : 1.0;
    }

    /** The time output stops (exclusive), or +infinity. */
    public double endTime(double start) {
        double end = Double.POSITIVE_INFINITY;
        if (termYears.isPresent()) {
            end = start + termYears.getAsDouble();
        }
        if (lastOutputYear.isPresent()) {
            end = Math.min(end, lastOutputYear.getAsInt() + 1.0);
        }
        return end;
    }

    /** Share of calendar year {@code year} inside the output window [start, end). */
    public double windowShare(double start, int year) {
        double online = Math.max(0.0, Math.min(1.0, year + 1 - start));
        if (!ends()) {
            return online; // exactly the lead-time rule of InvestmentOption.onlineShare
        }
        double end = endTime(start);
        return Math.max(0.0, Math.min(online, Math.min(year + 1.0, end) - Math.max(year, start)));
    }

    /** The calendar year in which output starting at {@code start} begins (ramp index 0). */
    public static int firstOutputYear(double start) {
        return (int) Math.floor(start + 1e-9);
    }

    /** Share of nameplate available in {@code year} for output starting at {@code start}: window share x ramp. */
    public double availableShare(double start, int year) {
        double window = windowShare(start, year);
        return window == 0 ? 0.0 : window * rampShare(year - firstOutputYear(start));
    }
}

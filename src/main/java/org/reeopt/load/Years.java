package org.reeopt.load;

/** The calendar years a scenario may name: anything else is a typo (and would overflow year arithmetic). */
final class Years {
    static final int EARLIEST = 1900;
    static final int LATEST = 2300;

    private Years() {
    }
}

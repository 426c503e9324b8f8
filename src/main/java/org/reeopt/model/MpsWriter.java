package org.reeopt.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link LinearProgram} as free MPS, with the model's own names (free MPS allows any name without spaces,
 * so {@code build[mp-10x,2027]} stays as it is). Every bound is written explicitly, integer columns included, so
 * that no reader's defaults change the model. ojAlgo's own MPS writer is not used: it corrupts names of ten or more
 * characters and is O(variables x rows) (../shared/reference/ojalgo-notes.md).
 */
public final class MpsWriter {
    private MpsWriter() {
    }

    public static String write(LinearProgram p, String name) {
        StringBuilder out = new StringBuilder(64 * (p.variables().size() + p.rows().size()));
        out.append("NAME ").append(clean(name)).append('\n');
        out.append("ROWS\n N objective\n");
        for (LinearProgram.Row r : p.rows()) {
            out.append(' ').append(rowType(r)).append(' ').append(r.name()).append('\n');
        }
        List<List<double[]>> byColumn = new ArrayList<>();
        for (int j = 0; j < p.variables().size(); j++) {
            byColumn.add(new ArrayList<>());
        }
        for (int i = 0; i < p.rows().size(); i++) {
            LinearProgram.Row r = p.rows().get(i);
            for (int k = 0; k < r.columns().length; k++) {
                byColumn.get(r.columns()[k]).add(new double[] {i, r.coefficients()[k]});
            }
        }
        out.append("COLUMNS\n");
        double[] c = p.objective();
        boolean inIntegers = false;
        int marker = 0;
        for (LinearProgram.Variable v : p.variables()) {
            if (v.integer() != inIntegers) {
                out.append(" MARKER").append(marker++).append(" 'MARKER' ")
                        .append(v.integer() ? "'INTORG'" : "'INTEND'").append('\n');
                inIntegers = v.integer();
            }
            boolean written = false;
            if (c[v.index()] != 0) {
                entry(out, v.name(), "objective", c[v.index()]);
                written = true;
            }
            for (double[] e : byColumn.get(v.index())) {
                entry(out, v.name(), p.rows().get((int) e[0]).name(), e[1]);
                written = true;
            }
            if (!written) {
                entry(out, v.name(), "objective", 0.0);
            }
        }
        if (inIntegers) {
            out.append(" MARKER").append(marker).append(" 'MARKER' 'INTEND'\n");
        }
        out.append("RHS\n");
        for (LinearProgram.Row r : p.rows()) {
            double rhs = Double.isFinite(r.lower()) ? r.lower() : r.upper();
            if (rhs != 0) {
                entry(out, "rhs", r.name(), rhs);
            }
        }
        out.append("RANGES\n");
        for (LinearProgram.Row r : p.rows()) {
            if (Double.isFinite(r.lower()) && Double.isFinite(r.upper()) && r.lower() != r.upper()) {
                entry(out, "range", r.name(), r.upper() - r.lower());
            }
        }
        out.append("BOUNDS\n");
        for (LinearProgram.Variable v : p.variables()) {
            bounds(out, v);
        }
        out.append("ENDATA\n");
        return out.toString();
    }

    /** N/L/G/E; a row with both bounds (and not an equality) is G with a RANGES entry. */
    private static char rowType(LinearProgram.Row r) {
        if (r.lower() == r.upper()) {
            return 'E';
        }
        return Double.isFinite(r.lower()) ? 'G' : 'L';
    }

    private static void bounds(StringBuilder out, LinearProgram.Variable v) {
        String n = v.name();
        if (v.lower() == v.upper()) {
            out.append(" FX bnd ").append(n).append(' ').append(number(v.lower())).append('\n');
            return;
        }
        if (!Double.isFinite(v.lower())) {
            out.append(" MI bnd ").append(n).append('\n');
        } else if (v.lower() != 0 || v.integer()) {
            out.append(" LO bnd ").append(n).append(' ').append(number(v.lower())).append('\n');
        }
        if (Double.isFinite(v.upper())) {
            out.append(" UP bnd ").append(n).append(' ').append(number(v.upper())).append('\n');
        } else if (v.integer()) {
            out.append(" PL bnd ").append(n).append('\n');
        }
    }

    private static void entry(StringBuilder out, String column, String row, double value) {
        out.append(' ').append(column).append(' ').append(row).append(' ').append(number(value)).append('\n');
    }

    /** Shortest decimal that reads back to the same double. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String clean(String name) {
        String s = name.replaceAll("\\s+", "_");
        return s.isEmpty() ? "reeopt" : s;
    }
}

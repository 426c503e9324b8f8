package org.reeopt.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link LinearProgram} in CPLEX LP format. That format allows letters, digits and
 * {@code !"#$%&()/,.;?@_`'{}|~} in names, so the model's names are written with {@code [ ]} as {@code ( )} and any
 * other character as {@code _} ({@code build[mp-10x,2027]} becomes {@code build(mp_10x,2027)}); a name that would
 * collide gets a numeric suffix.
 */
public final class CplexLpWriter {
    private static final int TERMS_PER_LINE = 8;

    private CplexLpWriter() {
    }

    public static String write(LinearProgram p, String name) {
        Names names = new Names();
        String[] vars = new String[p.variables().size()];
        for (LinearProgram.Variable v : p.variables()) {
            vars[v.index()] = names.of(v.name());
        }
        StringBuilder out = new StringBuilder(64 * (vars.length + p.rows().size()));
        out.append("\\ ").append(name.replaceAll("[\\r\\n]", " ")).append(": written by reeopt\n");
        out.append("Minimize\n obj:");
        double[] c = p.objective();
        int count = 0;
        for (int j = 0; j < c.length; j++) {
            if (c[j] != 0) {
                term(out, c[j], vars[j], count++ == 0);
                if (count % TERMS_PER_LINE == 0) {
                    out.append("\n   ");
                }
            }
        }
        if (count == 0 && vars.length > 0) {
            out.append(" 0 ").append(vars[0]);
        }
        out.append("\nSubject To\n");
        for (LinearProgram.Row r : p.rows()) {
            String rowName = names.of(r.name());
            if (Double.isFinite(r.lower()) && Double.isFinite(r.upper()) && r.lower() != r.upper()) {
                constraint(out, rowName + "_lo", r, vars, ">=", r.lower());
                constraint(out, rowName + "_up", r, vars, "<=", r.upper());
            } else if (r.lower() == r.upper()) {
                constraint(out, rowName, r, vars, "=", r.lower());
            } else if (Double.isFinite(r.lower())) {
                constraint(out, rowName, r, vars, ">=", r.lower());
            } else {
                constraint(out, rowName, r, vars, "<=", r.upper());
            }
        }
        out.append("Bounds\n");
        for (LinearProgram.Variable v : p.variables()) {
            String n = vars[v.index()];
            if (v.lower() == v.upper()) {
                out.append(' ').append(n).append(" = ").append(MpsWriter.number(v.lower())).append('\n');
            } else if (!Double.isFinite(v.lower()) && !Double.isFinite(v.upper())) {
                out.append(' ').append(n).append(" free\n");
            } else {
                String lo = Double.isFinite(v.lower()) ? MpsWriter.number(v.lower()) : "-inf";
                String up = Double.isFinite(v.upper()) ? MpsWriter.number(v.upper()) : "+inf";
                out.append(' ').append(lo).append(" <= ").append(n).append(" <= ").append(up).append('\n');
            }
        }
        List<LinearProgram.Variable> integers = p.variables().stream().filter(LinearProgram.Variable::integer).toList();
        if (!integers.isEmpty()) {
            out.append("Generals\n");
            for (LinearProgram.Variable v : integers) {
                out.append(' ').append(vars[v.index()]).append('\n');
            }
        }
        return out.append("End\n").toString();
    }

    private static void constraint(StringBuilder out, String name, LinearProgram.Row r, String[] vars, String sense,
                                   double rhs) {
        out.append(' ').append(name).append(':');
        for (int k = 0; k < r.columns().length; k++) {
            term(out, r.coefficients()[k], vars[r.columns()[k]], k == 0);
            if ((k + 1) % TERMS_PER_LINE == 0 && k + 1 < r.columns().length) {
                out.append("\n   ");
            }
        }
        if (r.columns().length == 0 && vars.length > 0) {
            out.append(" 0 ").append(vars[0]);
        }
        out.append(' ').append(sense).append(' ').append(MpsWriter.number(rhs)).append('\n');
    }

    private static void term(StringBuilder out, double coefficient, String var, boolean first) {
        if (coefficient < 0) {
            out.append(" - ").append(MpsWriter.number(-coefficient));
        } else {
            out.append(first ? " " : " + ").append(MpsWriter.number(coefficient));
        }
        out.append(' ').append(var);
    }

    /** Maps model names to LP-format names, keeping them unique. */
    private static final class Names {
        private final Map<String, String> byModelName = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String of(String modelName) {
            return byModelName.computeIfAbsent(modelName, n -> {
                String base = n.replace('[', '(').replace(']', ')').replaceAll("[^A-Za-z0-9!\"#$%&()/,.;?@_`'{}|~]", "_");
                if (base.isEmpty() || Character.isDigit(base.charAt(0)) || base.charAt(0) == '.') {
                    base = "_" + base;
                }
                String candidate = base;
                for (int i = 2; !used.add(candidate); i++) {
                    candidate = base + "_" + i;
                }
                return candidate;
            });
        }
    }
}

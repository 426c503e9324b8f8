package org.reeopt.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A solver-neutral linear (or mixed-integer) program: named variables with bounds, named rows
 * {@code lower <= sum(coefficient * variable) <= upper}, and a linear objective that is always minimized.
 * Solver backends and file writers read this; nothing here knows ojAlgo.
 */
public final class LinearProgram {
    /**
     * A column. An integer variable's bounds are whole numbers: a fractional upper bound (e.g. a build limit that
     * allows 0.9 units) is rounded down and a fractional lower bound up, after forgiving a rounding error of
     * {@link #INTEGER_BOUND_TOLERANCE} (relative, at least absolute), so that 2.9999999999 stays 3. Every backend
     * and the exported MPS/LP files then see the same whole-number bounds.
     */
    public record Variable(int index, String name, double lower, double upper, boolean integer) {
        public Variable {
            if (integer) {
                // + 0.0: ceil(-1e-9) is -0.0, which should read 0
                lower = Math.ceil(lower - INTEGER_BOUND_TOLERANCE * Math.max(1, Math.abs(lower))) + 0.0;
                upper = Math.floor(upper + INTEGER_BOUND_TOLERANCE * Math.max(1, Math.abs(upper))) + 0.0;
            }
        }
    }

    /** Rounding error forgiven when an integer variable's bounds are made whole numbers. */
    public static final double INTEGER_BOUND_TOLERANCE = 1e-9;

    public record Row(String name, int[] columns, double[] coefficients, double lower, double upper) {
        public double activity(double[] x) {
            double sum = 0;
            for (int k = 0; k < columns.length; k++) {
                sum += coefficients[k] * x[columns[k]];
            }
            return sum;
        }
    }

    /**
     * A bound or row that a plan breaks: its name, the plan's value of it (the column's value or the row's activity),
     * its bounds, and by how much it is broken relative to the broken bound when that exceeds 1.
     */
    public record Breach(String name, boolean row, double value, double lower, double upper, double relative) {
        /** E.g. "row exportRestriction[s1,m0,2031] is 0.0212865, at most 0.000601143 allowed". */
        public String describe() {
            boolean over = value > upper;
            return String.format(java.util.Locale.ROOT, "%s %s is %.6g, %s %.6g allowed", row ? "row" : "column",
                    name, value, over ? "at most" : "at least", over ? upper : lower);
        }
    }

    /**
     * The bound or row that {@code x} breaks most, measured as the excess over the bound divided by max(1, |bound|),
     * when that exceeds {@code tolerance}. Solvers check a plan with it before handing it on: a simplex can report
     * OPTIMAL for a plan that breaks a row (ojAlgo 57.1.0 did, by 0.02 kt on a 0.0006 kt export cap;
     * OjAlgoSolver), and glpsol's MIP presolver can too (GlpkSolver).
     */
    public java.util.Optional<Breach> worstBreach(double[] x, double tolerance) {
        Breach worst = null;
        for (Variable v : variables) {
            worst = worse(worst, v.name(), false, x[v.index()], v.lower(), v.upper(), tolerance);
        }
        for (Row r : rows) {
            worst = worse(worst, r.name(), true, r.activity(x), r.lower(), r.upper(), tolerance);
        }
        return java.util.Optional.ofNullable(worst);
    }

    private static Breach worse(Breach worst, String name, boolean row, double value, double lower, double upper,
                                double tolerance) {
        double below = Double.isFinite(lower) ? (lower - value) / Math.max(1, Math.abs(lower)) : 0;
        double above = Double.isFinite(upper) ? (value - upper) / Math.max(1, Math.abs(upper)) : 0;
        // a value that is not a number breaks everything; an infinite one breaks any finite bound on its side
        double relative = Double.isNaN(value) ? Double.POSITIVE_INFINITY : Math.max(below, above);
        if (relative > tolerance && (worst == null || relative > worst.relative())) {
            return new Breach(name, row, value, lower, upper, relative);
        }
        return worst;
    }

    private final List<Variable> variables;
    private final List<Row> rows;
    private final double[] objective;

    private LinearProgram(List<Variable> variables, List<Row> rows, double[] objective) {
        this.variables = List.copyOf(variables);
        this.rows = List.copyOf(rows);
        this.objective = objective.clone();
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Objective coefficient of every variable (minimize). */
    public double[] objective() {
        return objective.clone();
    }

    public double objectiveValue(double[] x) {
        double sum = 0;
        for (int i = 0; i < objective.length; i++) {
            sum += objective[i] * x[i];
        }
        return sum;
    }

    public boolean hasIntegers() {
        return variables.stream().anyMatch(Variable::integer);
    }

    public int integerCount() {
        return (int) variables.stream().filter(Variable::integer).count();
    }

    public LinearProgram withObjective(double[] coefficients) {
        if (coefficients.length != variables.size()) {
            throw new IllegalArgumentException("objective has " + coefficients.length + " coefficients for "
                    + variables.size() + " variables");
        }
        return new LinearProgram(variables, rows, coefficients);
    }

    /** This program plus {@code sum(coefficients * x) <= upper}, named {@code name}. */
    public LinearProgram withRowAtMost(String name, double[] coefficients, double upper) {
        List<Integer> cols = new ArrayList<>();
        List<Double> coefs = new ArrayList<>();
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] != 0) {
                cols.add(i);
                coefs.add(coefficients[i]);
            }
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(name, cols.stream().mapToInt(Integer::intValue).toArray(),
                coefs.stream().mapToDouble(Double::doubleValue).toArray(), Double.NEGATIVE_INFINITY, upper));
        return new LinearProgram(variables, more, objective);
    }

    /** The LP left when every integer variable is fixed at its (rounded) value in {@code x}. */
    public LinearProgram withIntegersFixed(double[] x) {
        List<Variable> fixed = variables.stream().map(v -> v.integer()
                ? new Variable(v.index(), v.name(), Math.rint(x[v.index()]), Math.rint(x[v.index()]), false)
                : v).toList();
        return new LinearProgram(fixed, rows, objective);
    }

    /** The same program with the given columns fixed at the given values (continuous from then on). */
    public LinearProgram withFixed(java.util.Map<Integer, Double> values) {
        List<Variable> fixed = variables.stream().map(v -> values.containsKey(v.index())
                ? new Variable(v.index(), v.name(), values.get(v.index()), values.get(v.index()), false) : v).toList();
        return new LinearProgram(fixed, rows, objective);
    }

    /**
     * The same program with row {@code name}'s right-hand side raised by {@code delta}: the bound that binds at
     * {@code x} (the nearer one; both for an equality row) moves, so that d(objective)/d(right-hand side) can be
     * checked by a finite difference.
     */
    public LinearProgram withRowShifted(String name, double delta, double[] x) {
        List<Row> moved = new ArrayList<>();
        for (Row r : rows) {
            if (!r.name().equals(name)) {
                moved.add(r);
                continue;
            }
            double activity = r.activity(x);
            boolean upper = r.lower() == r.upper() || Math.abs(r.upper() - activity) <= Math.abs(activity - r.lower());
            boolean lower = r.lower() == r.upper() || !upper;
            moved.add(new Row(r.name(), r.columns(), r.coefficients(), lower ? r.lower() + delta : r.lower(),
                    upper ? r.upper() + delta : r.upper()));
        }
        return new LinearProgram(variables, moved, objective);
    }

    /** The LP relaxation: the same program with every integer variable continuous. */
    public LinearProgram relaxed() {
        List<Variable> continuous = variables.stream()
                .map(v -> new Variable(v.index(), v.name(), v.lower(), v.upper(), false)).toList();
        return new LinearProgram(continuous, rows, objective);
    }

    /**
     * This program over its free columns alone: a column whose bounds are equal (a plan held fixed, integers fixed
     * for a polish or dual solve) is replaced by its value, each row's bounds are moved by what the fixed columns
     * contribute, and a row left with no free column is dropped. {@code columns[k]} is the column of this program
     * that column {@code k} of the reduced program stands for. Empty when nothing is fixed, when a column is integer
     * (a branch and bound works on the whole program), or when a dropped row would be broken by more than a rounding
     * error (the solver then sees the whole program and reports it infeasible in its own way).
     */
    public record Reduced(LinearProgram program, int[] columns, double[] fixedValues) {
        /** The values of every column of the original program, given those of the reduced program. */
        public double[] expand(double[] reducedValues) {
            double[] x = fixedValues.clone();
            for (int k = 0; k < columns.length; k++) {
                x[columns[k]] = reducedValues[k];
            }
            return x;
        }
    }

    /** Rounding error forgiven on a row left without free columns, relative to its bound (at least absolute). */
    static final double FIXED_ROW_TOLERANCE = 1e-9;

    /**
     * A row all of whose columns are fixed (equal bounds) and which their values break by more than {@code tolerance}
     * (relative to the bound, at least absolute): whatever the free columns do, no plan meets it, so the program is
     * infeasible without a solve. (ojAlgo 57.1.0 answered such a program, every column fixed, with no usable state:
     * FixedColumnReductionTest.) The tolerance must be the one plans are held to: a saved plan's values, rounded to
     * 1e-9, broke a build limit by 1.01e-9 relative, and that plan is feasible for every backend.
     */
    public java.util.Optional<Breach> rowBrokenByFixedColumns(double tolerance) {
        Breach worst = null;
        for (Row row : rows) {
            boolean allFixed = true;
            for (int column : row.columns()) {
                Variable v = variables.get(column);
                allFixed &= v.lower() == v.upper();
            }
            if (allFixed) {
                double activity = 0;
                for (int k = 0; k < row.columns().length; k++) {
                    activity += row.coefficients()[k] * variables.get(row.columns()[k]).lower();
                }
                worst = worse(worst, row.name(), true, activity, row.lower(), row.upper(), tolerance);
            }
        }
        return java.util.Optional.ofNullable(worst);
    }

    public java.util.Optional<Reduced> withoutFixedColumns() {
        double[] fixedValues = new double[variables.size()];
        int[] newIndex = new int[variables.size()];
        List<Variable> free = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (Variable v : variables) {
            if (v.integer()) {
                return java.util.Optional.empty();
            }
            if (v.lower() == v.upper()) {
                fixedValues[v.index()] = v.lower();
                newIndex[v.index()] = -1;
            } else {
                newIndex[v.index()] = free.size();
                columns.add(v.index());
                free.add(new Variable(free.size(), v.name(), v.lower(), v.upper(), false));
            }
        }
        if (free.size() == variables.size()) {
            return java.util.Optional.empty();
        }
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            double constant = 0;
            int freeCount = 0;
            for (int k = 0; k < row.columns().length; k++) {
                if (newIndex[row.columns()[k]] < 0) {
                    constant += row.coefficients()[k] * fixedValues[row.columns()[k]];
                } else {
                    freeCount++;
                }
            }
            if (freeCount == 0) {
                if (worse(null, row.name(), true, constant, row.lower(), row.upper(), FIXED_ROW_TOLERANCE) != null) {
                    return java.util.Optional.empty();
                }
                continue;
            }
            int[] c = new int[freeCount];
            double[] a = new double[freeCount];
            int n = 0;
            for (int k = 0; k < row.columns().length; k++) {
                if (newIndex[row.columns()[k]] >= 0) {
                    c[n] = newIndex[row.columns()[k]];
                    a[n++] = row.coefficients()[k];
                }
            }
            kept.add(new Row(row.name(), c, a, row.lower() - constant, row.upper() - constant));
        }
        double[] reducedObjective = new double[free.size()];
        for (int k = 0; k < reducedObjective.length; k++) {
            reducedObjective[k] = objective[columns.get(k)];
        }
        return java.util.Optional.of(new Reduced(new LinearProgram(free, kept, reducedObjective),
                columns.stream().mapToInt(Integer::intValue).toArray(), fixedValues));
    }

    /**
     * A part of a program that no row links to the rest: {@code columns[k]} is the column of the whole program that
     * column {@code k} of {@code program} stands for (ascending). Its objective is zero: a caller gives it its part
     * of an objective of the whole.
     */
    public record Block(LinearProgram program, int[] columns) {
    }

    /**
     * The independent parts of this program: the columns split into groups that no row links (rows are the edges of
     * a graph on the columns; each block is one or more of its connected parts, packed in column order until it has
     * at least {@code minColumns} columns, so that no block is tiny), each with its rows. Minimizing a sum of
     * objectives over the blocks is minimizing each one over its own block. One block when everything is linked
     * (e.g. by a budget row).
     */
    public List<Block> independentBlocks(int minColumns) {
        int n = variables.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Row row : rows) {
            int[] c = row.columns();
            for (int k = 1; k < c.length; k++) {
                int a = root(parent, c[0]);
                int b = root(parent, c[k]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b); // the smallest column is each part's root
                }
            }
        }
        // parts in the order of their first column; small consecutive parts share a block
        int[] blockOf = new int[n];
        int[] blockOfRoot = new int[n];
        java.util.Arrays.fill(blockOfRoot, -1);
        int[] partSize = new int[n];
        for (int i = 0; i < n; i++) {
            partSize[root(parent, i)]++;
        }
        List<Integer> blockSizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (root(parent, i) == i) {
                int last = blockSizes.size() - 1;
                if (last >= 0 && blockSizes.get(last) < minColumns) {
                    blockSizes.set(last, blockSizes.get(last) + partSize[i]);
                } else {
                    blockSizes.add(partSize[i]);
                    last++;
                }
                blockOfRoot[i] = last;
            }
        }
        if (blockSizes.size() < 2) {
            return List.of(new Block(this, java.util.stream.IntStream.range(0, n).toArray()));
        }
        List<List<Variable>> blockVariables = new ArrayList<>();
        List<List<Integer>> blockColumns = new ArrayList<>();
        for (int b = 0; b < blockSizes.size(); b++) {
            blockVariables.add(new ArrayList<>());
            blockColumns.add(new ArrayList<>());
        }
        int[] local = new int[n];
        for (Variable v : variables) {
            int b = blockOfRoot[root(parent, v.index())];
            blockOf[v.index()] = b;
            local[v.index()] = blockVariables.get(b).size();
            blockVariables.get(b).add(new Variable(local[v.index()], v.name(), v.lower(), v.upper(), v.integer()));
            blockColumns.get(b).add(v.index());
        }
        List<List<Row>> blockRows = new ArrayList<>();
        for (int b = 0; b < blockSizes.size(); b++) {
            blockRows.add(new ArrayList<>());
        }
        for (Row row : rows) {
            int[] c = new int[row.columns().length];
            for (int k = 0; k < c.length; k++) {
                c[k] = local[row.columns()[k]];
            }
            // a row without columns (0 within its bounds, or not) is kept with the first block
            int b = c.length == 0 ? 0 : blockOf[row.columns()[0]];
            blockRows.get(b).add(new Row(row.name(), c, row.coefficients(), row.lower(), row.upper()));
        }
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < blockSizes.size(); b++) {
            blocks.add(new Block(new LinearProgram(blockVariables.get(b), blockRows.get(b),
                    new double[blockVariables.get(b).size()]),
                    blockColumns.get(b).stream().mapToInt(Integer::intValue).toArray()));
        }
        return blocks;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Builds a program row by row; terms on the same variable add up. */
    public static final class Builder {
        private final List<Variable> variables = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Integer> names = new LinkedHashMap<>();
        private final Map<String, Integer> rowNames = new LinkedHashMap<>();
        /** Asked every {@link #CHECK_EVERY} variables and rows; true stops the build ({@link ModelBuilder.TimeUp}). */
        private java.util.function.BooleanSupplier timeUp = () -> false;
        private int sinceCheck;

        /** How many variables and rows are added between two questions to {@code timeUp} (about a millisecond). */
        static final int CHECK_EVERY = 256;

        /** Stops the build with {@link ModelBuilder.TimeUp} as soon as {@code timeUp} says so (the time limit). */
        void stopWhen(java.util.function.BooleanSupplier stop) {
            this.timeUp = stop;
        }

        private void checkTime(String name, String kind) {
            if (++sinceCheck >= CHECK_EVERY) {
                sinceCheck = 0;
                if (timeUp.getAsBoolean()) {
                    int bracket = name.indexOf('[');
                    throw new ModelBuilder.TimeUp(String.format(java.util.Locale.ROOT, "at its %s %s, with %,d "
                            + "variables and %,d rows written", bracket < 0 ? name : name.substring(0, bracket),
                            kind, variables.size(), rows.size()));
                }
            }
        }

        public int variable(String name, double lower, double upper, boolean integer) {
            checkTime(name, "variables");
            if (names.containsKey(name)) {
                throw new IllegalStateException("duplicate variable name " + name);
            }
            int index = variables.size();
            variables.add(new Variable(index, name, lower, upper, integer));
            names.put(name, index);
            return index;
        }

        /** Tightens the upper bound of an existing variable (a one-variable constraint is a bound, not a row). */
        public void tightenUpper(int index, double upper) {
            Variable v = variables.get(index);
            variables.set(index, new Variable(index, v.name(), v.lower(), Math.min(v.upper(), upper), v.integer()));
        }

        public RowBuilder row(String name) {
            checkTime(name, "rows");
            return new RowBuilder(this, name);
        }

        public int variableCount() {
            return variables.size();
        }

        public LinearProgram build(double[] objective) {
            double[] full = Arrays.copyOf(objective, variables.size());
            return new LinearProgram(variables, rows, full);
        }

        /**
         * Adds a row. A row named like an earlier one with the same terms (two requirements on the same quantity, e.g.
         * two targets on one product and year) tightens the earlier row's bounds: one name, one row, the tighter
         * bound holds. Any other repeated name is a modelling error (solvers and duals identify rows by name).
         */
        void addRow(Row row) {
            Integer at = rowNames.get(row.name());
            if (at == null) {
                rowNames.put(row.name(), rows.size());
                rows.add(row);
                return;
            }
            Row first = rows.get(at);
            if (!Arrays.equals(first.columns(), row.columns())
                    || !Arrays.equals(first.coefficients(), row.coefficients())) {
                throw new IllegalStateException("duplicate row name " + row.name());
            }
            rows.set(at, new Row(row.name(), row.columns(), row.coefficients(), Math.max(first.lower(), row.lower()),
                    Math.min(first.upper(), row.upper())));
        }
    }

    /** One row under construction: add terms, then close it with a bound. */
    public static final class RowBuilder {
        private final Builder owner;
        private final String name;
        private final Map<Integer, Double> terms = new LinkedHashMap<>();

        RowBuilder(Builder owner, String name) {
            this.owner = owner;
            this.name = name;
        }

        public RowBuilder add(int variable, double coefficient) {
            if (coefficient != 0) {
                terms.merge(variable, coefficient, Double::sum);
            }
            return this;
        }

        public boolean isEmpty() {
            return terms.isEmpty();
        }

        public void atMost(double upper) {
            close(Double.NEGATIVE_INFINITY, upper);
        }

        public void atLeast(double lower) {
            close(lower, Double.POSITIVE_INFINITY);
        }

        public void equalTo(double value) {
            close(value, value);
        }

        private void close(double lower, double upper) {
            int[] cols = terms.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] coefs = terms.values().stream().mapToDouble(Double::doubleValue).toArray();
            owner.addRow(new Row(name, cols, coefs, lower, upper));
        }
    }
}

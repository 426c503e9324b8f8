package org.reeopt.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.Distribution;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Nation;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.UncertainInput;
import org.reeopt.scenario.Uncertainty;

/**
 * Reads a scenario's {@code uncertainty} field ({@code table}, {@code defaultsByConfidence}) and its table of
 * uncertain inputs, checked against the loaded scenario (option, committed project and nation ids; distributions
 * and their parameters). Every problem is collected and reported at once with file, line and column.
 */
public final class UncertaintyLoader {
    static final Set<String> FIELDS = Set.of("table", "defaultsByConfidence", "note");
    private static final Set<String> PARAMETERS = Set.of("low", "mode", "high", "median", "p90", "probability");
    /** Largest factor accepted in a table (as for lead-time factors: anything larger is a typo). */
    static final double MAX_FACTOR = 10;

    private UncertaintyLoader() {
    }

    /** The uncertainty of {@code scenario}, read from {@code scenarioFile}; {@link Uncertainty#NONE} without one. */
    public static Uncertainty load(Path scenarioFile, Scenario scenario) {
        ScenarioFiles.Merged merged = ScenarioFiles.readMerged(scenarioFile);
        String name = Display.path(scenarioFile);
        JsonObject root = new JsonObject(name, "", merged.tree(), merged.origins(), merged.lines());
        Optional<JsonObject> maybe = root.optObject("uncertainty");
        if (maybe.isEmpty()) {
            return Uncertainty.NONE;
        }
        JsonObject u = maybe.get();
        Problems problems = new Problems();
        problems.attempt(() -> u.rejectUnknown(FIELDS));
        boolean defaults = problems.attempt(() -> u.flag("defaultsByConfidence", false), false);
        List<UncertainInput> rows = problems.attempt(() -> u.optText("table")
                .map(p -> table(Path.of(p), scenario, problems)).orElse(List.of()), List.of());
        problems.throwIfAny(name);
        return new Uncertainty(rows, defaults);
    }

    private static List<UncertainInput> table(Path path, Scenario s, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("applies", "distribution"),
                withProvenance(), problems);
        List<UncertainInput> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String applies = row.text("applies");
                UncertainInput.Kind kind = UncertainInput.Kind.of(applies).orElseThrow(() -> row.error("applies",
                        "\"" + applies + "\" is not one of " + String.join(", ", kinds())
                        + NearestName.hint(applies, kinds())));
                String id = row.optText("id");
                checkId(row, kind, id, s);
                if (!seen.add(kind + "/" + id)) {
                    throw row.error("id", kind.column() + (id.isEmpty() ? "" : " of \"" + id + "\"")
                            + " is listed twice");
                }
                Distribution d = distribution(row, kind);
                out.add(new UncertainInput(kind, id, d, new SourceRef(row.file(), row.line(), row.optText("source"),
                        row.optText("confidence")), false));
            });
        }
        return out;
    }

    private static Set<String> withProvenance() {
        Set<String> all = new java.util.LinkedHashSet<>(List.of("id"));
        all.addAll(PARAMETERS);
        all.addAll(List.of("source", "confidence", "note"));
        return all;
    }

    private static List<String> kinds() {
        return java.util.Arrays.stream(UncertainInput.Kind.values()).map(UncertainInput.Kind::column).toList();
    }

    private static void checkId(CsvTable.Row row, UncertainInput.Kind kind, String id, Scenario s) {
        List<String> valid = switch (kind) {
            case DEMAND -> List.of();
            case CAPEX, LEAD_TIME -> s.options().stream().map(InvestmentOption::id).toList();
            case SLIP, FAILURE -> s.committedProjects().stream().map(CommittedProject::option)
                    .map(InvestmentOption::id).toList();
            case CAPACITY -> s.nations().stream().map(Nation::id).toList();
            case RAMP_UP -> rampedOptions(s, false);
            case INTENSITY -> recipeInputs(s);
        };
        if (kind == UncertainInput.Kind.DEMAND) {
            if (!id.isEmpty()) {
                throw row.error("id", "demand applies to the whole demand series: leave id empty");
            }
            return;
        }
        String what = switch (kind) {
            case CAPEX, LEAD_TIME -> "candidate option";
            case SLIP, FAILURE -> "committed project (named by its option id)";
            case RAMP_UP -> "option or committed project with a ramp-up";
            case INTENSITY -> "material that is a recipe input of another material";
            default -> "nation";
        };
        if (id.isEmpty()) {
            throw row.error("id", "name the " + what + " that " + kind.column() + " applies to");
        }
        if (kind == UncertainInput.Kind.RAMP_UP && !valid.contains(id) && rampedOptions(s, true).contains(id)) {
            throw row.error("id", "option \"" + id + "\" has no ramp-up to stretch (no rampUpShares, and no "
                    + "rampUpByStage for its stage)");
        }
        if (!valid.contains(id)) {
            throw row.error("id", "no " + what + " \"" + id + "\" in scenario " + s.name()
                    + (valid.isEmpty() ? " (it has none)" : NearestName.hint(id, valid)));
        }
    }

    /** Ids of candidate options and committed projects with a ramp-up ({@code all}: with one or not). */
    private static List<String> rampedOptions(Scenario s, boolean all) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        s.options().stream().filter(o -> all || !o.availability().rampUpShares().isEmpty())
                .forEach(o -> ids.add(o.id()));
        s.committedProjects().stream().filter(c -> all || !c.availability().rampUpShares().isEmpty())
                .forEach(c -> ids.add(c.option().id()));
        return List.copyOf(ids);
    }

    /** Materials that some product of another material takes as an input (what an intensity factor scales). */
    private static List<String> recipeInputs(Scenario s) {
        Set<String> inputs = new java.util.LinkedHashSet<>();
        s.chain().products().forEach(p -> p.inputMaterials().stream().filter(m -> !m.equals(p.material()))
                .forEach(inputs::add));
        return List.copyOf(inputs);
    }

    private static Distribution distribution(CsvTable.Row row, UncertainInput.Kind kind) {
        String name = row.text("distribution");
        Set<String> needed = switch (name) {
            case "triangular" -> Set.of("low", "mode", "high");
            case "uniform" -> Set.of("low", "high");
            case "lognormal" -> Set.of("median", "p90");
            case "bernoulli" -> Set.of("probability");
            default -> throw row.error("distribution", "\"" + name + "\" is not one of triangular, uniform, "
                    + "lognormal, bernoulli" + NearestName.hint(name, List.of("triangular", "uniform", "lognormal",
                    "bernoulli")));
        };
        for (String p : PARAMETERS) {
            if (!needed.contains(p) && !row.optText(p).isEmpty()) {
                throw row.error(p, "is not a parameter of " + name + " (it takes " + String.join(", ",
                        needed.stream().sorted().toList()) + ")");
            }
        }
        if ((kind == UncertainInput.Kind.FAILURE) != name.equals("bernoulli")) {
            throw row.error("distribution", kind == UncertainInput.Kind.FAILURE
                    ? "failure takes a bernoulli distribution (its probability)"
                    : "bernoulli applies to failure only; " + kind.column() + " needs a range");
        }
        Distribution d = switch (name) {
            case "triangular" -> {
                double low = row.number("low");
                double mode = row.number("mode");
                double high = row.number("high");
                if (!(low <= mode)) {
                    throw row.error("mode", "must not be below low " + low + ", got " + mode);
                }
                if (!(mode <= high)) {
                    throw row.error("high", "must not be below mode " + mode + ", got " + high);
                }
                yield new Distribution.Triangular(low, mode, high);
            }
            case "uniform" -> {
                double low = row.number("low");
                double high = row.number("high");
                if (!(low <= high)) {
                    throw row.error("high", "must not be below low " + low + ", got " + high);
                }
                yield new Distribution.Uniform(low, high);
            }
            case "lognormal" -> {
                double median = row.number("median");
                double p90 = row.number("p90");
                if (!(median > 0)) {
                    throw row.error("median", "must be above 0, got " + median);
                }
                if (!(p90 >= median)) {
                    throw row.error("p90", "must not be below the median " + median + ", got " + p90);
                }
                yield new Distribution.LogNormal(median, p90);
            }
            default -> {
                double p = row.number("probability");
                if (!(p >= 0 && p <= 1)) {
                    throw row.error("probability", "must be a probability from 0 to 1, got " + p);
                }
                yield new Distribution.Bernoulli(p);
            }
        };
        checkRange(row, kind, name, d);
        return d;
    }

    /** Factors above 0 and at most {@link #MAX_FACTOR}; slips from 0 to the largest slip allowed. */
    private static void checkRange(CsvTable.Row row, UncertainInput.Kind kind, String name, Distribution d) {
        if (kind == UncertainInput.Kind.FAILURE) {
            return;
        }
        String lowColumn = name.equals("lognormal") ? "median" : "low";
        String highColumn = name.equals("lognormal") ? "p90" : "high";
        // a lognormal is above 0 by its median; its P90 stands for its top
        double low = name.equals("lognormal") ? d.quantile(0.5) : d.quantile(0);
        double high = name.equals("lognormal") ? d.quantile(0.9) : d.quantile(1);
        if (kind == UncertainInput.Kind.SLIP) {
            if (!(low >= 0)) {
                throw row.error(lowColumn, "a slip is at least 0 years, got " + low);
            }
            if (!(high <= DataTables.MAX_SLIP_YEARS)) {
                throw row.error(highColumn, "a slip is at most " + (int) DataTables.MAX_SLIP_YEARS + " years, got "
                        + high);
            }
            return;
        }
        if (!(low > 0)) {
            throw row.error(lowColumn, "a factor must be above 0, got " + low);
        }
        if (!(high <= MAX_FACTOR)) {
            throw row.error(highColumn, "a factor must be at most " + (int) MAX_FACTOR + ", got " + high);
        }
    }
}

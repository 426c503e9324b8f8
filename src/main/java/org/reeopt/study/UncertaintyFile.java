package org.reeopt.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.reeopt.load.InputException;
import org.reeopt.scenario.Distribution;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.Target;
import org.reeopt.scenario.UncertainInput;

/**
 * A whole {@code reeopt uncertainty} result as {@code uncertainty-result.json} of its {@code --out} folder holds it,
 * so that {@code reeopt report} renders the folder again byte for byte: every finished draw (its values and its
 * outcome in each mode), the statistics of each mode, the deterministic outcome and the tornado, with the inputs'
 * distributions and the targets written as plain fields. Numbers are written as Java prints doubles, so they read
 * back exactly.
 *
 * @param uncertaintyResult marks the file (the key {@code report} tells it apart by); always 1
 * @param robust the {@code --robust} comparison as its record's fields; left out (null) without {@code --robust},
 *               so such a folder's file is as before
 */
public record UncertaintyFile(int uncertaintyResult, String scenario, int draws, long seed, List<Input> inputs,
                              String planSource, DrawOutcome base, List<Integer> keyYears, List<SavedTarget> targets,
                              List<MonteCarlo.Draw> finished, Map<MonteCarlo.Mode, UncertaintyResult.ModeSummary> modes,
                              List<Bar> tornado,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                              RobustStudy.Result robust) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One uncertain input: {@code applies} as in the table, the distribution's name and parameters in the order of
     * its record (triangular low, mode, high; uniform low, high; lognormal median, p90; bernoulli probability).
     */
    public record Input(String applies, String id, String distribution, List<Double> parameters, boolean byDefault,
                        String file, int line, String source, String confidence) {
    }

    /** A target's fields (null for an absent optional one). */
    public record SavedTarget(String metric, String material, int fromYear, Integer toYear, double maxShare,
                              Double minChinaFreeTonnesPerYear, boolean excludeSubstitutes) {
    }

    /** A tornado bar: the index of its input in {@code inputs}, its P10 and P90 values and outcomes. */
    public record Bar(int input, double lowValue, double highValue, DrawOutcome atLow, DrawOutcome atHigh) {
    }

    /** The saved form of {@code r}. */
    public static UncertaintyFile of(UncertaintyResult r) {
        return of(r, null);
    }

    /** The saved form of {@code r} with its {@code --robust} comparison (null for none). */
    public static UncertaintyFile of(UncertaintyResult r, RobustStudy.Result robust) {
        List<Input> inputs = r.inputs().stream().map(UncertaintyFile::input).toList();
        List<SavedTarget> targets = r.targets().stream().map(t -> new SavedTarget(t.metric(), t.material()
                .orElse(null), t.fromYear(), t.toYear().isPresent() ? t.toYear().getAsInt() : null, t.maxShare(),
                t.minChinaFreeTonnesPerYear().isPresent() ? t.minChinaFreeTonnesPerYear().getAsDouble() : null,
                t.excludeSubstitutes())).toList();
        List<Bar> bars = r.tornado().bars().stream().map(b -> new Bar(r.inputs().indexOf(b.input()), b.lowValue(),
                b.highValue(), b.atLow(), b.atHigh())).toList();
        return new UncertaintyFile(1, r.scenario(), r.draws(), r.seed(), inputs, r.planSource(), r.base(),
                r.keyYears(), targets, r.finished(), r.modes(), bars, robust);
    }

    private static Input input(UncertainInput in) {
        Distribution d = in.distribution();
        String name;
        List<Double> parameters;
        if (d instanceof Distribution.Triangular t) {
            name = "triangular";
            parameters = List.of(t.low(), t.mode(), t.high());
        } else if (d instanceof Distribution.Uniform u) {
            name = "uniform";
            parameters = List.of(u.low(), u.high());
        } else if (d instanceof Distribution.LogNormal l) {
            name = "lognormal";
            parameters = List.of(l.median(), l.p90());
        } else {
            name = "bernoulli";
            parameters = List.of(((Distribution.Bernoulli) d).probability());
        }
        SourceRef s = in.source();
        return new Input(in.kind().column(), in.id(), name, parameters, in.byDefault(), s.file(), s.line(),
                s.source(), s.confidence());
    }

    /** The file's text: one line of JSON. */
    public String json() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result again; a field that does not fit (an unknown kind or distribution) is bad input naming it. */
    public UncertaintyResult result(String file) {
        List<UncertainInput> in = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            in.add(input(file, "inputs[" + i + "]", inputs.get(i)));
        }
        List<Target> measured = targets.stream().map(t -> new Target(t.metric(), Optional.ofNullable(t.material()),
                t.fromYear(), t.toYear() == null ? OptionalInt.empty() : OptionalInt.of(t.toYear()), t.maxShare(),
                t.minChinaFreeTonnesPerYear() == null ? OptionalDouble.empty()
                        : OptionalDouble.of(t.minChinaFreeTonnesPerYear()), t.excludeSubstitutes())).toList();
        List<Tornado.Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < tornado.size(); i++) {
            Bar b = tornado.get(i);
            if (b.input() < 0 || b.input() >= in.size()) {
                throw new InputException(file, 0, "tornado[" + i + "].input", "is not the index of an input");
            }
            bars.add(new Tornado.Bar(in.get(b.input()), b.lowValue(), b.highValue(), b.atLow(), b.atHigh()));
        }
        return new UncertaintyResult(scenario, draws, seed, in, planSource, base, keyYears, measured, finished, modes,
                new Tornado(bars));
    }

    private static UncertainInput input(String file, String at, Input i) {
        UncertainInput.Kind kind = UncertainInput.Kind.of(i.applies()).orElseThrow(() -> new InputException(file, 0,
                at + ".applies", "\"" + i.applies() + "\" is not an uncertain input reeopt knows"));
        List<Double> p = i.parameters();
        int needed = switch (i.distribution()) {
            case "triangular" -> 3;
            case "uniform", "lognormal" -> 2;
            case "bernoulli" -> 1;
            default -> throw new InputException(file, 0, at + ".distribution", "\"" + i.distribution()
                    + "\" is not one of triangular, uniform, lognormal, bernoulli");
        };
        if (p.size() != needed) {
            throw new InputException(file, 0, at + ".parameters", "a " + i.distribution() + " has " + needed
                    + " parameters, got " + p.size());
        }
        Distribution d = switch (i.distribution()) {
            case "triangular" -> new Distribution.Triangular(p.get(0), p.get(1), p.get(2));
            case "uniform" -> new Distribution.Uniform(p.get(0), p.get(1));
            case "lognormal" -> new Distribution.LogNormal(p.get(0), p.get(1));
            default -> new Distribution.Bernoulli(p.get(0));
        };
        return new UncertainInput(kind, i.id(), d, new SourceRef(i.file(), i.line(), i.source(), i.confidence()),
                i.byDefault());
    }
}

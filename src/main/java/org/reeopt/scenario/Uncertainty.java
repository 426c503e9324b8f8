package org.reeopt.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uncertain inputs of a scenario: the rows of its uncertainty table ({@code uncertainty.table}) and, when
 * {@code defaultsByConfidence} is set, a default range for every candidate option's capex and lead time and every
 * committed project's slip the table does not list, chosen by the confidence tag of the input's own row
 * ({@link DefaultRanges}). {@link #apply} turns one draw (a value per input) into a scenario.
 */
public record Uncertainty(List<UncertainInput> table, boolean defaultsByConfidence) {
    public static final Uncertainty NONE = new Uncertainty(List.of(), false);

    public Uncertainty {
        table = List.copyOf(table);
    }

    /** The table's inputs, then the defaults by confidence for what it does not list (when asked for). */
    public List<UncertainInput> inputs(Scenario s) {
        List<UncertainInput> out = new ArrayList<>(table);
        if (!defaultsByConfidence) {
            return out;
        }
        Set<String> listed = new HashSet<>();
        table.forEach(i -> listed.add(i.kind() + "/" + i.id()));
        for (InvestmentOption o : s.options()) {
            addDefault(out, listed, UncertainInput.Kind.CAPEX, o.id(), o.source());
            addDefault(out, listed, UncertainInput.Kind.LEAD_TIME, o.id(), o.source());
        }
        for (CommittedProject c : s.committedProjects()) {
            addDefault(out, listed, UncertainInput.Kind.SLIP, c.option().id(), c.source());
        }
        return out;
    }

    private static void addDefault(List<UncertainInput> out, Set<String> listed, UncertainInput.Kind kind, String id,
                                   SourceRef source) {
        if (!listed.contains(kind + "/" + id)) {
            out.add(new UncertainInput(kind, id, DefaultRanges.of(kind, source.confidence()), source, true));
        }
    }

    /**
     * {@code s} with the drawn {@code values} (one per input, in order) applied: demand, existing capacity and
     * capex times their factors, lead times times theirs (an even capex profile follows the new lead time),
     * committed projects slipped by their years, and a failed committed project (value 1) removed (its units stay
     * spent: they do not return to the candidates); ramp-ups of options and committed projects stretched by their
     * factors ({@link Availability#withRampUpStretched}) and recipe inputs of a material times its intensity factor
     * ({@link Product#withInputIntensity}). A neutral value leaves its input exactly as it was.
     */
    public static Scenario apply(Scenario s, List<UncertainInput> inputs, double[] values) {
        double demandFactor = 1.0;
        Map<String, Double> capex = new LinkedHashMap<>();
        Map<String, Double> lead = new LinkedHashMap<>();
        Map<String, Double> slip = new LinkedHashMap<>();
        Map<String, Double> capacity = new LinkedHashMap<>();
        Map<String, Double> ramp = new LinkedHashMap<>();
        Map<String, Double> intensity = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            UncertainInput in = inputs.get(i);
            double v = values[i];
            switch (in.kind()) {
                case DEMAND -> demandFactor *= v;
                case CAPEX -> capex.merge(in.id(), v, (a, b) -> a * b);
                case LEAD_TIME -> lead.merge(in.id(), v, (a, b) -> a * b);
                case SLIP -> slip.merge(in.id(), v, Double::sum);
                case CAPACITY -> capacity.merge(in.id(), v, (a, b) -> a * b);
                case RAMP_UP -> ramp.merge(in.id(), v, (a, b) -> a * b);
                case INTENSITY -> intensity.merge(in.id(), v, (a, b) -> a * b);
                case FAILURE -> {
                    if (v >= 0.5) {
                        failed.add(in.id());
                    }
                }
                default -> throw new IllegalStateException(in.kind().name());
            }
        }
        Map<Integer, Double> demand = new LinkedHashMap<>();
        double factor = demandFactor;
        s.demandTonnesPerYear().forEach((year, t) -> demand.put(year, factor == 1.0 ? t : t * factor));
        List<ExistingCapacity> existing = s.existingCapacity().stream().map(c -> {
            Double f = capacity.get(c.nation());
            return f == null || f == 1.0 ? c : new ExistingCapacity(c.nation(), c.stage(), c.material(),
                    c.capacityTonnesPerYear() * f, c.plannerShare(), c.startYear(), c.retirementYear(), c.source(),
                    c.rampUpShares());
        }).toList();
        List<InvestmentOption> options = s.options().stream().map(o -> {
            InvestmentOption out = o;
            Double c = capex.get(o.id());
            if (c != null && c != 1.0) {
                out = out.withCapexMillionUsdPerUnit(out.capexMillionUsdPerUnit() * c);
            }
            Double l = lead.get(o.id());
            out = l == null || l == 1.0 ? out : out.withLeadTimeScaled(l);
            Double r = ramp.get(o.id());
            return r == null || r == 1.0 ? out : out.withAvailability(out.availability().withRampUpStretched(r));
        }).toList();
        List<CommittedProject> committed = s.committedProjects().stream()
                .filter(c -> !failed.contains(c.option().id()))
                .map(c -> {
                    Double years = slip.get(c.option().id());
                    CommittedProject out = years == null || years == 0.0 ? c : c.withExtraSlip(years);
                    Double r = ramp.get(c.option().id());
                    return r == null || r == 1.0 ? out : new CommittedProject(out.option(), out.units(),
                            out.onlineYear(), out.slipYears(), out.source(),
                            out.availability().withRampUpStretched(r));
                }).toList();
        Scenario drawn = s.withDrawnInputs(demand, existing, options, committed, factor);
        if (intensity.values().stream().allMatch(f -> f == 1.0)) {
            return drawn;
        }
        return drawn.withChain(new ProcessChain(s.chain().stages(), s.chain().products().stream()
                .map(p -> p.withInputIntensity(intensity)).toList()));
    }
}

package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.model.ModelBuilder;
import org.reeopt.model.ModelVariables;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/** Reads a solver's column values back into a {@link Plan}; the only place that knows the model's columns. */
public final class PlanExtractor {
    /** Builds below this many units are solver noise, not decisions. */
    static final double MIN_UNITS = 1e-7;
    /** Face values below this many billion USD (1 USD) are solver noise. */
    static final double MIN_BILLION_USD = 1e-9;

    private PlanExtractor() {
    }

    /** The plan in one future: the shared decisions and that future's flows. */
    public static Plan extract(Scenario s, ModelVariables v, double[] x, String future) {
        double kt = ModelBuilder.TONNES_PER_KT;
        List<Plan.Build> builds = new ArrayList<>();
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        Map<Plan.OptionYear, Double> recycled = new LinkedHashMap<>();
        Map<Plan.OptionYear, Double> substitutes = new LinkedHashMap<>();
        Map<Integer, Double> endToEnd = new LinkedHashMap<>();
        Map<Plan.OptionYear, Plan.Thrifted> thrifted = new LinkedHashMap<>();
        Map<Integer, Plan.Assembly> assembly = new LinkedHashMap<>();
        Map<String, Map<Integer, Double>> productDependency = new LinkedHashMap<>();
        for (InvestmentOption o : s.options()) {
            for (int f : s.horizon().years()) {
                v.build(o.id(), f).ifPresent(col -> {
                    if (x[col] > MIN_UNITS) {
                        builds.add(new Plan.Build(o.id(), f, x[col]));
                    }
                });
            }
        }
        for (int t : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                double free = v.chinaFree(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                double other = v.otherOrigin(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                double lastResort = v.lastResort(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                double assured = 0;
                for (SupplyAgreement a : s.supplyRisk().agreements()) {
                    assured += v.assured(a.id(), p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                }
                double released = 0;
                for (Stockpile st : s.supplyRisk().stockpilesOf(p.key())) {
                    released += v.stockRelease(st.id(), t).map(c -> x[c]).orElse(0.0) * kt;
                }
                double shortfall = v.shortfall(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                flows.put(new Plan.ProductYear(p.key(), t), new Plan.Flow(free, other, lastResort, assured, released,
                        shortfall));
            }
            for (InvestmentOption o : s.activityOptions()) {
                v.recycled(o.id(), t).ifPresent(c -> recycled.put(new Plan.OptionYear(o.id(), t), x[c] * kt));
                v.substitute(o.id(), t).ifPresent(c -> substitutes.put(new Plan.OptionYear(o.id(), t), x[c] * kt));
                v.thriftedChinaFree(o.id(), t).ifPresent(c -> thrifted.put(new Plan.OptionYear(o.id(), t),
                        new Plan.Thrifted(x[c] * kt, v.thriftedOtherOrigin(o.id(), t).map(d -> x[d]).orElse(0.0) * kt)));
            }
            endToEnd.put(t, x[v.endToEndDependency(t)]);
            for (Product f : s.chain().finalProducts()) {
                final int year = t;
                v.productDependency(f.key(), t).ifPresent(c -> productDependency.computeIfAbsent(f.material(),
                        m -> new LinkedHashMap<>()).put(year, x[c]));
            }
            if (v.embeddedDependency(t).isPresent()) {
                assembly.put(t, new Plan.Assembly(v.assembled(t).map(c -> x[c]).orElse(0.0) * kt,
                        v.assembledChinaFree(t).map(c -> x[c]).orElse(0.0) * kt, x[v.embeddedDependency(t).get()]));
            }
        }
        Map<Plan.OptionYear, Double> stockBuy = new LinkedHashMap<>();
        Map<Plan.OptionYear, Double> stockLevel = new LinkedHashMap<>();
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int t : s.horizon().years()) {
                v.stockBuy(st.id(), t).ifPresent(c -> stockBuy.put(new Plan.OptionYear(st.id(), t), x[c] * kt));
                v.stockLevel(st.id(), t).ifPresent(c -> stockLevel.put(new Plan.OptionYear(st.id(), t), x[c] * kt));
            }
        }
        Map<String, Double> signed = new LinkedHashMap<>();
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            v.signed(a.id()).ifPresent(c -> signed.put(a.id(), Math.abs(x[c]) < 1e-9 ? 0.0 : x[c]));
        }
        return new Plan(builds, flows, recycled, substitutes, endToEnd, stockBuy, stockLevel, signed, future,
                thrifted, assembly, financed(s, v, x), productDependency);
    }

    /** Face value by instrument and private capital of every option funded with instruments. */
    private static Plan.Financed financed(Scenario s, ModelVariables v, double[] x) {
        if (!s.budget().financing().present() && !s.budget().financing().priceSupport().present()) {
            return Plan.Financed.NONE;
        }
        List<Plan.Financed.ByInstrument> byInstrument = new ArrayList<>();
        Map<Plan.OptionYear, Double> privateCapital = new LinkedHashMap<>();
        for (InvestmentOption o : s.options()) {
            for (int f : s.horizon().years()) {
                for (var i : s.budget().financing().instrumentsFor(o)) {
                    v.financed(o.id(), i.id(), f).ifPresent(col -> {
                        if (x[col] > MIN_BILLION_USD) {
                            byInstrument.add(new Plan.Financed.ByInstrument(o.id(), i.id(), f, x[col]));
                        }
                    });
                }
                v.privateCapital(o.id(), f).ifPresent(col -> {
                    if (x[col] > MIN_BILLION_USD) {
                        privateCapital.put(new Plan.OptionYear(o.id(), f), x[col]);
                    }
                });
            }
        }
        Map<String, Double> contracts = new LinkedHashMap<>();
        for (var c : s.budget().financing().priceSupport().contracts()) {
            v.contractVolume(c.id()).ifPresent(col -> contracts.put(c.id(), x[col] * ModelBuilder.TONNES_PER_KT));
        }
        return new Plan.Financed(byInstrument, privateCapital, contracts);
    }

    /** The plan of the only future (or the first one). */
    public static Plan extract(Scenario s, ModelVariables v, double[] x) {
        return extract(s, v, x, s.supplyRisk().futures().get(0).name());
    }
}

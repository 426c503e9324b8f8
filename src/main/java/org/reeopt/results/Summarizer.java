package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stage;

/** Turns a scenario and a plan (or the lack of one) into the {@link ResultSummary} every report renders. */
public final class Summarizer {
    private Summarizer() {
    }

    /** Facts about the solve that the plan itself does not carry. */
    public record SolveFacts(String status, double objective, String objectiveName, ResultSummary.SolverInfo solver,
                             List<String> warnings, Map<String, Double> duals, String dualsMethod,
                             Map<String, String> sourceTitles, String fixedPlan, String dataVintage) {
    }

    public static ResultSummary withoutPlan(Scenario s, SolveFacts facts, String message) {
        return new ResultSummary(s.name(), facts.status(), null, budget(s), null, s.horizon().years(), Map.of(),
                Map.of(), List.of(), Map.of(), Map.of(), description(s, null), facts.objectiveName(), s.planningNation(),
                s.lastResortSupplier(), Map.of(), Map.of(), demand(s), stageIds(s), committed(s), List.of(), "",
                SourceUses.of(s, facts.sourceTitles()), null, facts.solver(),
                List.copyOf(facts.warnings()), message, null, List.of(), facts.fixedPlan(), facts.dataVintage(),
                null, List.of(), null, null, null);
    }

    public static ResultSummary summarize(Scenario s, Plan plan, AuditReport audit, SolveFacts facts) {
        return summarize(s, plan, audit, facts, null);
    }

    /** The summary of {@code plan}; {@code robust} carries the outcomes across futures of a robust plan, or null. */
    public static ResultSummary summarize(Scenario s, Plan plan, AuditReport audit, SolveFacts facts,
                                          RiskSummary.Robust robust) {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        Map<String, Double> endToEnd = new LinkedHashMap<>();
        Map<String, Map<String, Double>> stage = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Double>>> stageMaterial = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Double>>> direct = new LinkedHashMap<>();
        for (Stage st : s.chain().stages()) {
            stage.put(st.id(), new LinkedHashMap<>());
            stageMaterial.put(st.id(), new LinkedHashMap<>());
            direct.put(st.id(), new LinkedHashMap<>());
            for (Product p : s.chain().productsOf(st.id())) {
                stageMaterial.get(st.id()).put(p.material(), new LinkedHashMap<>());
                direct.get(st.id()).put(p.material(), new LinkedHashMap<>());
            }
        }
        for (int year : s.horizon().years()) {
            String y = Integer.toString(year);
            endToEnd.put(y, share(metrics.endToEnd(year)));
            for (Stage st : s.chain().stages()) {
                double d = metrics.stage(st.id(), year);
                if (!Double.isNaN(d)) {
                    stage.get(st.id()).put(y, share(d));
                }
                for (Product p : s.chain().productsOf(st.id())) {
                    double m = metrics.stageMaterial(p.key(), year);
                    if (!Double.isNaN(m)) {
                        stageMaterial.get(st.id()).get(p.material()).put(y, share(m));
                        direct.get(st.id()).get(p.material()).put(y, share(metrics.directStageMaterial(p.key(), year)));
                    }
                }
            }
        }
        Spending spending = Spending.of(s, plan);
        Map<String, Double> byYear = new LinkedHashMap<>();
        spending.byYearBillionUsd().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byYear.put(Integer.toString(e.getKey()), round(e.getValue())));
        Map<String, Map<String, Double>> byNation = new LinkedHashMap<>();
        spending.byYearAndNationBillionUsd().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Double> nations = new LinkedHashMap<>();
            e.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(n -> nations.put(n.getKey(), round(n.getValue())));
            byNation.put(Integer.toString(e.getKey()), nations);
        });
        List<ResultSummary.TargetOutcome> targets = TargetOutcomes.of(s, metrics);
        return new ResultSummary(s.name(), facts.status(), round(facts.objective()), budget(s),
                round(spending.totalBillionUsd()), s.horizon().years(), endToEnd, stage, investments(s, plan), byYear,
                byNation, description(s, targets), facts.objectiveName(), s.planningNation(), s.lastResortSupplier(), stageMaterial,
                direct, demand(s), stageIds(s), committed(s), MarginalValues.of(s, facts.duals()).stream()
                .map(m -> new MarginalValues.Marginal(m.constraint(), round(m.objectiveChangePerUnit()), m.unit(), m.text()))
                .toList(), MarginalValues.method(s, facts.dualsMethod()), SourceUses.of(s, facts.sourceTitles()), new ResultSummary.Audit(audit.passed(), audit.checks(), audit.breaches()),
                facts.solver(), List.copyOf(facts.warnings()), audit.passed() ? ""
                        : "the independent audit found " + audit.breaches().size() + " breach(es); do not use this plan",
                RiskSummaries.hasRisk(s) ? RiskSummaries.of(s, plan, robust) : null, targets, facts.fixedPlan(),
                facts.dataVintage(), null, recycled(s, plan), embedded(s, plan, metrics),
                ProductSummaries.applies(s) ? ProductSummaries.of(s, metrics) : null, FinanceSummary.of(s, plan));
    }

    /** Each recycling option's output by material and year (docs/formulation.md: share y_{o,m} / y_o of recycled[o,t]). */
    private static List<ResultSummary.Recycled> recycled(Scenario s, Plan plan) {
        List<ResultSummary.Recycled> out = new ArrayList<>();
        for (InvestmentOption o : s.activityOptions()) {
            if (o.kind() != org.reeopt.scenario.OptionKind.RECYCLING) {
                continue;
            }
            Map<String, Map<String, Double>> byMaterial = new LinkedHashMap<>();
            for (String material : o.outputTonnesPerYearPerUnit().keySet()) {
                Map<String, Double> byYear = new LinkedHashMap<>();
                for (int year : s.horizon().years()) {
                    double tonnes = round(plan.recycled(o.id(), year) * o.outputShare(material));
                    if (tonnes > 1e-6) { // a milligram: solver noise, not output
                        byYear.put(Integer.toString(year), tonnes);
                    }
                }
                if (!byYear.isEmpty()) {
                    byMaterial.put(material, byYear);
                }
            }
            if (!byMaterial.isEmpty()) {
                out.add(new ResultSummary.Recycled(o.id(), o.stage(), byMaterial));
            }
        }
        return out;
    }

    /** Direct, embedded and combined dependency by year; null for a scenario without embedded demand. */
    private static ResultSummary.Embedded embedded(Scenario s, Plan plan, DependencyMetrics metrics) {
        if (!s.embeddedDemand().present()) {
            return null;
        }
        Map<String, Double> direct = new LinkedHashMap<>();
        Map<String, Double> embedded = new LinkedHashMap<>();
        Map<String, Double> combined = new LinkedHashMap<>();
        Map<String, Double> tonnes = new LinkedHashMap<>();
        Map<String, Double> chinaShare = new LinkedHashMap<>();
        Map<String, Double> assembled = new LinkedHashMap<>();
        for (int year : s.horizon().years()) {
            String y = Integer.toString(year);
            direct.put(y, share(metrics.endToEnd(year)));
            double e = metrics.embedded(year);
            if (!Double.isNaN(e)) {
                embedded.put(y, share(e));
            }
            combined.put(y, share(metrics.combined(year)));
            tonnes.put(y, round(s.embeddedDemand().tonnes(year)));
            chinaShare.put(y, round(s.embeddedDemand().chinaShare(year)));
            assembled.put(y, round(plan.assembly(year).assembledTonnes()));
        }
        return new ResultSummary.Embedded(direct, embedded, combined, tonnes, chinaShare, assembled,
                s.embeddedDemand().domesticAssemblyMaxShare(), s.objective().embeddedWeight());
    }

    private static List<ResultSummary.Investment> investments(Scenario s, Plan plan) {
        List<ResultSummary.Investment> out = new ArrayList<>();
        for (Plan.Build b : plan.builds()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            Map<String, Double> outputs = new LinkedHashMap<>();
            o.outputTonnesPerYearPerUnit().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> outputs.put(e.getKey(), round(e.getValue() * b.units())));
            double subsidy = 0;
            for (int year : s.horizon().years()) {
                subsidy += o.subsidyBillionUsdPerUnit(b.fundingYear(), year) * b.units();
            }
            double capacity = b.units() * o.totalOutputTonnesPerYearPerUnit();
            out.add(new ResultSummary.Investment(o.id(), o.name(), o.nation(), o.stage(),
                    o.kind().name().toLowerCase(java.util.Locale.ROOT), b.fundingYear(),
                    o.firstOutputYear(b.fundingYear()), round(b.units()), round(capacity),
                    round(capacity * o.plannerOutputShare()), outputs, round(b.units() * o.capexBillionUsdPerUnit()),
                    round(subsidy)));
        }
        out.sort(java.util.Comparator.comparingInt(ResultSummary.Investment::startYear)
                .thenComparing(ResultSummary.Investment::option));
        return out;
    }

    private static List<ResultSummary.Committed> committed(Scenario s) {
        return s.committedProjects().stream().map(c -> new ResultSummary.Committed(c.option().id(), c.option().name(),
                c.option().nation(), c.option().stage(), c.firstFullOutputYear(),
                round(c.units() * c.option().totalOutputTonnesPerYearPerUnit()), c.source().source())).toList();
    }

    /**
     * The scenario's description, except in cost mode: there the question answered is what the targets cost, which
     * the description (written for a budget) does not state.
     */
    private static String description(Scenario s, List<ResultSummary.TargetOutcome> targets) {
        return s.objective().mode() == org.reeopt.scenario.ObjectiveSpec.Mode.COST
                ? TargetOutcomes.question(s, targets) : s.description();
    }

    private static Double budget(Scenario s) {
        return s.budget().totalBillionUsd().isPresent() ? s.budget().totalBillionUsd().getAsDouble() : null;
    }

    private static Map<String, Double> demand(Scenario s) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int year : s.horizon().years()) {
            out.put(Integer.toString(year), round(s.demandTonnes(year)));
        }
        return out;
    }

    private static List<String> stageIds(Scenario s) {
        return s.chain().stages().stream().map(Stage::id).toList();
    }

    /** End-to-end dependency of {@code plan} by year, rounded as {@link #summarize} reports it. */
    public static Map<String, Double> endToEndDependency(Scenario s, Plan plan) {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        Map<String, Double> out = new LinkedHashMap<>();
        s.horizon().years().forEach(year -> out.put(Integer.toString(year), share(metrics.endToEnd(year))));
        return out;
    }

    /**
     * Shares to six decimals (a millionth of demand is below the solver's tolerance), clamped into 0..1; the audit
     * has already checked the unrounded values.
     */
    static double share(double value) {
        double r = Math.round(value * 1e6) / 1e6;
        return Math.max(0.0, Math.min(1.0, r == 0 ? 0.0 : r));
    }

    /** Nine decimals: enough for tonnes, shares and billion USD, and stable across runs. */
    public static double round(double value) {
        double r = Math.round(value * 1e9) / 1e9;
        return r == 0 ? 0.0 : r;
    }
}

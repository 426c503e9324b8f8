package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.ExportRestriction;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.SupplyRisk;

/** Builds the {@link RiskSummary} of a plan from the plan and the scenario alone. */
public final class RiskSummaries {
    private RiskSummaries() {
    }

    public static boolean hasRisk(Scenario s) {
        SupplyRisk r = s.supplyRisk();
        return r.hasRestrictions() || !r.stockpiles().isEmpty() || !r.agreements().isEmpty() || r.isRobust();
    }

    public static RiskSummary of(Scenario s, Plan plan, RiskSummary.Robust robust) {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        SupplyRisk.Future future = s.supplyRisk().future(plan.future());
        List<RiskSummary.Restriction> restrictions = new ArrayList<>();
        for (ExportRestriction r : future.restrictions()) {
            restrictions.add(new RiskSummary.Restriction(r.name(), r.stages().stream().sorted().toList(),
                    r.materials().stream().sorted().toList(), r.fromYear(), r.toYear(), r.allowedShare()));
        }
        Map<String, Double> shortfallTonnes = new LinkedHashMap<>();
        Map<String, Double> shortfallShare = new LinkedHashMap<>();
        Map<String, Double> unassured = new LinkedHashMap<>();
        List<RiskSummary.Shortfall> byProduct = new ArrayList<>();
        for (int year : s.horizon().years()) {
            String y = Integer.toString(year);
            shortfallTonnes.put(y, Summarizer.round(metrics.shortfallTonnes(year)));
            shortfallShare.put(y, share(metrics.shortfallShare(year)));
            unassured.put(y, share(metrics.unassured(year)));
            for (Product p : s.chain().products()) {
                double tonnes = plan.flow(p.key(), year).shortfallTonnes();
                // with several final products: tonnes of p per tonne of all final demand, so that the share is the
                // share of p's requirement left unmet
                double content = s.finalProducts().present() ? metrics.requirementTonnes(p.key(), year)
                        / s.demandTonnes(year) : metrics.content(s.chain().finalProduct().key(), p.key(), year);
                if (tonnes > 1e-3 && content > 0) {
                    byProduct.add(new RiskSummary.Shortfall(year, p.stage(), p.material(), Summarizer.round(tonnes),
                            Summarizer.round(tonnes / content), share(tonnes / content / s.demandTonnes(year))));
                }
            }
        }
        return new RiskSummary(future.name(), restrictions, shortfallTonnes, shortfallShare, byProduct, unassured,
                stock(s, plan, metrics), agreements(s, plan), Summarizer.round(Spending.of(s, plan).outsideBudgetBillionUsd()),
                robust);
    }

    private static List<RiskSummary.StockYear> stock(Scenario s, Plan plan, DependencyMetrics metrics) {
        List<RiskSummary.StockYear> out = new ArrayList<>();
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            double before = st.initialTonnes();
            for (int year : s.horizon().years()) {
                double level = plan.stockLevel(st.id(), year);
                double bought = plan.stockBuy(st.id(), year);
                double released = Math.max(0, before + bought - level);
                double monthly = metrics.requirementTonnes(st.product(), year) / 12;
                out.add(new RiskSummary.StockYear(st.id(), st.product().stage(), st.product().material(), year,
                        Summarizer.round(bought), Summarizer.round(released), Summarizer.round(level),
                        monthly > 0 ? Summarizer.round(level / monthly) : 0.0));
                before = level;
            }
        }
        return out;
    }

    private static List<RiskSummary.Agreement> agreements(Scenario s, Plan plan) {
        List<RiskSummary.Agreement> out = new ArrayList<>();
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            boolean signed = plan.signedAgreements().contains(a.id());
            double delivered = 0;
            if (signed) {
                for (int year : s.horizon().years()) {
                    for (var product : a.assuredTonnesPerYear().keySet()) {
                        // several agreements on one product share its assured flow; each is credited up to its volume
                        delivered += Math.min(plan.flow(product, year).assuredTonnes(),
                                a.inTerm(year) ? a.assuredTonnesPerYear().get(product) : 0);
                    }
                }
            }
            out.add(new RiskSummary.Agreement(a.id(), a.name(), signed, a.firstYear(), a.lastYear(),
                    a.concessionCostBillionUsd(), a.countsAgainstBudget(), Summarizer.round(delivered)));
        }
        return out;
    }

    private static double share(double value) {
        return Summarizer.share(value);
    }
}

package org.reeopt.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/**
 * Supply-risk families: export restrictions, stockpile balances and agreement volumes, and the risk supply
 * (stock released, agreement deliveries, shortfall) that the supply-chain rows count (docs/formulation.md, "Supply risk").
 */
final class SupplyRiskRows {
    private final ModelContext m;

    SupplyRiskRows(ModelContext m) {
        this.m = m;
    }

    /**
     * Supply of {@code p} in {@code year} besides production and open purchases: stock released, agreement
     * deliveries, and shortfall (requirement left unmet).
     */
    Map<Integer, Double> riskSupply(ProductKey p, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        chinaOriginRiskColumns(p, year).forEach(col -> terms.put(col, 1.0));
        Integer shortfall = m.v.shortfall.get(new ModelVariables.FlowKey(p, year));
        if (shortfall != null) {
            terms.put(shortfall, 1.0);
        }
        return terms;
    }

    /** Stock released and agreement deliveries of {@code p} in {@code year}: China-origin supply other than open purchases. */
    List<Integer> chinaOriginRiskColumns(ProductKey p, int year) {
        List<Integer> cols = new ArrayList<>();
        for (Stockpile st : m.s.supplyRisk().stockpilesOf(p)) {
            cols.add(m.v.stockRelease.get(new ModelVariables.OptionYear(st.id(), year)));
        }
        for (Map.Entry<ModelVariables.AgreementFlow, Integer> e : m.v.assured.entrySet()) {
            if (e.getKey().product().equals(p) && e.getKey().year() == year) {
                cols.add(e.getValue());
            }
        }
        return cols;
    }

    /**
     * export-restriction: open purchases from the last-resort supplier, and stockpile purchases (made on its
     * market), stay within the share of the requirement the current future's restrictions let through.
     */
    void exportRestrictions() {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                OptionalDouble share = m.allowedShare(p.key(), t);
                if (share.isEmpty()) {
                    continue;
                }
                LinearProgram.RowBuilder row = m.lp.row(m.name("exportRestriction", p.key(), t))
                        .add(m.v.lastResort.get(new ModelVariables.FlowKey(p.key(), t)), 1);
                for (Stockpile st : m.s.supplyRisk().stockpilesOf(p.key())) {
                    row.add(m.v.stockBuy.get(new ModelVariables.OptionYear(st.id(), t)), 1);
                }
                row.atMost(share.getAsDouble() * m.requirementKt(p.key(), t));
            }
        }
    }

    /**
     * stock-balance: what a stockpile holds at the end of a year is what it held the year before (its initial
     * stock before the first year), plus purchases, minus releases. The level's bound is the stockpile's size.
     */
    void stockBalance() {
        for (Stockpile st : m.s.supplyRisk().stockpiles()) {
            for (int t : m.years) {
                ModelVariables.OptionYear key = new ModelVariables.OptionYear(st.id(), t);
                LinearProgram.RowBuilder row = m.lp.row(m.name("stockBalance", st.id(), t))
                        .add(m.v.stockLevel.get(key), 1).add(m.v.stockBuy.get(key), -1).add(m.v.stockRelease.get(key), 1);
                if (t == m.years.get(0)) {
                    row.equalTo(st.initialTonnes() / ModelBuilder.TONNES_PER_KT);
                } else {
                    row.add(m.v.stockLevel.get(new ModelVariables.OptionYear(st.id(), t - 1)), -1).equalTo(0);
                }
            }
        }
    }

    /** agreement-volume: an agreement delivers at most its assured volume, and only if signed. */
    void agreementVolumes() {
        for (SupplyAgreement a : m.s.supplyRisk().agreements()) {
            int signed = m.v.signed.get(a.id());
            a.assuredTonnesPerYear().forEach((p, tonnes) -> {
                for (int t : m.years) {
                    Integer col = m.v.assured.get(new ModelVariables.AgreementFlow(a.id(), p, t));
                    if (col != null) {
                        m.lp.row(m.name("agreementVolume", a.id(), p, t)).add(col, 1).add(signed, -tonnes / ModelBuilder.TONNES_PER_KT)
                                .atMost(0);
                    }
                }
            });
        }
    }
}

package org.reeopt.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.reeopt.results.FixedPlan;
import org.reeopt.scenario.PriceSupport;
import org.reeopt.scenario.Scenario;

/**
 * What a fixed-plan evaluation says about price contract volumes (docs/formulation.md, "Fixed-plan evaluation"):
 * the volumes the plan signed are held ({@link FixedColumns}); these are the words around them.
 */
final class ContractVolumes {
    private ContractVolumes() {
    }

    private static List<PriceSupport.Contract> contracts(Scenario s) {
        return s.budget().financing().priceSupport().contracts();
    }

    /** ", price contracts at their signed volumes" when the plan holds a contract of {@code s}, else "". */
    static String heldNote(Scenario s, FixedPlan plan) {
        return contracts(s).stream().anyMatch(c -> plan.contractTonnesPerYear().containsKey(c.id()))
                ? ", price contracts at their signed volumes" : "";
    }

    /**
     * The clause an infeasible evaluation adds for the contracts the plan signed a volume for: a contract pays on
     * China-free output, so its volume must be produced China-free in every year of its term (contractCoverage).
     */
    static String infeasibleNote(Scenario s, FixedPlan plan) {
        List<String> signed = new ArrayList<>();
        for (PriceSupport.Contract c : contracts(s)) {
            double tonnes = plan.contractTonnesPerYear().getOrDefault(c.id(), 0.0);
            if (tonnes > 0) {
                signed.add(c.kind().label() + " " + c.id() + " (" + FixedColumns.tonnes(tonnes) + " t/yr of "
                        + c.product().material() + " at " + c.product().stage() + ", " + c.firstYear() + "-"
                        + c.lastYear() + ")");
            }
        }
        return signed.isEmpty() ? "" : "; or China-free output falls below the volume the plan signed for "
                + String.join(", ", signed) + " in a year of its term: a price contract pays on China-free output, "
                + "so the signed volume must be produced China-free every year, and the evaluation does not re-sign "
                + "a smaller one";
    }

    /** A warning for each contract of {@code s} the plan holds no volume for: the evaluation chooses it. */
    static List<String> notHeld(Scenario s, FixedPlan plan) {
        List<String> warnings = new ArrayList<>();
        for (PriceSupport.Contract c : contracts(s)) {
            if (!plan.contractTonnesPerYear().containsKey(c.id())) {
                warnings.add("price contract " + c.id() + " has no signed volume in the plan from " + plan.source()
                        + " (saved without contract volumes, or made for a scenario without it): this evaluation "
                        + "chooses its volume between " + FixedColumns.tonnes(c.minVolumeTonnesPerYear()) + " and "
                        + FixedColumns.tonnes(c.maxVolumeTonnesPerYear()) + " t/yr, knowing this world");
            }
        }
        return warnings;
    }
}

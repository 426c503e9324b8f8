package org.reeopt.scenario;

import java.util.List;

/**
 * One possible future for the robust plan: its probability and the export restrictions China imposes in it (on top
 * of any the scenario imposes in every future).
 */
public record RiskScenario(String name, double probability, List<ExportRestriction> restrictions, String note) {
    public RiskScenario {
        restrictions = List.copyOf(restrictions);
    }
}

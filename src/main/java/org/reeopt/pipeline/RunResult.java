package org.reeopt.pipeline;

import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;
import org.reeopt.validate.ValidationReport;

/** The outcome of one pipeline run: the scenario as solved, its validation warnings, and the result summary. */
public record RunResult(Scenario scenario, ValidationReport validation, SolveStatus status, boolean auditPassed,
                        ResultSummary summary) {
}

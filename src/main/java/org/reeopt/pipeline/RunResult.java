package org.reeopt.pipeline;

import org.reeopt.results.Plan;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;
import org.reeopt.validate.ValidationReport;

/**
 * The outcome of one pipeline run: the scenario as solved, its validation warnings, the result summary, and the plan
 * it summarizes ({@code plan} null without one), from which a study recomputes a metric the summary does not report.
 */
public record RunResult(Scenario scenario, ValidationReport validation, SolveStatus status, boolean auditPassed,
                        ResultSummary summary, Plan plan) {
    /** A run without a plan. */
    public RunResult(Scenario scenario, ValidationReport validation, SolveStatus status, boolean auditPassed,
                     ResultSummary summary) {
        this(scenario, validation, status, auditPassed, summary, null);
    }
}

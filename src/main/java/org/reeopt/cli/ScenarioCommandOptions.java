package org.reeopt.cli;

import picocli.CommandLine.Mixin;

/**
 * What every command that solves one scenario and prints its result takes (solve, alternatives, uncertainty): the SCENARIO
 * argument, the solver flags, --format and --out/--force. One {@code @Mixin} field of this class in place of the four.
 */
final class ScenarioCommandOptions {
    @Mixin
    ScenarioParameter scenario;

    @Mixin
    SolverOptions solverOptions;

    @Mixin
    FormatOption format;

    @Mixin
    ReportFolderOptions folder;
}

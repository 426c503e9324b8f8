package org.reeopt.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The optional SCENARIO argument shared by every command that reads a scenario. */
final class ScenarioParameter {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario JSON file (default: " + ScenarioArgument.DEFAULT_SCENARIO + ").")
    Path scenario;

    /** The named scenario, or the default one. */
    Path resolve() {
        return ScenarioArgument.resolve(scenario);
    }
}

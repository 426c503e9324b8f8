package org.reeopt.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reeopt.load.InputException;

/** Finds the scenario file a command should use: the one named, or the default scenario. */
final class ScenarioArgument {
    static final String DEFAULT_SCENARIO = "models/default.json";

    private ScenarioArgument() {
    }

    /**
     * {@code given} if named; otherwise models/default.json in the working folder, or in the reeopt folder that
     * the launcher passes as the system property {@code reeopt.home}.
     */
    static Path resolve(Path given) {
        if (given != null) {
            if (!Files.exists(given)) {
                throw new InputException(given.toString(), 0, null, "scenario file not found");
            }
            return given;
        }
        Path local = Path.of(DEFAULT_SCENARIO);
        if (Files.exists(local)) {
            return local;
        }
        String home = System.getProperty("reeopt.home");
        if (home != null && Files.exists(Path.of(home, DEFAULT_SCENARIO))) {
            return Path.of(home, DEFAULT_SCENARIO);
        }
        throw new InputException(DEFAULT_SCENARIO, 0, null,
                "no scenario named and no default scenario here; run from the reeopt folder or name a scenario file");
    }
}

package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.testsupport.TinyScenarioFiles;

/**
 * Two targets on the same stage and year (found by DifferentialTest): the model wrote two rows of one name, so ojAlgo
 * kept one of them (a plan that misses the tighter target, rejected by the audit), CBC and GLPK failed on the files,
 * and the infeasibility explanation crashed on a repeated slack name. The tighter target must hold on every backend.
 *
 * <p>By hand: one magnet stage, demand 100 t/yr in 2030-2031, no existing capacity, one divisible plant of 100 t/yr
 * for 100 M USD (lead time 1 year, at most 1 unit). Targets: China-origin magnets at most 50% and at most 20% of the
 * requirement from 2031. The least cost meeting both builds 0.8 units in 2030 (80 t/yr online in 2031): 0.08
 * billion USD. With a budget of 0.05 billion USD (0.5 units, 50% dependency) only the 50% target can be met.
 */
class RepeatedTargetsTest {
    private static final String CHAIN = "stage,material,inputMaterial,yieldTonnesPerTonneInput\nmagnet,mag,,\n";
    private static final String EXISTING = "nation,stage,material,capacityTonnesPerYear,plannerOutputShare\n";
    private static final String OPTIONS = "id,name,nation,stage,material,outputTonnesPerYearPerUnit,"
            + "capexMillionUsdPerUnit,leadTimeYears,maxUnits\nplant,Plant,US,magnet,mag,100,100,1,1\n";

    private static Path write(Path dir, String objectiveAndBudget, double firstShare, double secondShare) {
        TinyScenarioFiles.write(dir.resolve("process-chain.csv"), CHAIN);
        TinyScenarioFiles.write(dir.resolve("existing-capacity.csv"), EXISTING);
        TinyScenarioFiles.write(dir.resolve("options.csv"), OPTIONS);
        return TinyScenarioFiles.write(dir.resolve("scenario.json"), """
                {
                  "name": "two-targets",
                  "horizon": { "firstYear": 2030, "lastYear": 2031 },
                  "planningNation": "US",
                  "lastResortSupplier": "CN",
                  "nations": [ { "id": "US" }, { "id": "CN" } ],
                  "materials": [ { "id": "mag" } ],
                  "stages": [ { "id": "magnet" } ],
                  "tables": { "processChain": "process-chain.csv", "existingCapacity": "existing-capacity.csv",
                              "options": "options.csv" },
                  "demand": { "tonnesPerYear": { "2030": 100, "2031": 100 } },
                  %s,
                  "targets": [
                    { "metric": "magnet", "fromYear": 2031, "maxShare": %s },
                    { "metric": "magnet", "fromYear": 2031, "maxShare": %s }
                  ]
                }
                """.formatted(objectiveAndBudget, firstShare, secondShare));
    }

    private static RunResult run(Path scenario, String backend) {
        return Pipeline.run(Pipeline.load(scenario), new RunOptions(OptionalDouble.empty(), false, backend,
                OptionalDouble.empty(), OptionalDouble.empty()));
    }

    @ParameterizedTest
    @CsvSource({"0.5,0.2", "0.2,0.5"})
    void theTighterOfTwoTargetsHoldsOnEveryBackend(double first, double second, @TempDir Path dir) {
        SolverAgreementTest.requirePrograms();
        Path scenario = write(dir, "\"objective\": { \"minimize\": \"cost\" }", first, second);
        for (String backend : List.of("ojalgo", "cbc", "glpk")) {
            RunResult r = run(scenario, backend);
            assertEquals(SolveStatus.OPTIMAL, r.status(), backend + ": " + r.summary().message());
            assertTrue(r.auditPassed(), backend + ": " + r.summary().audit().breaches());
            assertEquals(0.08, r.summary().objective(), 1e-6, backend + ": least cost");
            assertEquals(0.2, r.summary().stageDependency().get("magnet").get("2031"), 1e-5, backend);
        }
    }

    @ParameterizedTest
    @CsvSource({"0.5,0.2", "0.2,0.5"})
    void anInfeasibleTighterTargetIsExplained(double first, double second, @TempDir Path dir) {
        SolverAgreementTest.requirePrograms();
        Path scenario = write(dir, "\"budget\": { \"totalBillionUsd\": 0.05 }", first, second);
        for (String backend : List.of("ojalgo", "cbc")) {
            RunResult r = run(scenario, backend);
            assertEquals(SolveStatus.INFEASIBLE, r.status(), backend);
            String message = r.summary().message();
            assertTrue(message.contains("<= 20.0% from 2031") && !message.contains("<= 50.0%"), backend + ": " + message);
        }
    }
}

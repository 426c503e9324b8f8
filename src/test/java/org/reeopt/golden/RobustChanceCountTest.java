package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.RobustStudy;
import org.reeopt.study.UncertaintyResult;

/**
 * The share of draws meeting the chance target of {@code --robust-target} is counted by the check of the draws'
 * target table (the solve's, {@code TargetOutcomes.met}), so the robust report and the probability table agree on the
 * same draws (golden/uncertainty/robust-saa.json: a committed plant, 100 t/yr from 2027 for demand 100 t/yr, fails
 * with probability 0.5; a backup line the budget of 1 B$ buys).
 *
 * <pre>
 * Chance target: end-to-end dependency at most X = 1 - 5e-7 in 2027 only (END_TO_END:2027-2027:0.9999995).
 * The deterministic plan buys nothing: E_2027 = 0 where the plant works, 1 where it fails. 1 exceeds X by 5e-7, within
 * the solve's audit tolerance on shares (1e-6): met in every draw, P = 1 in the table and in the robust report alike.
 * The code as it was counted the table with a tolerance of 1e-9 (P = share of draws the plant works) and the robust
 * report with 1e-6 (P = 1): two probabilities for the same plan, target and draws.
 * </pre>
 */
class RobustChanceCountTest {
    @Test
    void theRobustReportAndTheTargetTableCountTheChanceTargetAlike() {
        Path path = GoldenSupport.fixture("uncertainty", "robust-saa.json");
        Scenario s = Pipeline.load(path);
        Target chance = new Target(Target.END_TO_END, Optional.empty(), 2027, OptionalInt.of(2027), 0.9999995);
        RunOptions options = RunOptions.defaults().withExtraTarget(chance);
        List<MonteCarlo.Mode> fixed = List.of(MonteCarlo.Mode.FIXED_PLAN);
        MonteCarlo.Study study = MonteCarlo.prepare(s, UncertaintyLoader.load(path, s), options, Optional.empty(),
                fixed);
        MonteCarlo.Settings settings = new MonteCarlo.Settings(4, 1, 1, fixed);
        UncertaintyResult main = MonteCarlo.run(study, settings, d -> { });
        assertTrue(main.finished().stream().anyMatch(d -> d.values()[0] == 1.0), "a fresh draw where the plant fails");
        RobustStudy.Result robust = RobustStudy.run(study, main, new RobustStudy.Settings(2, Optional.of(chance)), 1,
                1);
        double table = main.modes().get(MonteCarlo.Mode.FIXED_PLAN).targetProbability().get(chance.describe())
                .get(2027);
        assertEquals(1.0, table, 0.0, "P(E_2027 <= X) of the deterministic plan in the table");
        assertEquals(1.0, robust.outOfSample().get(RobustStudy.DETERMINISTIC).chanceProbability(), 0.0,
                "the same in the robust report");
    }
}

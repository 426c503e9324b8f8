package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.reeopt.results.DependencyMetrics;
import org.reeopt.scenario.DatedRecipe;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.ProcessChain;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;

/**
 * Intensity over time on random tiny LP scenarios ({@link TinyScenarios}): a lower material intensity from some year
 * on never raises the optimal end-to-end dependency objective. Lowering a_{q,m,t} only relaxes flowBalance and
 * chinaFreeFlow, so the old optimum stays feasible with the same end-to-end dependency. (With stage weights the
 * requirement, the denominator of a stage share, falls with the intensity too, so no such simple bound holds;
 * docs/formulation.md, "Intensity and the optimum".)
 */
class IntensityPropertiesTest {
    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    @Property(tries = 30)
    void aLowerIntensityNeverRaisesTheEndToEndObjective(@ForAll("scenarios") TinyScenarios.Spec spec,
                                                         @ForAll @DoubleRange(min = 0.05, max = 1.0) double factor,
                                                         @ForAll @IntRange(min = 0, max = 5) int fromOffset) {
        Scenario base = endToEndOnly(spec.toScenario());
        int from = Math.min(base.horizon().firstYear() + fromOffset, base.horizon().lastYear());
        Scenario thrifty = withChain(base, scaled(base.chain(), factor, from));
        Solved before = Solved.solve(base);
        Solved after = Solved.solve(thrifty);
        assertTrue(after.objective() <= before.objective() + OptimizationPropertiesTest.SHARE_TOL, () -> "objective "
                + before.objective() + " before and " + after.objective() + " with intensities x" + factor + " from "
                + from);
        double recomputed = new DependencyMetrics(thrifty, after.plan()).weightedObjective();
        assertTrue(Math.abs(recomputed - after.objective()) <= OptimizationPropertiesTest.SHARE_TOL,
                () -> "the plan recomputed with the year's recipes gives " + recomputed + ", the solver "
                        + after.objective());
    }

    /** The scenario with end-to-end dependency as the only objective term (year weights kept). */
    private static Scenario endToEndOnly(Scenario s) {
        ObjectiveSpec o = s.objective();
        return s.withObjectiveAndTargets(new ObjectiveSpec(o.mode(), o.yearWeights(), 1.0, java.util.Map.of()),
                s.targets());
    }

    /** Every recipe multiplied by {@code factor} from {@code fromYear} on, as dated process-chain rows. */
    private static ProcessChain scaled(ProcessChain chain, double factor, int fromYear) {
        List<Product> products = new ArrayList<>();
        SourceRef generated = new SourceRef("generated", 0, "", "");
        for (Product p : chain.products()) {
            List<DatedRecipe> dated = new ArrayList<>();
            p.inputTonnesPerTonne().forEach((input, perTonne) ->
                    dated.add(new DatedRecipe(input, fromYear, Integer.MAX_VALUE, perTonne * factor, 0.0, generated)));
            products.add(new Product(p.stage(), p.material(), p.inputTonnesPerTonne(), dated));
        }
        return new ProcessChain(chain.stages(), products);
    }

    private static Scenario withChain(Scenario s, ProcessChain chain) {
        return s.withChain(chain);
    }
}

package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.study.Alternatives;
import org.reeopt.study.AlternativesResult;

/**
 * Near-optimal alternatives on random small scenarios ({@link TinyScenarios}: planner and ally options, LPs): every
 * plan kept passes the independent audit (PlanAudit recomputes it from the scenario), its objective is within the
 * slack of the optimum and not below it, and the plans differ pairwise by at least the documented threshold.
 */
class AlternativesPropertiesTest {
    /** Tolerance on the objective and its gap: the lexicographic solve's holds, far below any figure shown. */
    static final double TOL = 1e-6;

    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    @Property(tries = 8)
    void everyAlternativePassesTheAuditWithinTheSlack(@ForAll("scenarios") TinyScenarios.Spec spec,
                                                      @ForAll @DoubleRange(min = 0.0, max = 0.3) double within) {
        AlternativesResult r = Alternatives.run(spec.toScenario(), RunOptions.defaults(),
                new Alternatives.Request(within, 3, List.of(), List.of(), List.of(), 1)).result();
        List<AlternativesResult.Alternative> plans = r.alternatives();
        assertEquals("optimum", plans.get(0).direction());
        double optimum = plans.get(0).objective();
        for (AlternativesResult.Alternative a : plans) {
            assertTrue(a.auditPassed(), () -> a.direction() + " failed the audit");
            assertEquals("OPTIMAL", a.status(), a.direction());
            double bound = optimum + within * Math.abs(optimum);
            assertTrue(a.objective() <= bound + TOL, () -> a.direction() + ": objective " + a.objective()
                    + " above the slack's bound " + bound);
            assertTrue(a.objective() >= optimum - TOL, () -> a.direction() + ": objective " + a.objective()
                    + " below the optimum " + optimum);
            assertTrue(a.gapToOptimum() <= within + TOL, () -> a.direction() + ": gap " + a.gapToOptimum());
        }
        for (int i = 0; i < plans.size(); i++) {
            for (int j = 0; j < i; j++) {
                double d = Alternatives.distance(plans.get(i).investments(), plans.get(j).investments());
                int at = i;
                int with = j;
                assertTrue(d >= Alternatives.DISTINCT_SHARE, () -> "plans " + at + " and " + with + " differ by " + d);
            }
        }
    }
}

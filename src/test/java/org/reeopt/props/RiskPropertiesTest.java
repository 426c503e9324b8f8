package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.RiskSummary;
import org.reeopt.scenario.ExportRestriction;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.RiskScenario;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.solve.SolveStatus;

/**
 * Properties of the robust plan on random tiny scenarios ({@link TinyScenarios}) with random risk futures: 2-3
 * futures of random probability, each with 0-2 export restrictions on a random product stage, years and allowed
 * share, and optionally a stockpile of a random product (a first-stage decision whose value depends on the future).
 * Every model stays an LP (no supply agreements), and with no targets or supply limits every future is feasible
 * (unmet requirement becomes shortfall).
 */
class RiskPropertiesTest {
    private static final SourceRef GENERATED = new SourceRef("generated", 0, "", "");

    /** One restriction: stage index (mod the number of stages), first-year offset, length, allowed share. */
    record RestrictionSpec(int stage, int fromOffset, int years, double allowedShare) {
    }

    record FutureSpec(double weight, List<RestrictionSpec> restrictions) {
    }

    /** A stockpile of the product at (stage, material) indices; price and holding USD/kg; size vs requirement. */
    record StockSpec(int stage, int material, double priceUsdPerKg, double holdingUsdPerKg, double sizeOfRequirement) {
    }

    record RiskSpec(List<FutureSpec> futures, List<StockSpec> stockpiles, double shortfallWeight) {
    }

    record Case(TinyScenarios.Spec spec, RiskSpec risk) {
        Scenario toScenario() {
            Scenario base = spec.toScenario();
            int years = spec.shape().years();
            int stages = spec.shape().stages();
            List<RiskScenario> futures = new ArrayList<>();
            double total = risk.futures().stream().mapToDouble(FutureSpec::weight).sum();
            double assigned = 0;
            for (int k = 0; k < risk.futures().size(); k++) {
                FutureSpec f = risk.futures().get(k);
                // the last probability takes the rounding remainder so that they add up to 1
                double p = k == risk.futures().size() - 1 ? 1.0 - assigned : f.weight() / total;
                assigned += p;
                List<ExportRestriction> restrictions = new ArrayList<>();
                for (RestrictionSpec r : f.restrictions()) {
                    int from = TinyScenarios.FIRST_YEAR + Math.floorMod(r.fromOffset(), years);
                    int to = Math.min(TinyScenarios.FIRST_YEAR + years - 1, from + r.years() - 1);
                    restrictions.add(new ExportRestriction("r" + restrictions.size(),
                            Set.of("s" + Math.floorMod(r.stage(), stages)), Set.of(), from, to, r.allowedShare(),
                            GENERATED));
                }
                futures.add(new RiskScenario("future-" + k, p, restrictions, ""));
            }
            List<Stockpile> stockpiles = new ArrayList<>();
            List<Product> products = base.chain().products();
            double demand0 = spec.demand().get(0);
            var content = base.chain().embodiedContent(base.chain().finalProduct().key());
            for (StockSpec st : risk.stockpiles()) {
                Product p = products.get(Math.floorMod(st.stage() * 2 + st.material(), products.size()));
                if (stockpiles.stream().anyMatch(x -> x.product().equals(p.key()))) {
                    continue;
                }
                double size = st.sizeOfRequirement() * demand0 * content.get(p.key());
                stockpiles.add(new Stockpile("stock-" + stockpiles.size(), p.key(), st.priceUsdPerKg(),
                        st.holdingUsdPerKg(), size, 0.0, Double.POSITIVE_INFINITY, GENERATED));
            }
            return base.withSupplyRisk(new SupplyRisk(List.of(), stockpiles, List.of(), futures,
                    SupplyRisk.Criterion.EXPECTED, risk.shortfallWeight()));
        }
    }

    private static Arbitrary<Double> share(double min, double max) {
        return Arbitraries.doubles().between(min, max).ofScale(3).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<RestrictionSpec> restriction = Combinators.combine(ints(0, 2), ints(0, 3), ints(1, 4),
                Arbitraries.oneOf(Arbitraries.just(0.0), share(0, 0.9))).as(RestrictionSpec::new);
        Arbitrary<FutureSpec> future = Combinators.combine(share(0.05, 1), restriction.list().ofMaxSize(2))
                .as(FutureSpec::new);
        Arbitrary<StockSpec> stock = Combinators.combine(ints(0, 2), ints(0, 1), share(5, 500), share(0, 10),
                share(0.05, 1.5)).as(StockSpec::new);
        Arbitrary<RiskSpec> risk = Combinators.combine(future.list().ofMinSize(2).ofMaxSize(3),
                stock.list().ofMaxSize(2), Arbitraries.oneOf(Arbitraries.just(100.0), share(0.1, 50)))
                .as(RiskSpec::new);
        return Combinators.combine(TinyScenarios.specs(), risk).as(Case::new).withoutEdgeCases();
    }

    /**
     * The robust plan (criterion expected) minimizes the expected score over every plan, and the plan that ignores
     * restrictions is one such plan (its first-stage decisions fixed, its operations adapted to each future), so its
     * expected score can never be lower. Both are read from the regret table of {@code supplyRisk.robust}.
     * Tolerance: the least-spending second solve may let each plan's objective rise by 1e-7 + 1e-7 |z|, and the table
     * rounds to 1e-6.
     */
    @Property(tries = 60)
    void theRobustPlanIsNeverWorseInExpectationThanThePlanThatIgnoresRestrictions(@ForAll("cases") Case c) {
        Scenario scenario = c.toScenario();
        RunResult r = Pipeline.run(scenario, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, r.status(), () -> "status; " + r.summary().message());
        assertTrue(r.auditPassed(), () -> "audit: " + r.summary().audit().breaches());
        ResultSummary s = r.summary();
        assertNotNull(s.supplyRisk(), "supplyRisk");
        RiskSummary.Robust robust = s.supplyRisk().robust();
        assertNotNull(robust, "supplyRisk.robust");
        assertEquals("expected", robust.criterion());
        assertEquals(c.risk().futures().size(), robust.futures().size());
        RiskSummary.PlanScores robustRow = row(robust, "robust plan");
        RiskSummary.PlanScores naiveRow = row(robust, "plan that ignores restrictions");
        double tol = 1e-5 * (1 + Math.abs(naiveRow.expectedScore()));
        assertTrue(robustRow.expectedScore() <= naiveRow.expectedScore() + tol, () -> "robust plan expected score "
                + robustRow.expectedScore() + " is worse than the plan that ignores restrictions' "
                + naiveRow.expectedScore() + "; table " + robust.regret());
        // the reported objective is the robust plan's expected score
        assertEquals(s.objective(), robustRow.expectedScore(), tol, "objective vs expected score of the robust plan");
        // regret is never negative, and the expected regrets differ as the expected scores do
        for (RiskSummary.PlanScores row : robust.regret()) {
            row.regretByFuture().values().forEach(v -> assertTrue(v >= 0, () -> "negative regret in " + row));
        }
        if (robustRow.regretByFuture().size() == c.risk().futures().size()) {
            assertEquals(naiveRow.expectedScore() - robustRow.expectedScore(),
                    naiveRow.expectedRegret() - robustRow.expectedRegret(), tol, "regret vs score differences");
        }
    }

    private static RiskSummary.PlanScores row(RiskSummary.Robust robust, String plan) {
        return robust.regret().stream().filter(r -> r.plan().equals(plan)).findFirst()
                .orElseThrow(() -> new AssertionError("no row \"" + plan + "\" in " + robust.regret()
                        + "; note: " + robust.note()));
    }
}

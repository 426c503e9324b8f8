package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.StressResult;
import org.reeopt.study.StressStudy;

/**
 * The stress-set range of every key year contains the base, whatever the variants give (some without a plan): the
 * least is at most and the greatest at least the base; the worst variants reach the greatest and lie above the
 * base; the most damaging variant has the highest average; each conclusion counts every variant once.
 */
class StressRangePropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /** A result over {@code firstYear}.. with these shares; {@code null} shares: no plan (infeasible). */
    static ResultSummary result(String name, int firstYear, List<Double> shares) {
        Map<String, Object> r = new HashMap<>();
        r.put("scenario", name);
        List<Integer> years = new ArrayList<>();
        Map<String, Double> endToEnd = new LinkedHashMap<>();
        for (int i = 0; i < (shares == null ? 6 : shares.size()); i++) {
            years.add(firstYear + i);
            if (shares != null) {
                endToEnd.put(Integer.toString(firstYear + i), shares.get(i));
            }
        }
        r.put("status", shares == null ? "INFEASIBLE" : "OPTIMAL");
        r.put("spentBillionUsd", shares == null ? null : 1.0);
        r.put("budgetBillionUsd", 1.0);
        r.put("years", years);
        r.put("endToEndDependency", endToEnd);
        return MAPPER.convertValue(r, ResultSummary.class);
    }

    record Case(List<Double> base, List<List<Double>> variants) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> share = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(0.0, 0.0004, 1.0));
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 12);
        return length.flatMap(n -> {
            Arbitrary<List<Double>> trajectory = share.list().ofSize(n);
            Arbitrary<List<Double>> maybe = Arbitraries.oneOf(trajectory, trajectory, trajectory,
                    Arbitraries.just(null));
            return Combinators.combine(trajectory, maybe.list().ofMinSize(1).ofMaxSize(12)).as(Case::new);
        });
    }

    @Property(tries = 300)
    void theRangeOfEveryKeyYearContainsTheBase(@ForAll("cases") Case c) {
        ResultSummary base = result("base", 2026, c.base());
        List<StressResult.Variant> variants = new ArrayList<>();
        for (int i = 0; i < c.variants().size(); i++) {
            List<Double> shares = c.variants().get(i);
            variants.add(new StressResult.Variant("v" + i + ".json", "v" + i, "",
                    result("v" + i, 2026, shares)));
        }
        StressResult r = StressStudy.assemble("base", "set", base, variants);
        assertTrue(r.keyYears().contains(r.headlineYear()));
        for (StressResult.YearRange y : r.ranges()) {
            double b = c.base().get(y.year() - 2026);
            assertEquals(b, y.base());
            assertTrue(y.min() <= b && b <= y.max(), () -> "range " + y);
            for (String worst : y.worst()) {
                List<Double> shares = c.variants().get(Integer.parseInt(worst.substring(1)));
                double w = shares.get(y.year() - 2026);
                assertEquals(y.max(), w, 1e-12, "a worst variant reaches the greatest");
                assertTrue(w > b, "and lies above the base");
            }
            for (List<Double> shares : c.variants()) {
                if (shares != null) {
                    double v = shares.get(y.year() - 2026);
                    assertTrue(y.min() <= v && v <= y.max(), () -> "variant outside the range " + y);
                }
            }
        }
        for (StressResult.Conclusion conclusion : r.conclusions()) {
            assertEquals(variants.size(), conclusion.holdsIn() + conclusion.failsIn().size(), conclusion.toString());
        }
        double baseAverage = c.base().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (r.mostDamaging() != null) {
            List<Double> worst = c.variants().get(Integer.parseInt(r.mostDamaging().substring(1)));
            double worstAverage = worst.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertTrue(worstAverage > baseAverage);
            c.variants().stream().filter(java.util.Objects::nonNull).forEach(v -> assertTrue(
                    v.stream().mapToDouble(Double::doubleValue).average().orElseThrow() <= worstAverage + 1e-9));
        } else {
            c.variants().stream().filter(java.util.Objects::nonNull).forEach(v -> assertTrue(
                    v.stream().mapToDouble(Double::doubleValue).average().orElseThrow() <= baseAverage + 1e-9));
        }
    }
}

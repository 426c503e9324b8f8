package org.reeopt.testsupport;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.reeopt.testsupport.RandomScenario.Chain;
import org.reeopt.testsupport.RandomScenario.Existing;
import org.reeopt.testsupport.RandomScenario.Goal;
import org.reeopt.testsupport.RandomScenario.Limit;
import org.reeopt.testsupport.RandomScenario.Money;
import org.reeopt.testsupport.RandomScenario.Option;
import org.reeopt.testsupport.RandomScenario.Restriction;
import org.reeopt.testsupport.RandomScenario.Risk;
import org.reeopt.testsupport.RandomScenario.Shape;
import org.reeopt.testsupport.RandomScenario.Shares;
import org.reeopt.testsupport.RandomScenario.StockpileSpec;
import org.reeopt.testsupport.RandomScenario.SupplyCap;
import org.reeopt.testsupport.RandomScenario.Target;

/**
 * jqwik arbitraries of {@link RandomScenario}: materials, stages, lumpy and divisible options (production,
 * recycling, substitutes), lead times, funding windows, budgets and annual caps, build limits (some below one unit of
 * an option), allied shares, targets (some infeasible), cost mode, and sometimes export restrictions, stockpiles and
 * supply limits. Lists shrink towards empty and numbers towards their lower bound, so a failure shrinks to a small
 * scenario.
 */
public final class RandomScenarios {
    private RandomScenarios() {
    }

    private static Arbitrary<Double> between(double min, double max) {
        return Arbitraries.doubles().between(min, max).ofScale(3).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /** Zero with weight {@code zeroWeight} (of 10), else a number in [min, max]. */
    private static Arbitrary<Double> zeroOr(int zeroWeight, double min, double max) {
        return Arbitraries.frequencyOf(Tuple.of(zeroWeight, Arbitraries.just(0.0)),
                Tuple.of(10 - zeroWeight, between(min, max)));
    }

    private static Arbitrary<Boolean> chance(int trueWeight) {
        return Arbitraries.frequencyOf(Tuple.of(10 - trueWeight, Arbitraries.just(false)),
                Tuple.of(trueWeight, Arbitraries.just(true)));
    }

    /** A list that is empty with weight {@code emptyWeight} (of 10), else 1 to {@code max} elements. */
    private static <T> Arbitrary<List<T>> sometimes(int emptyWeight, Arbitrary<T> element, int max) {
        return Arbitraries.frequencyOf(Tuple.of(emptyWeight, Arbitraries.just(List.<T>of())),
                Tuple.of(10 - emptyWeight, element.list().ofMinSize(1).ofMaxSize(max)));
    }

    static Arbitrary<Shape> shapes() {
        return Combinators.combine(ints(1, 5), ints(1, 3), ints(1, 2)).as(Shape::new);
    }

    static Arbitrary<Chain> chains(Shape shape) {
        return Combinators.combine(between(100, 5000).list().ofSize(shape.years()),
                between(0.05, 0.6).list().ofSize(2), between(1, 1.4).list().ofSize(2),
                zeroOr(3, 0.05, 0.4).list().ofSize(shape.years()), zeroOr(5, 0.05, 0.3),
                zeroOr(2, 0.1, 1.2).list().ofMinSize(1).ofMaxSize(5)).as(Chain::new);
    }

    static Arbitrary<Existing> existing() {
        return Combinators.combine(ints(0, 2), ints(0, 1), Arbitraries.of(false, true), between(0, 1.2),
                between(0.1, 1), Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, ints(1, 4))))
                .as(Existing::new);
    }

    static Arbitrary<Option> options() {
        Arbitrary<Shares> shares = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(1.0)), Tuple.of(4, between(0.2, 1))),
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(1.0)), Tuple.of(4, between(0.2, 1))),
                zeroOr(8, 1, 30)).as(Shares::new);
        return Combinators.combine(ints(0, 9), chance(3), ints(0, 2), ints(0, 1), chance(5),
                between(0.05, 1), between(5, 400), ints(0, 4)).flatAs((kind, ally, stage, material, lumpy, size,
                        capex, lead) -> Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, ints(1, 4))),
                        ints(0, 4), between(0.3, 3), shares).as((earliest, window, maxUnits, s) ->
                        new Option(kind, ally, stage, material, lumpy, size, capex, lead, earliest, window, maxUnits,
                                s)));
    }

    static Arbitrary<Limit> limits() {
        return Combinators.combine(ints(0, 5), between(0.2, 2.5)).as(Limit::new);
    }

    static Arbitrary<Money> money() {
        return Combinators.combine(between(0, 1), zeroOr(6, 0.005, 0.3)).as(Money::new);
    }

    static Arbitrary<Goal> goals() {
        Arbitrary<Target> target = Combinators.combine(ints(0, 3), ints(0, 4), between(0, 1)).as(Target::new);
        return Combinators.combine(chance(3), sometimes(6, target, 2), zeroOr(7, 0.1, 1)).as(Goal::new);
    }

    static Arbitrary<Risk> risks() {
        Arbitrary<Restriction> restriction = Combinators.combine(ints(0, 2), ints(0, 4), between(0, 0.8))
                .as(Restriction::new);
        Arbitrary<StockpileSpec> stockpile = Combinators.combine(ints(0, 2), ints(0, 1), between(5, 200),
                between(0, 10), between(0.05, 1)).as(StockpileSpec::new);
        Arbitrary<SupplyCap> cap = Combinators.combine(ints(0, 2), ints(0, 1), between(0, 1.5)).as(SupplyCap::new);
        return Combinators.combine(sometimes(8, restriction, 1), sometimes(8, stockpile, 1), sometimes(9, cap, 1))
                .as(Risk::new);
    }

    /** Random valid scenarios. */
    public static Arbitrary<RandomScenario> scenarios() {
        return shapes().flatMap(shape -> Combinators.combine(chains(shape), existing().list().ofMaxSize(3),
                        options().list().ofMinSize(1).ofMaxSize(5), sometimes(5, limits(), 2), money(), goals(),
                        risks())
                .as((chain, existing, options, limits, money, goal, risk) ->
                        new RandomScenario(shape, chain, existing, options, limits, money, goal, risk)))
                // edge cases compound across the many numbers of a scenario (every number at its minimum); the
                // interesting corners (no cap, ally, lumpy, zero shares) are drawn with explicit frequencies
                .withoutEdgeCases();
    }
}

package org.reeopt.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.reeopt.results.Financials;
import org.reeopt.results.Plan;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Scenario;

/**
 * The commissioning queue of a plan held fixed in a drawn scenario (docs/formulation.md, "Uncertainty", fixed plan):
 * drawn lead times can bunch the plan's plants into one first output year beyond a build limit; the excess waits.
 * Year by year in ascending order, per (nation, stage) with a build limit, the builds coming online that year (first
 * output year {@link InvestmentOption#firstOutputYear} of their current funding year, nameplate
 * {@code totalOutputTonnesPerYearPerUnit × units}, thrifting excluded, as InvestmentRows.buildLimits counts them;
 * the least limit when several apply) are taken in a fixed order: earlier ORIGINAL funding year first (the longest
 * waiting), then the scenario's option order, then the plan's order. What fits under the limit comes online; the rest
 * is re-expressed as funded one year later (same option, same units) and counted again the next year. A divisible
 * build is split at the limit; a lumpy one only into whole units (a unit is a plant). A build pushed to a funding year
 * without a column (no output within the horizon, outside the option's funding window, or capex paid after the last
 * year) produces nothing and is dropped with its capex spent. The payment does not move: {@link #capexCorrection}
 * gives what to add to the evaluated plan's spending so that capex stays at the original funding years.
 */
final class CommissioningQueue {
    /** New nameplate above a limit by less than this (t/yr, relative to the limit, at least 1) waits for nothing. */
    static final double RELATIVE_TOLERANCE = 1e-7;

    /** A build's part the queue moved: from its original funding year to {@code fundingYear}, its column or none. */
    record Move(String option, int originalFundingYear, int fundingYear, double units, boolean dropped) {
        int years() {
            return fundingYear - originalFundingYear;
        }
    }

    /**
     * The plan's builds as evaluated ({@code held}, moved ones at their later funding year), those without a column
     * at their original funding year ({@code dropped}: no output, capex spent, as before the queue), and what the
     * queue moved (a move to a year without a column is not in {@code held}: its capex is in
     * {@link #capexCorrection}).
     */
    record Queued(List<Plan.Build> held, List<Plan.Build> dropped, List<Move> moves) {
        Queued {
            held = List.copyOf(held);
            dropped = List.copyOf(dropped);
            moves = List.copyOf(moves);
        }

        /** What the queue did to the draw, or null when it moved nothing. */
        DrawOutcome.Queue summary() {
            if (moves.isEmpty()) {
                return null;
            }
            double units = moves.stream().mapToDouble(Move::units).sum();
            double unitYears = moves.stream().filter(m -> !m.dropped()).mapToDouble(m -> m.units() * m.years()).sum();
            double droppedUnits = moves.stream().filter(Move::dropped).mapToDouble(Move::units).sum();
            int max = moves.stream().mapToInt(Move::years).max().orElse(0);
            return new DrawOutcome.Queue(units, unitYears, max, droppedUnits);
        }
    }

    /** One part of a build in the queue. */
    private static final class Item {
        final InvestmentOption option;
        final int optionIndex;
        final int planIndex;
        final int originalFundingYear;
        int fundingYear;
        double units;

        Item(InvestmentOption option, int optionIndex, int planIndex, int originalFundingYear, int fundingYear,
             double units) {
            this.option = option;
            this.optionIndex = optionIndex;
            this.planIndex = planIndex;
            this.originalFundingYear = originalFundingYear;
            this.fundingYear = fundingYear;
            this.units = units;
        }
    }

    private CommissioningQueue() {
    }

    /** The queue of {@code builds} (a plan's, in its order) in {@code drawn}. */
    static Queued of(Scenario drawn, List<Plan.Build> builds) {
        List<Plan.Build> held = new ArrayList<>();
        List<Plan.Build> dropped = new ArrayList<>();
        Map<String, List<Item>> queued = new LinkedHashMap<>();
        List<InvestmentOption> options = drawn.options();
        for (int i = 0; i < builds.size(); i++) {
            Plan.Build b = builds.get(i);
            Optional<InvestmentOption> o = drawn.option(b.option());
            if (o.isEmpty()) {
                held.add(b); // an unknown option is reported by the evaluation, naming the plan's file
            } else if (!o.get().fundingYearsWithin(drawn.horizon()).contains(b.fundingYear())) {
                dropped.add(b);
            } else if (b.units() > 0 && o.get().kind() != OptionKind.THRIFTING
                    && hasLimit(drawn, o.get().nation(), o.get().stage())) {
                queued.computeIfAbsent(key(o.get().nation(), o.get().stage()), k -> new ArrayList<>()).add(
                        new Item(o.get(), options.indexOf(o.get()), i, b.fundingYear(), b.fundingYear(), b.units()));
            } else {
                held.add(b);
            }
        }
        List<Move> moves = new ArrayList<>();
        for (List<Item> items : queued.values()) {
            InvestmentOption first = items.get(0).option;
            List<Item> all = queue(drawn, first.nation(), first.stage(), items);
            for (Item it : all) {
                if (it.fundingYear == it.originalFundingYear) {
                    held.add(new Plan.Build(it.option.id(), it.fundingYear, it.units));
                    continue;
                }
                boolean column = it.option.fundingYearsWithin(drawn.horizon()).contains(it.fundingYear);
                if (column) {
                    held.add(new Plan.Build(it.option.id(), it.fundingYear, it.units));
                }
                moves.add(new Move(it.option.id(), it.originalFundingYear, it.fundingYear, it.units, !column));
            }
        }
        return new Queued(held, dropped, moves);
    }

    private static String key(String nation, String stage) {
        return nation + "\u0000" + stage;
    }

    private static boolean hasLimit(Scenario s, String nation, String stage) {
        return s.buildLimits().stream().anyMatch(l -> l.nation().equals(nation) && l.stage().equals(stage));
    }

    /** The items of one (nation, stage) after the queue, split parts included. */
    private static List<Item> queue(Scenario s, String nation, String stage, List<Item> items) {
        List<BuildLimit> limits = s.buildLimits().stream().filter(l -> l.nation().equals(nation)
                && l.stage().equals(stage)).toList();
        List<Item> all = new ArrayList<>(items);
        Comparator<Item> order = Comparator.<Item>comparingInt(it -> it.originalFundingYear)
                .thenComparingInt(it -> it.optionIndex).thenComparingInt(it -> it.planIndex);
        for (int t : s.horizon().years()) {
            int year = t;
            OptionalDouble max = limits.stream().filter(l -> l.appliesIn(year))
                    .mapToDouble(BuildLimit::maxNewCapacityTonnesPerYear).min();
            if (max.isEmpty()) {
                continue;
            }
            double limit = max.getAsDouble();
            double tolerance = RELATIVE_TOLERANCE * Math.max(1.0, limit);
            List<Item> online = all.stream().filter(it -> it.option.firstOutputYear(it.fundingYear) == year)
                    .sorted(order).toList();
            double used = 0;
            for (Item it : online) {
                double perUnit = it.option.totalOutputTonnesPerYearPerUnit();
                if (used + it.units * perUnit <= limit + tolerance) {
                    used += it.units * perUnit;
                    continue;
                }
                double room = Math.max(0.0, limit - used) / perUnit;
                double stay = it.option.lumpy() ? Math.floor(room + 1e-9) : room;
                stay = Math.min(stay, it.units);
                if (stay > 0) {
                    all.add(new Item(it.option, it.optionIndex, it.planIndex, it.originalFundingYear, it.fundingYear,
                            stay));
                    it.units -= stay;
                    used += stay * perUnit;
                }
                it.fundingYear++;
            }
        }
        return all;
    }

    /**
     * What to add to the spending of the plan as evaluated (moved builds at their later funding years) so that capex
     * is paid at the original funding years, by year, billion USD: the payment does not wait. A move without a
     * column adds its capex alone (it produces nothing, so earns no production subsidy). Production subsidies of the
     * others follow output and stay as evaluated.
     */
    static Map<Integer, Double> capexCorrection(Scenario drawn, List<Move> moves) {
        Map<Integer, Double> out = new TreeMap<>();
        for (Move m : moves) {
            InvestmentOption o = drawn.option(m.option()).orElseThrow();
            double capex = Financials.financedByInstruments(drawn, o) ? 0.0 : o.capexBillionUsdPerUnit();
            for (int k = 0; k < o.capexProfile().size(); k++) {
                double amount = m.units() * capex * o.capexShareInYear(k);
                if (amount != 0) {
                    out.merge(m.originalFundingYear() + k, amount, Double::sum);
                    if (!m.dropped()) {
                        out.merge(m.fundingYear() + k, -amount, Double::sum);
                    }
                }
            }
        }
        return out;
    }
}

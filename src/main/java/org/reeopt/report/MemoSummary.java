package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Trajectory;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.StressResult;
import org.reeopt.study.SweepResult;
import org.reeopt.study.UncertaintyResult;

/**
 * The one-page summary at the top of every report, and the whole of summary.md: the question, the answer (with its
 * range where a stress set or uncertainty results supply one), the three numbers a memo needs and one chart. Built
 * from the same result as the rest of the report, as blocks of the same {@link Memo}, so every renderer shows it.
 *
 * @param question the question the run answers, in the planner's words
 * @param answer   the answer in one or two sentences, every figure from the result
 * @param range    the answer's range across a set of runs, or null when none was computed
 * @param numbers  the key figures (three, fewer when there is no plan)
 * @param chart    the chart shown (file name without extension), or null
 * @param caption  that chart's caption
 */
public record MemoSummary(String question, String answer, AnswerRange range, List<KeyNumber> numbers, String chart,
                          String caption) {

    /** The heading of the summary page. */
    static final String HEADING = "At a glance";

    /** One key figure: what it is, and its value with unit. */
    public record KeyNumber(String label, String value) {
    }

    /**
     * The range of the answer's figure (end-to-end dependency in {@code year}) across other runs of the same question,
     * e.g. the stress variants or the uncertainty draws: {@code basis} says which ("across the 7 stress variants",
     * "5th to 95th percentile of 200 draws"). The stress and uncertainty commands supply it; nothing here invents one.
     */
    public record AnswerRange(int year, double lowShare, double highShare, String basis) {
        String sentence() {
            return "Range of end-to-end dependency in " + year + ": " + Numbers.percent(lowShare) + " to "
                    + Numbers.percent(highShare) + " (" + basis + ").";
        }
    }

    /** The same summary with {@code range} given (null for none). */
    public MemoSummary withRange(AnswerRange range) {
        return new MemoSummary(question, answer, range, numbers, chart, caption);
    }

    /** The summary as memo blocks: heading, question, answer, key figures, chart; a page break after it. */
    Memo memo() {
        Memo memo = new Memo().heading(2, HEADING).paragraph("Question: " + question)
                .paragraph("Answer: " + answer + (range == null ? "" : " " + range.sentence()));
        if (!numbers.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            numbers.forEach(n -> rows.add(List.of(n.label(), n.value())));
            memo.table(List.of("Key figure", "Value"), rows);
        }
        if (chart != null) {
            memo.chart(chart, caption);
        }
        return memo.pageBreak();
    }

    /** summary.md: the summary alone, under the report's title. */
    String markdown(String title) {
        return new Memo().heading(1, title).append(memo()).markdown();
    }

    /** The summary of one solve. */
    static MemoSummary of(ResultSummary r, View view) {
        String budget = r.minimizesCost() ? "the least-cost plan that meets the targets"
                : r.budgetBillionUsd() == null ? "an unlimited budget" : "a budget of " + money(r.budgetBillionUsd());
        List<Integer> years = r.years();
        String question = "How far does " + budget + " cut the China dependency of " + r.planningNation()
                + " magnet supply over " + years.get(0) + "-" + years.get(years.size() - 1) + ", and what does it fund?";
        if (r.spentBillionUsd() == null) {
            return new MemoSummary(question, "No plan was found (status " + r.status() + "): " + r.message() + ".",
                    null, List.of(), null, null);
        }
        Trajectory path = Trajectory.of(r.endToEndDependency(), years);
        String answer = "For " + money(r.spentBillionUsd()) + " spent, end-to-end China dependency of "
                + r.planningNation() + " magnet supply is " + (path == null ? "not defined in every year"
                : Numbers.trajectory(path)) + ".";
        List<Integer> shown = Numbers.shownYears(r, view.years());
        int last = shown.get(shown.size() - 1);
        String year = Integer.toString(last);
        List<KeyNumber> numbers = new ArrayList<>();
        numbers.add(new KeyNumber("Spent" + (r.budgetBillionUsd() == null ? "" : " (budget "
                + money(r.budgetBillionUsd()) + ")"), money(r.spentBillionUsd())));
        numbers.add(new KeyNumber("End-to-end dependency in " + year, Numbers.percent(r.endToEndDependency().get(year))));
        String worst = null;
        double worstShare = -1;
        for (String stage : r.stages()) {
            Double d = r.stageDependency().getOrDefault(stage, Map.of()).get(year);
            if (d != null && d > worstShare) {
                worst = stage;
                worstShare = d;
            }
        }
        if (worst != null) {
            numbers.add(new KeyNumber("Most China-dependent stage in " + year, worstShare
                    < org.reeopt.study.StressStudy.CHINA_FREE_SHARE ? "none: " + noStageFrom(r, last)
                    : worst + ", " + Numbers.percent(worstShare)));
        }
        return new MemoSummary(question, answer, null, numbers, "dependency",
                "China dependency by stage, end-to-end first (percent of requirement)");
    }

    /** The caption of the stress band chart, under the stress report's summary and in the report. */
    static final String STRESS_CAPTION = "End-to-end dependency of the base, and the band from least to greatest over "
            + "the stress set";

    /**
     * The summary of a stress test: the base's question, answer and key figures, with the stress-set range of
     * end-to-end dependency in the headline year (the stress report's own headline), which variant reaches the
     * greatest, and the band chart. Everything comes from {@code stress.json}, so a re-render gives the same bytes.
     */
    static MemoSummary of(StressResult stress, View view) {
        MemoSummary base = of(stress.base(), view);
        if (stress.base().spentBillionUsd() == null) {
            return base;
        }
        StressResult.YearRange y = stress.ranges().stream().filter(r -> r.year() == stress.headlineYear())
                .findFirst().orElse(null);
        String year = Integer.toString(stress.headlineYear());
        long withValue = stress.variants().stream().filter(v -> v.result().endToEndDependency().get(year) != null)
                .count();
        AnswerRange range = y == null || y.min() == null ? null : new AnswerRange(y.year(), y.min(), y.max(),
                "least and greatest over the base and the " + withValue + " of " + stress.variants().size()
                        + " variants of stress set " + stress.stressSet() + " with a plan; greatest: "
                        + (y.worst().isEmpty() ? "no variant above the base" : String.join(", ", y.worst())));
        return new MemoSummary(base.question(), base.answer(), range, base.numbers(), "stress", STRESS_CAPTION);
    }

    /** The caption of the uncertainty fan chart, under the uncertainty report's summary and in the report. */
    static final String FAN_CAPTION = "End-to-end China dependency by year: P10 to P90 band and P50 line of each "
            + "mode, and the deterministic plan";

    /**
     * The summary of an uncertainty study: the deterministic plan's end-to-end dependency in the summary year with its
     * P10 to P90 range over the finished draws, in the fixed-plan mode where it was run (else re-optimized), and the
     * fan chart. Every figure is one that {@code uncertainty.json} holds (the deterministic plan, the quantiles of
     * each mode, the number of finished draws), so a re-render from it gives the same bytes.
     */
    static MemoSummary of(UncertaintyResult r) {
        int year = UncertaintyReport.summaryYear(r);
        int draws = r.finished().size();
        String question = "How sure is the end-to-end China dependency of " + r.scenario() + " in " + year
                + ", given its " + r.inputs().size() + " uncertain input" + (r.inputs().size() == 1 ? "" : "s") + "?";
        MonteCarlo.Mode mode = r.modes().containsKey(MonteCarlo.Mode.FIXED_PLAN) ? MonteCarlo.Mode.FIXED_PLAN
                : r.modes().keySet().iterator().next();
        UncertaintyResult.ModeSummary m = r.modes().get(mode);
        Quantiles q = m.endToEnd().get(year);
        List<KeyNumber> numbers = new ArrayList<>();
        String answer;
        if (r.base().failed()) {
            answer = "With every input at its base value there is no plan.";
        } else {
            answer = "With every input at its base value, end-to-end dependency in " + year + " is "
                    + Numbers.percent(r.base().endToEnd().get(year)) + " for " + money(r.base().spentBillionUsd())
                    + " spent.";
            numbers.add(new KeyNumber("End-to-end dependency in " + year + ", inputs at base",
                    Numbers.percent(r.base().endToEnd().get(year))));
        }
        boolean ranged = q != null && Double.isFinite(q.p10()) && Double.isFinite(q.p90());
        AnswerRange range = !ranged ? null : new AnswerRange(year, q.p10(), q.p90(), String.format(Locale.ROOT,
                "P10 to P90 of %,d draws, %s%s%s", draws - m.failed(), mode.words(), m.failed() == 0 ? ""
                        : String.format(Locale.ROOT, "; %,d of %,d draws without a plan left out", m.failed(), draws),
                m.queuedDraws() == 0 ? "" : String.format(Locale.ROOT, "; in %,d the build limits delayed plants "
                        + "(commissioning queue)", m.queuedDraws())));
        if (!ranged) {
            answer += String.format(Locale.ROOT, " No draw of %,d has a plan (%s), so there is no range.", draws,
                    mode.words());
        } else {
            numbers.add(new KeyNumber("P50 in " + year + ", " + mode.words(), Numbers.percent(q.p50())));
        }
        for (Map.Entry<MonteCarlo.Mode, UncertaintyResult.ModeSummary> other : r.modes().entrySet()) {
            Quantiles o = other.getValue().endToEnd().get(year);
            if (other.getKey() != mode && o != null && Double.isFinite(o.p10())) {
                numbers.add(new KeyNumber("P10 to P90 in " + year + ", " + other.getKey().words(),
                        Numbers.percent(o.p10()) + " to " + Numbers.percent(o.p90())));
            }
        }
        return new MemoSummary(question, answer, range, numbers, "fan", FAN_CAPTION);
    }

    /**
     * "no stage depends on China in 2040", or "... from 2029 on" when {@code year} is the horizon's last and every
     * stage is China-free (below 0.05%, printed 0.0%) in every year from 2029 on; {@code year} is China-free at every
     * stage.
     */
    private static String noStageFrom(ResultSummary r, int year) {
        List<Integer> years = r.years();
        int from = year;
        boolean lastYear = years.indexOf(year) == years.size() - 1;
        for (int i = years.indexOf(year) - 1; lastYear && i >= 0; i--) {
            String y = Integer.toString(years.get(i));
            boolean free = r.stages().stream().allMatch(stage -> {
                Double d = r.stageDependency().getOrDefault(stage, Map.of()).get(y);
                return d != null && d < org.reeopt.study.StressStudy.CHINA_FREE_SHARE;
            });
            if (!free) {
                break;
            }
            from = years.get(i);
        }
        return "no stage depends on China " + (from == year ? "in " + year : "from " + from + " on");
    }

    /** The summary of a budget sweep (frontier) or a target sweep (cost curve). */
    static MemoSummary of(SweepResult sweep) {
        List<SweepResult.Point> points = sweep.points();
        boolean budgets = points.stream().allMatch(p -> p.budgetBillionUsd() != null);
        List<Integer> years = sweep.keyYears();
        String year = Integer.toString(years.get(years.size() - 1));
        if (!budgets) {
            List<SweepResult.Point> solved = points.stream().filter(p -> p.spentBillionUsd() != null).toList();
            String question = "What is the least cost of each target level for " + sweep.scenario() + "? Swept: "
                    + sweep.mode() + ".";
            List<KeyNumber> numbers = new ArrayList<>();
            String answer;
            if (solved.isEmpty()) {
                answer = "No target level can be met.";
            } else {
                SweepResult.Point low = solved.get(0);
                SweepResult.Point high = solved.get(solved.size() - 1);
                answer = "The least cost is " + money(low.spentBillionUsd()) + " at a target of "
                        + Numbers.percent(low.targetShare()) + (solved.size() > 1 ? " and " + money(high.spentBillionUsd())
                        + " at " + Numbers.percent(high.targetShare()) : "") + ".";
                numbers.add(new KeyNumber("Least cost at " + Numbers.percent(low.targetShare()),
                        money(low.spentBillionUsd())));
                numbers.add(new KeyNumber("Least cost at " + Numbers.percent(high.targetShare()),
                        money(high.spentBillionUsd())));
            }
            long unmet = points.size() - solved.size();
            numbers.add(new KeyNumber("Target levels no plan meets", unmet + " of " + points.size()));
            if (unmet > 0 && !solved.isEmpty()) {
                answer += " " + unmet + " of " + points.size() + " levels cannot be met at any cost.";
            }
            return new MemoSummary(question, answer, null, numbers, solved.isEmpty() ? null : "cost-curve",
                    "Least cost of each target level (billion USD)");
        }
        SweepResult.Point top = points.get(points.size() - 1);
        String question = "What does each budget level from " + money(points.get(0).budgetBillionUsd()) + " to "
                + money(top.budgetBillionUsd()) + " buy against the end-to-end China dependency of " + sweep.scenario()
                + " in " + Numbers.yearRanges(years) + "?";
        List<KeyNumber> numbers = new ArrayList<>();
        SweepResult.Point knee = kneePoint(sweep);
        String answer;
        if (knee == null) {
            answer = "No knee found (the rule is under the frontier chart); at " + money(top.budgetBillionUsd())
                    + " end-to-end dependency in " + year + " is " + Numbers.percent(top.endToEndDependency().get(year))
                    + ".";
            numbers.add(new KeyNumber("Knee", "none found"));
        } else {
            answer = "Returns fall off at " + money(knee.budgetBillionUsd()) + " (the knee; the rule that finds it is "
                    + "under the frontier chart), where end-to-end dependency in " + year + " is "
                    + Numbers.percent(knee.endToEndDependency().get(year)) + "; at " + money(top.budgetBillionUsd())
                    + " it is " + Numbers.percent(top.endToEndDependency().get(year)) + ".";
            numbers.add(new KeyNumber("Knee budget", money(knee.budgetBillionUsd())));
            numbers.add(new KeyNumber("End-to-end dependency in " + year + " at the knee",
                    Numbers.percent(knee.endToEndDependency().get(year))));
        }
        numbers.add(new KeyNumber("End-to-end dependency in " + year + " at " + money(top.budgetBillionUsd()),
                Numbers.percent(top.endToEndDependency().get(year))));
        return new MemoSummary(question, answer, null, numbers, "frontier",
                "End-to-end dependency in the chosen years against budget; the knee is marked (" + sweep.kneeRule()
                        + ")");
    }

    /** The level at the knee: a swept level, else the point of the dense frontier at the knee's budget. */
    private static SweepResult.Point kneePoint(SweepResult sweep) {
        Double budget = sweep.kneeBudgetBillionUsd();
        if (budget == null) {
            return null;
        }
        List<SweepResult.Point> all = new ArrayList<>(sweep.points());
        if (sweep.frontier() != null) {
            all.addAll(sweep.frontier());
        }
        return all.stream().filter(p -> budget.equals(p.budgetBillionUsd())).findFirst().orElse(null);
    }

    /** The summary of a comparison of strategies, in the last year all of them show. */
    static MemoSummary of(List<ResultSummary> scenarios, List<Integer> years) {
        String year = Integer.toString(years.get(years.size() - 1));
        String question = "How do the " + scenarios.size() + " strategies compare on spending and end-to-end China "
                + "dependency in " + year + "?";
        List<ResultSummary> solved = scenarios.stream().filter(s -> s.spentBillionUsd() != null
                && s.endToEndDependency().get(year) != null).toList();
        if (solved.isEmpty()) {
            return new MemoSummary(question, "No strategy has a plan.", null, List.of(), null, null);
        }
        ResultSummary lowest = solved.get(0);
        ResultSummary cheapest = solved.get(0);
        for (ResultSummary s : solved) {
            lowest = s.endToEndDependency().get(year) < lowest.endToEndDependency().get(year) ? s : lowest;
            cheapest = s.spentBillionUsd() < cheapest.spentBillionUsd() ? s : cheapest;
        }
        String answer = "Lowest end-to-end dependency in " + year + ": " + describe(lowest, year) + "; least spent: "
                + describe(cheapest, year) + "." + (solved.size() < scenarios.size() ? " "
                + (scenarios.size() - solved.size()) + " of " + scenarios.size() + " strategies have no plan." : "");
        List<KeyNumber> numbers = List.of(
                new KeyNumber("Lowest end-to-end dependency in " + year, lowest.scenario() + ", "
                        + Numbers.percent(lowest.endToEndDependency().get(year))),
                new KeyNumber("Spent by " + lowest.scenario(), money(lowest.spentBillionUsd())),
                new KeyNumber("Least spent", cheapest.scenario() + ", " + money(cheapest.spentBillionUsd())));
        return new MemoSummary(question, answer, null, numbers, "cost-dependency",
                "Spending against end-to-end dependency in " + year + ", one point per strategy");
    }

    private static String describe(ResultSummary s, String year) {
        return s.scenario() + " (" + Numbers.percent(s.endToEndDependency().get(year)) + " for "
                + money(s.spentBillionUsd()) + ")";
    }

    private static String money(Double billionUsd) {
        return billionUsd == null ? "-" : "$" + Numbers.billions(billionUsd) + "B";
    }
}

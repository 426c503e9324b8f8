package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.ExportRestriction;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stage;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.Target;
import org.reeopt.solve.SolveStatus;

/**
 * Issue 14 item 6, the figures of models/README.md's prose (outside the tables and generated blocks, which
 * {@link ModelsReadmeResultsTest} and {@link GeneratedDocsTest} check): each phrase that quotes a scenario's input
 * (budgets, years, shares, tonnages, counts) or a solved fact is rebuilt here from the loaded scenario (or its solve)
 * and must appear word for word; and every number the prose writes is inside such a checked phrase, a solved figure
 * the results table carries, or a named reference (a statute, a brief section, a file name). A figure edited in the
 * data, or typed into the prose, fails this test.
 */
class ModelsReadmeInputsTest {
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};
    /** Numbers that are references, not figures: statutes, brief sections, file and scenario names, commands. */
    private static final List<String> REFERENCES = List.of("Section 232", "10 USC 4872", "§4b", "10X",
            "`export-ban-2027`", "models/export-ban-2027.json", "models/defense-2027.json", "`defense-2027`",
            "`mobilization-500b`", "--budget 0", "Option 1", "Option 2", "July 2025", "§7c", "§5c", "4–5-year",
            "2.5 years", "FY2025", "April 2025", "§7b", "DFARS 225.7018", "100–1,700 t", "MCS 2026", "1 January");
    private static String prose;
    private static String readme;
    private static final List<String> phrases = new ArrayList<>();
    private static final List<String> wrong = new ArrayList<>();

    @BeforeAll
    static void quotedPhrases() throws Exception {
        readme = Files.readString(Path.of("models/README.md"));
        prose = prose(readme);
        Scenario d = model("default");
        int first = d.horizon().firstYear();
        int last = d.horizon().lastYear();
        // demand: base(1 + g)^(year - base year) with the base year just before the horizon
        double growth = Math.pow(d.demandTonnes(last) / d.demandTonnes(first), 1.0 / (last - first));
        double base = d.demandTonnes(first) / growth;
        for (int year : d.horizon().years()) {
            double expected = base * Math.pow(growth, year - first + 1);
            check(Math.abs(d.demandTonnes(year) - expected) <= 1.0, "demand " + year + " = " + d.demandTonnes(year)
                    + " is not " + expected + " (a constant growth rate)");
        }
        check(Math.abs(Math.pow(growth, 10) - 2) < 0.05, "demand does not double in ten years: " + growth);
        quote(String.format(Locale.ROOT, "demand of %,.0f t in %d growing %.2f%%/yr (doubling in a decade",
                Math.round(base / 100) * 100.0, first - 1, (growth - 1) * 100));
        quote(String.format(Locale.ROOT, "to ~%,d t in %d", Math.round(d.demandTonnes(last) / 500) * 500, last));
        quote("the " + WORDS[d.chain().stages().size()] + "-stage chain " + String.join(" → ",
                d.chain().stages().stream().map(Stage::id).toList()) + " for NdPr and Dy/Tb");
        Map<ProductKey, Double> content = d.chain().embodiedContent(d.chain().finalProduct().key());
        quote(String.format(Locale.ROOT, "(%.2f t NdPr oxide and %.2f t Dy/Tb oxide per tonne of magnet)",
                content.get(new ProductKey("separation", "ndpr")), content.get(new ProductKey("separation", "dytb"))));
        quote("at 2025 operating levels in " + first);
        calibration();
        quote(WORDS[d.committedProjects().size()] + " projects already funded outside any new budget");
        // the brief's options are numbered "9b #n" in the notes of data/us/options.csv
        Matcher n = Pattern.compile("9b #(\\d+);").matcher(Files.readString(Path.of("data/us/options.csv")));
        java.util.Set<String> numbered = new java.util.HashSet<>();
        while (n.find()) {
            numbered.add(n.group(1));
        }
        quote("the " + numbered.size() + " investment options of the data brief");
        ObjectiveSpec o = d.objective();
        double stages = d.chain().stages().stream().mapToDouble(s -> o.stageWeight(s.id())).sum();
        check(Math.abs(o.endToEndWeight() - stages) < 1e-12 && d.chain().stages().stream()
                .allMatch(s -> o.stageWeight(s.id()) == stages / d.chain().stages().size())
                && d.horizon().years().stream().allMatch(y -> o.yearWeight(y) == o.yearWeight(first)),
                "the objective does not weigh end-to-end and the stage average equally, every year alike");
        quote("and the average of the " + WORDS[d.chain().stages().size()] + " stage dependencies equally, every "
                + "year alike");
        quote(String.format(Locale.ROOT, "(it spends less than the $%.0fB", d.budget().totalBillionUsd().getAsDouble()));
        exportBan(d);
        theRestOfTheDefaultCases(d);
        theBanSections();
        theScenarioTable(d);
    }

    /** The scenario table's second column: what each scenario assumes. */
    private static void theScenarioTable(Scenario d) {
        String budget = String.format(Locale.ROOT, "$%.0fB", d.budget().totalBillionUsd().getAsDouble());
        quote(String.format(Locale.ROOT, "%s over %d–%d, at most $%.1fB a year", budget, d.horizon().firstYear(),
                d.horizon().lastYear(), d.budget().annualCapBillionUsd().getAsDouble()));
        quote(budget + " is the supply-chain investment line");
        quote(String.format(Locale.ROOT, "no new budget ($%.0f)",
                model("status-quo").budget().totalBillionUsd().getAsDouble()));
        Scenario mob = model("mobilization-500b");
        StringBuilder ramp = new StringBuilder();
        new java.util.TreeMap<>(mob.budget().annualCapsBillionUsd()).forEach((year, cap) -> ramp.append(
                String.format(Locale.ROOT, "$%.0fB in %d, ", cap, year)));
        quote(String.format(Locale.ROOT, "$%.0fB over the horizon on an appropriations ramp (%sthen $%.0fB a year",
                mob.budget().totalBillionUsd().getAsDouble(), ramp, mob.budget().annualCapBillionUsd().getAsDouble()));
        java.util.Set<Long> shorter = new java.util.HashSet<>();
        d.options().forEach(o -> mob.options().stream().filter(q -> q.id().equals(o.id()) && o.leadTimeYears() > 0)
                .findFirst().ifPresent(q -> shorter.add(o.nation().equals("US")
                        ? Math.round((1 - q.leadTimeYears() / o.leadTimeYears()) * 100)
                        : q.leadTimeYears() == o.leadTimeYears() ? -1L : -2L)));
        shorter.remove(-1L); // non-US lead times unchanged
        check(shorter.size() == 1, "mobilization lead times: " + shorter);
        quote("so US lead times are " + shorter.iterator().next() + "% shorter");
        // US mobilization doubles the planning nation's limits; allied limits (data v2: JP magnet, VN metal) stay
        check(mob.buildLimits().size() == d.buildLimits().size() && java.util.stream.IntStream.range(0,
                d.buildLimits().size()).allMatch(i -> mob.buildLimits().get(i).maxNewCapacityTonnesPerYear()
                == (d.buildLimits().get(i).nation().equals(d.planningNation()) ? 2 : 1)
                * d.buildLimits().get(i).maxNewCapacityTonnesPerYear()), "mobilization build limits not doubled");
        quote("build-rate limits doubled");
        quote(String.format(Locale.ROOT, "what does a $%.0fB national mobilization buy that %s does not?",
                mob.budget().totalBillionUsd().getAsDouble(), budget));
        quote(String.format(Locale.ROOT, "without the $%.0fB?", mob.budget().totalBillionUsd().getAsDouble()));
        check(model("allied-network").budget().equals(d.budget()), "allied-network budget differs from default");
        quote("The default " + budget + " may fund only allied options (Japan, Australia, the EU, the UK, Vietnam, Brazil)");
        Scenario third = model("third-path");
        quote(String.format(Locale.ROOT, "(capped at %.0f%% of demand)", third.substitutionMaxShareOfDemand() * 100));
        quote(String.format(Locale.ROOT, "%.0f t/yr NdPr oxide and %.0f t/yr magnets), %s", stockpile(third,
                "separation", "ndpr").maxBuyTonnesPerYear(), stockpile(third, "magnet", "magnet").maxBuyTonnesPerYear(),
                String.format(Locale.ROOT, "$%.0fB", third.budget().totalBillionUsd().getAsDouble())));
        Scenario deal = model("china-deal");
        SupplyAgreement a = deal.supplyRisk().agreements().get(0);
        check(a.decision() == SupplyAgreement.Decision.SIGNED && a.countsAgainstBudget(), "china-deal terms");
        double total = deal.budget().totalBillionUsd().getAsDouble();
        quote(String.format(Locale.ROOT, "A %s-year agreement from %d assuring %,.0f t/yr of magnets and %.0f t/yr of "
                        + "Dy/Tb oxide", WORDS[a.termYears()], a.firstYear(), a.assuredTonnesPerYear().get(
                        new ProductKey("magnet", "magnet")), a.assuredTonnesPerYear().get(new ProductKey("separation",
                        "dytb"))));
        quote(String.format(Locale.ROOT, "for a %.0f B$ concession counted against the $%.0fB budget (signed by the "
                + "scenario); the other $%.0fB builds at home", a.concessionCostBillionUsd(), total,
                total - a.concessionCostBillionUsd()));
        Scenario ban = model("export-ban-2027");
        ExportRestriction magnets = ban.supplyRisk().restrictions().stream().filter(r -> r.stages().contains("magnet"))
                .findFirst().orElseThrow();
        check(magnets.allowedShare() == 0.25, "export-ban-2027 licenses " + magnets.allowedShare() + ", not a quarter");
        quote("licenses only a quarter of the magnets the US needs (the ~" + Math.round((1 - magnets.allowedShare())
                * 100) + "% fall");
        check(ban.supplyRisk().restrictions().stream().allMatch(r -> r.fromYear() == magnets.fromYear()
                && r.toYear() >= ban.horizon().lastYear()), "export-ban-2027 restrictions do not all run to the end");
        quote("What does a heavy rare-earth ban from " + magnets.fromYear() + " do to the default scenario?");
        quote("V2), " + magnets.fromYear() + "–" + ban.horizon().lastYear() + ".");
        Scenario risk = model("ban-risk");
        List<String> futures = new ArrayList<>();
        for (var r : risk.supplyRisk().riskScenarios()) {
            int from = r.restrictions().stream().mapToInt(ExportRestriction::fromYear).min().orElse(0);
            futures.add(String.format(Locale.ROOT, "%s(%.0f%%)", r.restrictions().isEmpty() ? "no ban "
                    : r.name().startsWith("heavy") ? "the heavy-REE ban from " + from + " "
                    : "a full ban on every stage from " + from + " ", r.probability() * 100));
        }
        quote(String.format(Locale.ROOT, "A robust $%.0fB plan chosen before the future is known: %s, %s, or %s",
                risk.budget().totalBillionUsd().getAsDouble(), futures.get(0), futures.get(1), futures.get(2)));
        SupplyAgreement optional = risk.supplyRisk().agreements().get(0);
        check(optional.decision() == SupplyAgreement.Decision.OPTIMIZE, "ban-risk's deal is not optional");
        quote("an optional " + WORDS[optional.termYears()] + "-year deal");
        Scenario defense = model("defense-2027");
        Target slice = defense.targets().stream().filter(t -> t.minChinaFreeTonnesPerYear().isPresent()).findFirst()
                .orElseThrow();
        check(slice.excludeSubstitutes(), "defense-2027 counts substitutes");
        quote("requirement be met from " + slice.fromYear() + "?");
        quote("From 1 January " + slice.fromYear() + " magnets");
        quote(String.format(Locale.ROOT, "at least %.0f t/yr of US magnet demand to be met by rare-earth magnets from a "
                + "China-free chain from %d (substitutes excluded)", slice.minChinaFreeTonnesPerYear().getAsDouble(),
                slice.fromYear()));
        quote(String.format(Locale.ROOT, "National Defense Stockpile plans %.0f t of magnet block",
                stockpile(third, "magnet", "magnet").maxBuyTonnesPerYear()));
        check(defense.budget().equals(d.budget()), "defense-2027 budget differs from default");
        quote("Same " + budget + " as `default`");
    }

    private static org.reeopt.scenario.Stockpile stockpile(Scenario s, String stage, String material) {
        return s.supplyRisk().stockpiles().stream().filter(p -> p.product().equals(new ProductKey(stage, material)))
                .findFirst().orElseThrow();
    }

    private static void calibration() {
        ResultSummary r = Pipeline.run(model("default"), RunOptions.defaults()).summary();
        String y = r.years().get(0).toString();
        Map<String, Map<String, Map<String, Double>>> stage = r.stageMaterialDependency();
        Matcher m = Pattern.compile("magnets ~(\\d+)% Chinese, NdPr separation ~(\\d+)%, Dy/Tb ~(\\d+)%, no "
                + "concentrate bought from China").matcher(prose);
        if (!m.find()) {
            wrong.add("the first year's calibration figures (magnets ~N% Chinese, ...) are not in the prose");
            return;
        }
        phrases.add(m.group());
        near(m.group(1), stage.get("magnet").get("magnet").get(y), "magnet-stage dependency " + y);
        near(m.group(2), stage.get("separation").get("ndpr").get(y), "NdPr separation dependency " + y);
        near(m.group(3), stage.get("separation").get("dytb").get(y), "Dy/Tb separation dependency " + y);
        check(r.directStageMaterialDependency().get("mining").values().stream().allMatch(v -> v.get(y) == 0.0),
                "concentrate is bought from China in " + y);
    }

    /** "~86%": the share is within one point of the quoted figure. */
    private static void near(String quoted, double share, String what) {
        check(Math.abs(Integer.parseInt(quoted) - share * 100) < 1, what + " is " + share * 100 + "%, quoted ~"
                + quoted + "%");
    }

    /** The export-ban paragraph: the re-planned and the fixed default plan are both short in the first ban year only. */
    private static void exportBan(Scenario d) {
        Scenario ban = model("export-ban-2027");
        int from = ban.supplyRisk().restrictions().stream().mapToInt(ExportRestriction::fromYear).min().orElseThrow();
        ResultSummary replanned = Pipeline.run(ban, RunOptions.defaults()).summary();
        List<Integer> short_ = shortYears(replanned);
        check(!short_.isEmpty() && short_.get(0) == from && short_.get(short_.size() - 1) == from + short_.size() - 1,
                "export-ban-2027 re-planned: short in " + short_ + ", not in consecutive years from " + from);
        check(replanned.spentBillionUsd() < d.budget().totalBillionUsd().getAsDouble() - 0.005,
                "export-ban-2027 re-planned spends the whole budget");
        ResultSummary plan = Pipeline.run(d, RunOptions.defaults()).summary();
        ResultSummary fixed = Pipeline.evaluate(d, RunOptions.defaults().withRisk(Optional.of(Path.of("models",
                "export-ban-2027.json")), Optional.empty()), SavedPlan.from(plan, "plan.json")).summary();
        check(shortYears(fixed).equals(short_), "the default plan fixed under export-ban-2027: short in "
                + shortYears(fixed) + ", re-planned in " + short_);
        List<String> years = short_.stream().map(String::valueOf).toList();
        String possessive = String.join("'s and ", years) + "'s";
        quote("leaves part of " + possessive + " magnet demand unmet and none after");
        quote("also leaves only " + String.join(" and ", years) + " short: the gap is set");
    }

    /** The years with magnet demand left unmet (more than half a tonne), in order. */
    private static List<Integer> shortYears(ResultSummary r) {
        return r.supplyRisk().shortfallTonnes().entrySet().stream().filter(e -> e.getValue() > 0.5)
                .map(e -> Integer.parseInt(e.getKey())).sorted().toList();
    }

    private static void theRestOfTheDefaultCases(Scenario d) {
        Scenario mobilization = model("mobilization-500b");
        double mobilized = mobilization.budget().totalBillionUsd().getAsDouble();
        String spent = cell("mobilization-500b", "spent (B$)");
        quote(String.format(Locale.ROOT, "China-free from %d for $%sB of the %s", firstZeroYear("default"),
                cell("default", "spent (B$)"), String.format(Locale.ROOT, "$%.0fB",
                        d.budget().totalBillionUsd().getAsDouble())));
        quote(String.format(Locale.ROOT, "the $%.0fB mobilization spends $%sB", mobilized, spent));
        // the year of the table in which the mobilization is furthest ahead of the default
        String ahead = java.util.stream.Stream.of("2027", "2028", "2030", "2035", "2040").max(java.util.Comparator
                .comparingDouble(y -> percent(cell("default", y)) - percent(cell("mobilization-500b", y))))
                .orElseThrow();
        quote("end-to-end " + cell("mobilization-500b", ahead) + " in " + ahead + " in the table, against "
                + cell("default", ahead) + " for `default`");
        quote("`allied-network` spends $" + cell("allied-network", "spent (B$)") + "B and reaches a China-free chain by "
                + firstZeroYearIn("allied-network"));
        quote(String.format(Locale.ROOT, "A case for $%.0fB", mobilized));
        // not an input of any scenario: the data notes' envelope of magnets embedded in imported goods
        Matcher embedded = Pattern.compile("embedded in imported finished goods are \\*\\*not\\*\\* included; an upper "
                + "envelope of ~([\\d,]+) t").matcher(readSources());
        quote("(magnets embedded in imported goods, ~" + (embedded.find() ? embedded.group(1) : "?")
                + " t/yr: brief §4b;");
        Scenario third = model("third-path");
        long scrapShare = Math.round(third.scrapTonnesPerYear().get(third.horizon().firstYear())
                / third.demandTonnes(third.horizon().firstYear()) * 100);
        for (int year : third.horizon().years()) {
            check(Math.round(third.scrapTonnesPerYear().get(year) / third.demandTonnes(year) * 100) == scrapShare,
                    "third-path scrap is not " + scrapShare + "% of demand in " + year);
        }
        quote(String.format(Locale.ROOT, "recycling scrap (an assumption, ~%d%% of demand) and the %.0f%% substitution "
                + "cap", scrapShare, third.substitutionMaxShareOfDemand() * 100));
        Scenario defense = model("defense-2027");
        Target slice = defense.targets().stream().filter(t -> t.minChinaFreeTonnesPerYear().isPresent()).findFirst()
                .orElseThrow();
        quote(String.format(Locale.ROOT, "%.0f t/yr China-free from %d is feasible with no new budget",
                slice.minChinaFreeTonnesPerYear().getAsDouble(), slice.fromYear()));
        check(Pipeline.run(defense, RunOptions.defaults().withBudget(0)).status() == SolveStatus.OPTIMAL,
                "defense-2027 with --budget 0 is not feasible");
        String budget = String.format(Locale.ROOT, "$%.0fB", d.budget().totalBillionUsd().getAsDouble());
        check(defense.budget().totalBillionUsd().equals(d.budget().totalBillionUsd()), "defense-2027 budget differs");
        quote("so with the default " + budget + " the requirement does not change the");
    }

    private static void theBanSections() {
        Scenario ban = model("export-ban-2027");
        ExportRestriction magnets = ban.supplyRisk().restrictions().stream().filter(r -> r.stages().contains("magnet"))
                .findFirst().orElseThrow();
        String licensed = String.format(Locale.ROOT, "%.0f%%", magnets.allowedShare() * 100);
        quote("a Dy/Tb ban plus magnet licensing at " + licensed + " leaves a large share of magnet demand unmet every "
                + "year from " + magnets.fromYear());
        quote("equals the " + licensed + " licensing share");
        Scenario deal = model("china-deal");
        SupplyAgreement a = deal.supplyRisk().agreements().get(0);
        quote(String.format(Locale.ROOT, "its assured %,.0f t/yr of magnets arrive in %d, before new US capacity; after "
                        + "the term (%d)", a.assuredTonnesPerYear().get(new ProductKey("magnet", "magnet")), a.firstYear(),
                a.firstYear() + a.termYears()));
        quote("by " + deal.horizon().lastYear() + " (the unassured and end-to-end " + deal.horizon().lastYear()
                + " rows");
        int zeroFrom = firstZeroYear("mobilization-500b");
        quote("meets all demand with a China-free chain from " + zeroFrom + ", spending $"
                + cell("mobilization-500b", "spent (B$)") + "B");
        quote("shrink the " + magnets.fromYear() + " gap but cannot avoid it");
        Scenario third = model("third-path");
        check(magnets.fromYear() - 1 == third.horizon().firstYear(), "the ban does not start a year after the horizon");
        quote("in " + third.horizon().firstYear() + ", the only year before the ban");
        Scenario risk = model("ban-risk");
        quote(String.format(Locale.ROOT, "(%.0f × the average share of demand unmet)",
                risk.supplyRisk().shortfallWeight()));
        quote("signs the " + WORDS[risk.supplyRisk().agreements().get(0).termYears()] + "-year deal");
        quote("to close the " + magnets.fromYear() + " gap of the heavy-REE ban");
        // data v2: the robust plan leaves no future short (the generated regret table's shortfall column)
        for (var future : risk.supplyRisk().riskScenarios()) {
            String[] row = readme.lines().filter(l -> l.startsWith(future.name() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no robust-plan row for " + future.name())).trim()
                    .split("\\s+");
            check(row[2].equals("0"), "ban-risk future " + future.name() + " is short: " + row[2] + " t");
        }
        quote("no future leaves demand unmet (the shortfall column)");
        String pom = readPom();
        quote("## Results (reeopt " + tag(pom, "<artifactId>reeopt</artifactId>\\s*<version>([^<]+)") + ", ojAlgo "
                + tag(pom, "<ojalgo.version>([^<]+)") + ";");
    }

    @Test
    void everyQuotedInputIsTheScenarios() {
        assertEquals(List.of(), wrong, "models/README.md prose differs from the scenarios (expected phrases)");
    }

    @Test
    void everyNumberInTheProseIsChecked() {
        boolean[] covered = new boolean[prose.length()];
        List<String> spans = new ArrayList<>(phrases);
        spans.addAll(REFERENCES);
        for (String span : spans) {
            for (int at = prose.indexOf(span); at >= 0; at = prose.indexOf(span, at + 1)) {
                java.util.Arrays.fill(covered, at, at + span.length(), true);
            }
        }
        // solved figures the results table carries (ModelsReadmeResultsTest checks them), and confidence tags (V1, V2)
        Matcher solved = Pattern.compile("\\$\\d+\\.\\d\\dB|\\d+\\.\\d%|\\bV[12]\\b").matcher(prose);
        while (solved.find()) {
            java.util.Arrays.fill(covered, solved.start(), solved.end(), true);
        }
        Matcher number = Pattern.compile("\\d[\\d,.]*").matcher(prose);
        List<String> unchecked = new ArrayList<>();
        while (number.find()) {
            if (!covered[number.start()]) {
                unchecked.add(prose.substring(Math.max(0, number.start() - 30), Math.min(prose.length(),
                        number.end() + 30)));
            }
        }
        assertTrue(phrases.size() >= 20, "phrases checked: " + phrases.size());
        assertEquals(List.of(), unchecked, "models/README.md prose writes numbers no test checks");
    }

    /**
     * The lines outside tables and generated blocks, and the second column of the scenario table (what each scenario
     * asks and assumes), joined with single spaces.
     */
    private static String prose(String text) {
        List<String> out = new ArrayList<>();
        boolean generated = false;
        boolean scenarios = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("<!-- generated:")) {
                generated = true;
            } else if (line.startsWith("<!-- end -->")) {
                generated = false;
            } else if (line.startsWith("| scenario | the question it answers |")) {
                scenarios = true;
            } else if (!line.startsWith("|")) {
                scenarios = false;
                if (!generated) {
                    out.add(line.strip());
                }
            } else if (scenarios && line.startsWith("| `")) {
                out.add(cells(line)[1]);
            }
        }
        return String.join(" ", out).replaceAll("\\s+", " ");
    }

    private static void quote(String phrase) {
        phrases.add(phrase);
        if (!prose.contains(phrase)) {
            wrong.add(phrase);
        }
    }

    private static void check(boolean holds, String message) {
        if (!holds) {
            wrong.add(message);
        }
    }

    private static Scenario model(String name) {
        return Pipeline.load(Path.of("models", name + ".json"));
    }

    /** A cell of the results table (checked against the solves by {@link ModelsReadmeResultsTest}). */
    private static String cell(String scenario, String column) {
        List<String> lines = readme.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| scenario | spent (B$) |")).findFirst()
                .orElseThrow());
        List<String> columns = List.of(cells(lines.get(header)));
        String row = lines.stream().skip(header).filter(l -> l.startsWith("| `" + scenario + "` |")).findFirst()
                .orElseThrow(() -> new AssertionError("no results row for " + scenario));
        return cells(row)[columns.indexOf(column)];
    }

    private static double percent(String cell) {
        return Double.parseDouble(cell.replace("%", ""));
    }

    /** The first year column of the results table in which the scenario's row reads 0.0%. */
    private static int firstZeroYearIn(String scenario) {
        List<String> lines = readme.lines().toList();
        String[] years = cells(lines.stream().filter(l -> l.startsWith("| scenario | spent (B$) |")).findFirst()
                .orElseThrow());
        for (int c = 2; c < years.length; c++) {
            if (cell(scenario, years[c]).equals("0.0%")) {
                return Integer.parseInt(years[c]);
            }
        }
        return -1;
    }

    /** The first year column of the results table from which the scenario's row reads 0.0% to the end. */
    private static int firstZeroYear(String scenario) {
        List<String> lines = readme.lines().toList();
        String[] years = cells(lines.stream().filter(l -> l.startsWith("| scenario | spent (B$) |")).findFirst()
                .orElseThrow());
        int found = -1;
        for (int c = years.length - 1; c >= 2 && cell(scenario, years[c]).equals("0.0%"); c--) {
            found = Integer.parseInt(years[c]);
        }
        return found;
    }

    private static String[] cells(String row) {
        String[] parts = row.substring(1, row.length() - 1).split("\\|");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].trim();
        }
        return parts;
    }

    private static String readSources() {
        return read("data/SOURCES.md").replaceAll("\\s+", " ");
    }

    private static String readPom() {
        return read("pom.xml");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String tag(String pom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(pom);
        return m.find() ? m.group(1) : "?";
    }
}

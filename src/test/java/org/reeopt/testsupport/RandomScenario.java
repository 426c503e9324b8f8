package org.reeopt.testsupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A random valid scenario as plain numbers ({@link RandomScenarios} draws them), rendered as the files a user writes:
 * the scenario JSON and its CSV tables. Every combination of the numbers renders to a valid scenario, so jqwik can
 * shrink a failing case to a small one; {@link #toString()} prints the files, ready to paste into a folder and run
 * with {@code reeopt solve scenario.json --solver S}.
 *
 * <p>The chain: {@code stages} stages s0..s(n-1); every stage but the last makes materials m0..m(k-1), each from the
 * same material of the previous stage; the last stage makes "mag" from every m_j. Sizes are fractions of a
 * product's first-year requirement (demand times its embodied content), so that building matters and budgets bind.
 * The planning nation is US, AU an ally, CN the last-resort supplier.
 */
public record RandomScenario(Shape shape, Chain chain, List<Existing> existing, List<Option> options,
                             List<Limit> buildLimits, Money money, Goal goal, Risk risk) {
    public static final int FIRST_YEAR = 2030;
    public static final String SCENARIO_FILE = "scenario.json";

    /** 1-5 years, 1-3 stages, 1-2 materials per stage before the last. */
    public record Shape(int years, int stages, int materials) {
    }

    /**
     * Demand per year (t/yr), the final recipe and the stage-to-stage input factor per material (t/t), scrap per
     * year as a share of demand, the substitution cap, and the planner's existing capacity per product as a share of
     * its requirement (cycled over the products).
     */
    public record Chain(List<Double> demand, List<Double> recipe, List<Double> factor, List<Double> scrapShare,
                        double substitutionShare, List<Double> plannerBase) {
    }

    /** Extra existing capacity; an ally's has a planner share; retireAfterYears 0: never retires. */
    public record Existing(int stage, int material, boolean ally, double shareOfRequirement, double plannerShare,
                           int retireAfterYears) {
    }

    /**
     * kindCode 0-7 production, 8 recycling, 9 substitute (the last two at the final stage). Lead time in half years;
     * the funding window starts earliestOffset years in and lasts windowYears more. Lumpy options get whole maxUnits
     * (1-3, from maxUnits rounded up).
     */
    public record Option(int kindCode, boolean ally, int stage, int material, boolean lumpy,
                         double sizeOfRequirement, double capexMillionUsd, int leadHalfYears, int earliestOffset,
                         int windowYears, double maxUnits, Shares shares) {
    }

    /** Planner shares of capex and output, and a subsidy in USD/kg (0: none). */
    public record Shares(double capex, double output, double subsidyUsdPerKg) {
    }

    /** A build limit at an option's nation and stage, in units of that option's first output: may be below one. */
    public record Limit(int option, double unitsOfOption) {
    }

    /** Budget total and caps in billion USD; 0 means no annual cap. */
    public record Money(double totalBillionUsd, double annualCapBillionUsd) {
    }

    /**
     * Targets and the objective: cost mode (only with a target) or dependency mode with stage weights. A target is
     * END_TO_END (stage code 0) or a stage (code 1..), from a year, with a largest share (may be infeasible).
     */
    public record Goal(boolean costMode, List<Target> targets, double stageWeight) {
    }

    public record Target(int stageCode, int fromOffset, double maxShare) {
    }

    /**
     * Optional export restriction (allowed share, from a year, at a stage), a stockpile at a product (price and
     * holding cost in USD/kg, size as a share of the requirement), and a supply limit on the last-resort supplier.
     */
    public record Risk(List<Restriction> restrictions, List<StockpileSpec> stockpiles, List<SupplyCap> supplyLimits) {
    }

    public record Restriction(int stage, int fromOffset, double allowedShare) {
    }

    public record StockpileSpec(int stage, int material, double priceUsdPerKg, double holdingUsdPerKg,
                                double shareOfRequirement) {
    }

    public record SupplyCap(int stage, int material, double shareOfRequirement) {
    }

    // ---- rendering --------------------------------------------------------------------------------------------

    /** The files of this scenario, by name, the scenario JSON first. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SCENARIO_FILE, json());
        files.put("process-chain.csv", processChain());
        files.put("existing-capacity.csv", existingCapacity());
        files.put("options.csv", optionsTable());
        if (!buildLimits.isEmpty()) {
            files.put("build-limits.csv", buildLimitsTable());
        }
        if (!risk.supplyLimits().isEmpty()) {
            files.put("supply-limits.csv", supplyLimitsTable());
        }
        if (!risk.stockpiles().isEmpty()) {
            files.put("stockpiles.csv", stockpilesTable());
        }
        return files;
    }

    /** Writes the files into {@code dir}; returns the scenario file. */
    public Path writeTo(Path dir) {
        files().forEach((name, text) -> TinyScenarioFiles.write(dir.resolve(name), text));
        return dir.resolve(SCENARIO_FILE);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("\n");
        files().forEach((name, text) -> b.append("==> ").append(name).append(" <==\n").append(text));
        return b.toString();
    }

    private int lastYear() {
        return FIRST_YEAR + shape.years() - 1;
    }

    private int year(int offset) {
        return FIRST_YEAR + Math.floorMod(offset, shape.years());
    }

    private int stage(int code) {
        return Math.floorMod(code, shape.stages());
    }

    private boolean isFinal(int stage) {
        return stage == shape.stages() - 1;
    }

    private String material(int stage, int materialCode) {
        return isFinal(stage) ? "mag" : "m" + Math.floorMod(materialCode, shape.materials());
    }

    /** Tonnes of the product at (stage, material) embodied in one tonne of the final product. */
    private double content(int stage, int materialCode) {
        if (isFinal(stage)) {
            return 1.0;
        }
        int j = Math.floorMod(materialCode, shape.materials());
        return chain.recipe().get(j) * Math.pow(chain.factor().get(j), shape.stages() - 2 - stage);
    }

    private double requirement(int stage, int materialCode) {
        return chain.demand().get(0) * content(stage, materialCode);
    }

    private String json() {
        int n = shape.stages();
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"name\": \"random\",\n");
        b.append("  \"horizon\": { \"firstYear\": ").append(FIRST_YEAR).append(", \"lastYear\": ").append(lastYear())
                .append(" },\n");
        b.append("  \"planningNation\": \"US\",\n  \"lastResortSupplier\": \"CN\",\n");
        b.append("  \"nations\": [ { \"id\": \"US\" }, { \"id\": \"AU\" }, { \"id\": \"CN\" } ],\n");
        StringJoiner materials = new StringJoiner(", ", "[ ", " ]");
        for (int j = 0; n > 1 && j < shape.materials(); j++) {
            materials.add("{ \"id\": \"m" + j + "\" }");
        }
        materials.add("{ \"id\": \"mag\" }");
        b.append("  \"materials\": ").append(materials).append(",\n");
        StringJoiner stages = new StringJoiner(", ", "[ ", " ]");
        for (int i = 0; i < n; i++) {
            stages.add("{ \"id\": \"s" + i + "\" }");
        }
        b.append("  \"stages\": ").append(stages).append(",\n");
        b.append("  \"tables\": { \"processChain\": \"process-chain.csv\", \"existingCapacity\": "
                + "\"existing-capacity.csv\", \"options\": \"options.csv\"");
        if (!buildLimits.isEmpty()) {
            b.append(", \"buildLimits\": \"build-limits.csv\"");
        }
        if (!risk.supplyLimits().isEmpty()) {
            b.append(", \"supplyLimits\": \"supply-limits.csv\"");
        }
        if (!risk.stockpiles().isEmpty()) {
            b.append(", \"stockpiles\": \"stockpiles.csv\"");
        }
        b.append(" },\n");
        List<Double> scrap = new ArrayList<>();
        for (int y = 0; y < shape.years(); y++) {
            scrap.add(chain.scrapShare().get(y) * chain.demand().get(y));
        }
        b.append("  \"demand\": ").append(series(chain.demand())).append(",\n");
        b.append("  \"scrap\": ").append(series(scrap)).append(",\n");
        b.append("  \"substitution\": { \"maxShareOfDemand\": ").append(num(chain.substitutionShare()))
                .append(" },\n");
        boolean cost = goal.costMode() && !goal.targets().isEmpty();
        StringJoiner budget = new StringJoiner(", ", "{ ", " }");
        if (!cost) {
            budget.add("\"totalBillionUsd\": " + num(money.totalBillionUsd()));
        }
        if (money.annualCapBillionUsd() > 0) {
            budget.add("\"annualCapBillionUsd\": " + num(money.annualCapBillionUsd()));
        }
        if (budget.length() > 4) {
            b.append("  \"budget\": ").append(budget).append(",\n");
        }
        b.append("  \"objective\": { \"minimize\": \"").append(cost ? "cost" : "dependency").append('"');
        if (goal.stageWeight() > 0) {
            b.append(", \"stageWeights\": { \"s0\": ").append(num(goal.stageWeight())).append(" }");
        }
        b.append(" },\n");
        if (!goal.targets().isEmpty()) {
            StringJoiner targets = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
            for (Target t : goal.targets()) {
                int code = Math.floorMod(t.stageCode(), n + 1);
                String metric = code == 0 ? "END_TO_END" : "s" + (code - 1);
                targets.add("{ \"metric\": \"" + metric + "\", \"fromYear\": " + year(t.fromOffset())
                        + ", \"maxShare\": " + num(t.maxShare()) + " }");
            }
            b.append("  \"targets\": ").append(targets).append(",\n");
        }
        if (!risk.restrictions().isEmpty()) {
            StringJoiner restrictions = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
            int r = 0;
            for (Restriction x : risk.restrictions()) {
                restrictions.add("{ \"name\": \"r" + r++ + "\", \"stages\": [\"s" + stage(x.stage())
                        + "\"], \"fromYear\": " + year(x.fromOffset()) + ", \"allowedShare\": "
                        + num(x.allowedShare()) + " }");
            }
            b.append("  \"exportRestrictions\": ").append(restrictions).append(",\n");
        }
        b.append("  \"solver\": { \"mipGap\": 0, \"timeLimitSeconds\": 30 }\n}\n");
        return b.toString();
    }

    private String series(List<Double> values) {
        StringJoiner j = new StringJoiner(", ", "{ \"tonnesPerYear\": { ", " } }");
        for (int y = 0; y < values.size(); y++) {
            j.add("\"" + (FIRST_YEAR + y) + "\": " + num(values.get(y)));
        }
        return j.toString();
    }

    private String processChain() {
        StringBuilder b = new StringBuilder("stage,material,inputMaterial,inputTonnesPerTonneOutput\n");
        int n = shape.stages();
        for (int i = 0; i < n - 1; i++) {
            for (int j = 0; j < shape.materials(); j++) {
                b.append("s").append(i).append(",m").append(j).append(',');
                b.append(i == 0 ? "," : "m" + j + "," + num(chain.factor().get(j))).append('\n');
            }
        }
        if (n == 1) {
            b.append("s0,mag,,\n");
        }
        for (int j = 0; n > 1 && j < shape.materials(); j++) {
            b.append("s").append(n - 1).append(",mag,m").append(j).append(',').append(num(chain.recipe().get(j)))
                    .append('\n');
        }
        return b.toString();
    }

    private String existingCapacity() {
        StringBuilder b = new StringBuilder("nation,stage,material,capacityTonnesPerYear,plannerOutputShare,retirementYear\n");
        int product = 0;
        for (int i = 0; i < shape.stages(); i++) {
            for (int j = 0; j < (isFinal(i) ? 1 : shape.materials()); j++) {
                double share = chain.plannerBase().get(product++ % chain.plannerBase().size());
                if (share > 0) {
                    b.append("US,s").append(i).append(',').append(material(i, j)).append(',')
                            .append(num(share * requirement(i, j))).append(",1,\n");
                }
            }
        }
        for (Existing e : existing) {
            int s = stage(e.stage());
            b.append(e.ally() ? "AU" : "US").append(",s").append(s).append(',').append(material(s, e.material()))
                    .append(',').append(num(e.shareOfRequirement() * requirement(s, e.material()))).append(',')
                    .append(e.ally() ? num(e.plannerShare()) : "1").append(',')
                    .append(e.retireAfterYears() == 0 ? "" : String.valueOf(FIRST_YEAR + e.retireAfterYears()))
                    .append('\n');
        }
        return b.toString();
    }

    private String kind(Option o) {
        return o.kindCode() < 8 ? "production" : o.kindCode() == 8 ? "recycling" : "substitute";
    }

    private int optionStage(Option o) {
        return o.kindCode() < 8 ? stage(o.stage()) : shape.stages() - 1;
    }

    /** One unit's output of the option's material, t/yr (three decimals, as written). */
    private double unitOutput(Option o) {
        int s = optionStage(o);
        return round(Math.max(0.001, o.sizeOfRequirement() * requirement(s, o.material())));
    }

    private double maxUnits(Option o) {
        return o.lumpy() ? Math.min(3, Math.ceil(o.maxUnits())) : o.maxUnits();
    }

    private String optionsTable() {
        StringBuilder b = new StringBuilder("id,name,nation,stage,kind,material,outputTonnesPerYearPerUnit,"
                + "capexMillionUsdPerUnit,leadTimeYears,earliestFundingYear,latestFundingYear,maxUnits,lumpy,"
                + "plannerCapexShare,plannerOutputShare,subsidyUsdPerKg,scrapTonnesPerTonneOutput\n");
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            int s = optionStage(o);
            int earliest = year(o.earliestOffset());
            int latest = Math.min(lastYear(), earliest + o.windowYears());
            b.append('o').append(i).append(",option ").append(i).append(',').append(o.ally() ? "AU" : "US")
                    .append(",s").append(s).append(',').append(kind(o)).append(',').append(material(s, o.material()))
                    .append(',').append(num(unitOutput(o))).append(',').append(num(o.capexMillionUsd())).append(',')
                    .append(num(o.leadHalfYears() / 2.0)).append(',').append(earliest).append(',').append(latest)
                    .append(',').append(num(maxUnits(o))).append(',').append(o.lumpy()).append(',')
                    .append(num(o.shares().capex())).append(',').append(num(o.shares().output())).append(',')
                    .append(num(o.shares().subsidyUsdPerKg())).append(',')
                    .append(o.kindCode() == 8 ? "1.2" : "").append('\n');
        }
        return b.toString();
    }

    private String buildLimitsTable() {
        StringBuilder b = new StringBuilder("nation,stage,maxNewCapacityTonnesPerYear\n");
        for (Limit l : buildLimits) {
            Option o = options.get(Math.floorMod(l.option(), options.size()));
            b.append(o.ally() ? "AU" : "US").append(",s").append(optionStage(o)).append(',')
                    .append(num(l.unitsOfOption() * unitOutput(o))).append('\n');
        }
        return b.toString();
    }

    private String supplyLimitsTable() {
        StringBuilder b = new StringBuilder("stage,material,maxTonnesPerYear\n");
        for (SupplyCap c : risk.supplyLimits()) {
            int s = stage(c.stage());
            b.append('s').append(s).append(',').append(material(s, c.material())).append(',')
                    .append(num(c.shareOfRequirement() * requirement(s, c.material()))).append('\n');
        }
        return b.toString();
    }

    private String stockpilesTable() {
        StringBuilder b = new StringBuilder("id,stage,material,priceUsdPerKg,holdingCostUsdPerKgPerYear,maxTonnes\n");
        int k = 0;
        for (StockpileSpec p : risk.stockpiles()) {
            int s = stage(p.stage());
            b.append("stock").append(k++).append(",s").append(s).append(',').append(material(s, p.material()))
                    .append(',').append(num(p.priceUsdPerKg())).append(',').append(num(p.holdingUsdPerKg()))
                    .append(',').append(num(Math.max(0.001, p.shareOfRequirement() * requirement(s, p.material()))))
                    .append('\n');
        }
        return b.toString();
    }

    private static double round(double x) {
        return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** A number as written in the files: at most three decimals, no exponent. */
    static String num(double x) {
        return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

package org.reeopt.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reeopt.scenario.Availability;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.DatedRecipe;
import org.reeopt.scenario.EmbeddedDemand;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.Horizon;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyLimit;

/** Reads the CSV tables a scenario points to into scenario records. Column names are documented in docs/. */
final class DataTables {
    private static final Set<String> PROVENANCE = Set.of("source", "confidence", "note");

    private DataTables() {
    }

    static Set<String> with(Set<String> columns) {
        Set<String> all = new java.util.LinkedHashSet<>(columns);
        all.addAll(PROVENANCE);
        return all;
    }

    static SourceRef source(CsvTable.Row row) {
        return new SourceRef(row.file(), row.line(), row.optText("source"), row.optText("confidence"));
    }

    /**
     * process-chain.csv: stage,material,inputMaterial,(inputTonnesPerTonneOutput | yieldTonnesPerTonneInput), and
     * optionally fromYear,toYear,intensityChangePerYear: a row with years overrides the row without in those years.
     */
    static List<Product> processChain(Path path, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("stage", "material"),
                with(Set.of("inputMaterial", "inputTonnesPerTonneOutput", "yieldTonnesPerTonneInput", "fromYear",
                        "toYear", "intensityChangePerYear")), problems);
        Map<String, Map<String, Double>> inputs = new LinkedHashMap<>();
        Map<String, List<DatedRecipe>> dated = new LinkedHashMap<>();
        Map<String, CsvTable.Row> firstRow = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String key = row.text("stage") + "\u0000" + row.text("material");
                Map<String, Double> recipe = inputs.computeIfAbsent(key, k -> new LinkedHashMap<>());
                List<DatedRecipe> changes = dated.computeIfAbsent(key, k -> new ArrayList<>());
                firstRow.putIfAbsent(key, row);
                String input = row.optText("inputMaterial");
                var perTonne = row.optNumber("inputTonnesPerTonneOutput");
                var yield = row.optNumber("yieldTonnesPerTonneInput");
                boolean hasYears = !row.optText("fromYear").isEmpty() || !row.optText("toYear").isEmpty()
                        || !row.optText("intensityChangePerYear").isEmpty();
                if (input.isEmpty()) {
                    if (perTonne.isPresent() || yield.isPresent() || hasYears) {
                        throw row.error("inputMaterial", "is empty but a conversion is given; name the input material");
                    }
                    return;
                }
                if (perTonne.isPresent() == yield.isPresent()) {
                    throw row.error("inputTonnesPerTonneOutput",
                            "give exactly one of inputTonnesPerTonneOutput and yieldTonnesPerTonneInput");
                }
                double value = perTonne.isPresent() ? perTonne.getAsDouble() : yield.getAsDouble();
                if (value <= 0) {
                    throw row.error(perTonne.isPresent() ? "inputTonnesPerTonneOutput" : "yieldTonnesPerTonneInput",
                            "must be greater than 0, got " + value);
                }
                double intensity = perTonne.isPresent() ? value : 1.0 / value;
                if (hasYears) {
                    changes.add(datedRecipe(row, input, intensity, changes));
                    return;
                }
                if (recipe.containsKey(input)) {
                    throw row.error("inputMaterial", "input " + input + " is listed twice for this product");
                }
                recipe.put(input, intensity);
            });
        }
        List<Product> products = new ArrayList<>();
        inputs.forEach((key, recipe) -> {
            CsvTable.Row row = firstRow.get(key);
            products.add(new Product(row.text("stage"), row.text("material"), recipe, dated.get(key)));
        });
        return products;
    }

    /** Old column names of existing-capacity.csv, accepted for one release (docs/scenario-format.md, Names). */
    static final Map<String, String> EXISTING_OLD_NAMES = Map.of("plannerShare", "plannerOutputShare",
            "startYear", "firstOutputYear");
    /** Old column names of committed-projects.csv, accepted for one release. */
    static final Map<String, String> COMMITTED_OLD_NAMES = Map.of("onlineYear", "firstOutputYear");
    /** A process-chain row with fromYear, toYear or intensityChangePerYear; it must not overlap another of its input. */
    private static DatedRecipe datedRecipe(CsvTable.Row row, String input, double intensity, List<DatedRecipe> earlier) {
        int from = row.year("fromYear", Integer.MIN_VALUE);
        int to = row.year("toYear", Integer.MAX_VALUE);
        double change = row.number("intensityChangePerYear", 0.0);
        if (to < from) {
            throw row.error("toYear", "must not be before fromYear " + from);
        }
        if (change != 0 && from == Integer.MIN_VALUE) {
            throw row.error("intensityChangePerYear", "needs fromYear, the year from which the change compounds");
        }
        if (!(change > -1 && change <= 1)) {
            throw row.error("intensityChangePerYear", "must be above -1 and at most 1 (a share per year, -0.02 = 2% "
                    + "less each year), got " + row.optText("intensityChangePerYear"));
        }
        for (DatedRecipe d : earlier) {
            if (d.inputMaterial().equals(input) && from <= d.toYear() && d.fromYear() <= to) {
                throw row.error("fromYear", "the years of this row for input " + input
                        + " overlap those of line " + d.source().line());
            }
        }
        return new DatedRecipe(input, from, to, intensity, change, source(row));
    }

    static List<ExistingCapacity> existingCapacity(Path path, Horizon horizon, String planningNation,
                                                   Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path),
                Set.of("nation", "stage", "material", "capacityTonnesPerYear"),
                with(Set.of("plannerOutputShare", "firstOutputYear", "retirementYear", "rampUpShares")),
                EXISTING_OLD_NAMES, problems);
        List<ExistingCapacity> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String nation = row.text("nation");
                double share;
                if (row.optNumber("plannerOutputShare").isPresent()) {
                    share = row.number("plannerOutputShare");
                } else if (nation.equals(planningNation) || planningNation.isEmpty()) {
                // (an empty planning nation is reported on its own; no second problem here)
                    share = 1.0;
                } else {
                    throw row.error("plannerOutputShare", "is required for capacity outside the planning nation "
                            + planningNation + " (the share of its output available to " + planningNation + ")");
                }
                out.add(new ExistingCapacity(nation, row.text("stage"), row.text("material"),
                        row.number("capacityTonnesPerYear"), share,
                        row.year("firstOutputYear", horizon.firstYear()), row.year("retirementYear", Integer.MAX_VALUE),
                        source(row), shares(row, "rampUpShares", "0.25;0.5;0.75")));
            });
        }
        return out;
    }

    private static final Set<String> OPTION_FIELDS = Set.of("id", "name", "nation", "stage", "kind",
            "capexMillionUsdPerUnit", "leadTimeYears", "earliestFundingYear", "latestFundingYear", "maxUnits",
            "maxCapacityTonnesPerYear", "lumpy", "plannerCapexShare", "plannerOutputShare", "subsidyUsdPerKg",
            "scrapTonnesPerTonneOutput", "substitutionTonnesPerTonne", "capexProfile", "savedMaterial", "savedShare",
            "rampUpShares", "termYears", "lastOutputYear");

    /**
     * options.csv: one row per option and output material. An option with several outputs repeats its id on
     * further rows that set only material and outputTonnesPerYearPerUnit.
     */
    static Options options(Path path, Horizon horizon, Problems problems) {
        Set<String> optional = new java.util.LinkedHashSet<>(OPTION_FIELDS);
        optional.removeAll(Set.of("id", "name", "nation", "stage"));
        CsvTable table = CsvTable.read(path, Display.path(path),
                Set.of("id", "name", "nation", "stage", "material", "outputTonnesPerYearPerUnit",
                        "capexMillionUsdPerUnit", "leadTimeYears"), with(optional), problems);
        Map<String, CsvTable.Row> first = new LinkedHashMap<>();
        Map<String, Map<String, Double>> outputs = new LinkedHashMap<>();
        Set<String> unread = new java.util.HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            unread.add(row.optText("id"));
            problems.attempt(() -> {
                String id = row.text("id");
                String material = row.text("material");
                double tonnes = row.number("outputTonnesPerYearPerUnit");
                if (first.containsKey(id)) {
                    for (String field : OPTION_FIELDS) {
                        if (!field.equals("id") && !row.optText(field).isEmpty()
                                && !row.optText(field).equals(first.get(id).optText(field))) {
                            throw row.error(field, "option " + id + " is defined on line " + first.get(id).line()
                                    + "; a further output row may only set material and outputTonnesPerYearPerUnit");
                        }
                    }
                    if (outputs.get(id).containsKey(material)) {
                        throw row.error("material", "option " + id + " lists output " + material + " twice");
                    }
                } else {
                    first.put(id, row);
                    outputs.put(id, new LinkedHashMap<>());
                }
                outputs.get(id).put(material, tonnes);
            });
        }
        List<InvestmentOption> out = new ArrayList<>();
        for (Map.Entry<String, CsvTable.Row> e : first.entrySet()) {
            problems.attempt(() -> {
                out.add(option(e.getValue(), outputs.get(e.getKey()), horizon));
            });
        }
        return new Options(out, unread);
    }

    /**
     * The options read, and the ids of options whose rows had a bad cell (reported already): a reference to one
     * of these elsewhere is not reported again as an unknown option.
     */
    record Options(List<InvestmentOption> read, Set<String> unread) {
        boolean isUnread(String id) {
            return unread.contains(id) && read.stream().noneMatch(o -> o.id().equals(id));
        }
    }

    private static InvestmentOption option(CsvTable.Row row, Map<String, Double> outputs, Horizon horizon) {
        String kindText = row.optText("kind");
        OptionKind kind;
        try {
            kind = kindText.isEmpty() ? OptionKind.PRODUCTION
                    : OptionKind.valueOf(kindText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("kind", "\"" + kindText + "\" is not one of production, recycling, substitute, thrifting");
        }
        double lead = row.number("leadTimeYears");
        if (lead < 0 || lead > 1000) {
            // checked here, not only in validation: the default capex profile has one entry per year of lead time
            throw row.error("leadTimeYears", "must be between 0 and 50 years, got " + row.optText("leadTimeYears"));
        }
        double maxUnits;
        var maxCapacity = row.optNumber("maxCapacityTonnesPerYear");
        var units = row.optNumber("maxUnits");
        if (maxCapacity.isPresent() && units.isPresent()) {
            throw row.error("maxCapacityTonnesPerYear", "give maxUnits or maxCapacityTonnesPerYear, not both");
        } else if (maxCapacity.isPresent()) {
            double perUnit = outputs.values().iterator().next();
            if (perUnit <= 0) {
                throw row.error("outputTonnesPerYearPerUnit", "must be greater than 0 to use maxCapacityTonnesPerYear");
            }
            maxUnits = maxCapacity.getAsDouble() / perUnit;
            if (!(maxUnits > 0)) {
                throw row.error("maxCapacityTonnesPerYear", "must be greater than 0");
            }
            if (row.flag("lumpy", false)) {
                // the user wrote a capacity, so a whole-units problem is reported against that field
                if (Math.abs(maxUnits - Math.rint(maxUnits)) > 1e-9 * Math.max(1, maxUnits)) {
                    throw row.error("maxCapacityTonnesPerYear", String.format(java.util.Locale.ROOT,
                            "a lumpy option is built in whole units of %s t/yr; %s t/yr is %.4g units",
                            row.optText("outputTonnesPerYearPerUnit"), row.optText("maxCapacityTonnesPerYear"),
                            maxUnits));
                }
                maxUnits = Math.rint(maxUnits);
            }
        } else {
            // no cap stated: a divisible option is uncapped (the budget and build limits bound it); a lumpy option
            // is one plant of the size given, as lumpy options in the data are (docs/scenario-format.md)
            maxUnits = units.orElse(row.flag("lumpy", false) ? 1.0 : Double.POSITIVE_INFINITY);
        }
        List<Double> profile = row.optText("capexProfile").isEmpty()
                ? InvestmentOption.evenCapexProfile(lead) : shares(row, "capexProfile", "0.3;0.4;0.3");
        return new InvestmentOption(row.text("id"), row.text("name"), row.text("nation"), row.text("stage"), kind,
                outputs, row.number("capexMillionUsdPerUnit"), lead,
                row.year("earliestFundingYear", horizon.firstYear()),
                row.year("latestFundingYear", horizon.lastYear()), maxUnits, row.flag("lumpy", false),
                row.number("plannerCapexShare", 1.0), row.number("plannerOutputShare", 1.0),
                row.number("subsidyUsdPerKg", 0.0), row.number("scrapTonnesPerTonneOutput", 0.0),
                row.number("substitutionTonnesPerTonne", 1.0), profile, source(row), thrifting(row, kind),
                availability(row));
    }

    /** savedMaterial and savedShare: required for a thrifting option, refused for any other kind. */
    private static InvestmentOption.Thrifting thrifting(CsvTable.Row row, OptionKind kind) {
        if (kind != OptionKind.THRIFTING) {
            for (String field : List.of("savedMaterial", "savedShare")) {
                if (!row.optText(field).isEmpty()) {
                    throw row.error(field, "applies only to a thrifting option (kind thrifting)");
                }
            }
            return InvestmentOption.Thrifting.NONE;
        }
        return new InvestmentOption.Thrifting(row.text("savedMaterial"), row.number("savedShare"));
    }

    /**
     * "0.3;0.4;0.3": shares by year (of capex paid in the funding year and the years after, or of nameplate in the
     * first output year and the years after); empty if the cell is.
     */
    static List<Double> shares(CsvTable.Row row, String column, String example) {
        List<Double> shares = new ArrayList<>();
        if (row.optText(column).isEmpty()) {
            return shares;
        }
        for (String part : row.optText(column).split(";")) {
            Double share = CsvTable.strictNumber(part.trim());
            if (share == null || !Double.isFinite(share)) {
                throw row.error(column, "\"" + row.optText(column) + "\" is not a list of shares like " + example);
            }
            shares.add(share);
        }
        return shares;
    }

    /** rampUpShares, termYears and lastOutputYear of an option or committed project (each empty = unset). */
    private static Availability availability(CsvTable.Row row) {
        var term = row.optNumber("termYears");
        var last = row.optNumber("lastOutputYear").isPresent()
                ? java.util.OptionalInt.of(row.year("lastOutputYear", 0)) : java.util.OptionalInt.empty();
        return new Availability(shares(row, "rampUpShares", "0.25;0.5;0.75"), term, last);
    }

    static List<BuildLimit> buildLimits(Path path, Horizon horizon, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path),
                Set.of("nation", "stage", "maxNewCapacityTonnesPerYear"), with(Set.of("fromYear", "toYear")), problems);
        List<BuildLimit> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                out.add(new BuildLimit(row.text("nation"), row.text("stage"), row.year("fromYear", horizon.firstYear()),
                        row.year("toYear", horizon.lastYear()), row.number("maxNewCapacityTonnesPerYear"), source(row)));
            });
        }
        return out;
    }

    static List<SupplyLimit> supplyLimits(Path path, Horizon horizon, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path),
                Set.of("stage", "material", "maxTonnesPerYear"), with(Set.of("fromYear", "toYear")), problems);
        List<SupplyLimit> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                out.add(new SupplyLimit(row.text("stage"), row.text("material"), row.year("fromYear", horizon.firstYear()),
                        row.year("toYear", horizon.lastYear()), row.number("maxTonnesPerYear"), source(row)));
            });
        }
        return out;
    }

    /**
     * stockpiles.csv: id,stage,material,priceUsdPerKg,holdingCostUsdPerKgPerYear,maxTonnes and optionally
     * initialTonnes (default 0) and maxBuyTonnesPerYear (default unlimited).
     */
    static List<Stockpile> stockpiles(Path path, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path),
                Set.of("id", "stage", "material", "priceUsdPerKg", "holdingCostUsdPerKgPerYear", "maxTonnes"),
                with(Set.of("initialTonnes", "maxBuyTonnesPerYear")), problems);
        List<Stockpile> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String id = row.text("id");
                if (!seen.add(id)) {
                    throw row.error("id", "stockpile " + id + " is listed twice");
                }
                out.add(new Stockpile(id, new ProductKey(row.text("stage"), row.text("material")),
                        row.number("priceUsdPerKg"), row.number("holdingCostUsdPerKgPerYear"), row.number("maxTonnes"),
                        row.number("initialTonnes", 0.0), row.number("maxBuyTonnesPerYear", Double.POSITIVE_INFINITY),
                        source(row)));
            });
        }
        return out;
    }

    /**
     * committed-projects.csv: option,units,firstOutputYear and optionally slipYears (default 0). The option must
     * exist in the options table.
     */
    static List<CommittedProject> committedProjects(Path path, Options options, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("option", "firstOutputYear"),
                with(Set.of("units", "slipYears", "rampUpShares", "termYears", "lastOutputYear")), COMMITTED_OLD_NAMES,
                problems);
        List<CommittedProject> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String id = row.text("option");
                if (options.isUnread(id)) {
                    return; // its row in the options table has a problem of its own, reported there
                }
                InvestmentOption option = options.read().stream().filter(o -> o.id().equals(id)).findFirst()
                        .orElseThrow(() -> row.error("option", "unknown option \"" + id + "\""
                                + NearestName.hint(id, options.read().stream().map(InvestmentOption::id).toList())));
                if (!seen.add(id)) {
                    throw row.error("option", "option " + id + " is committed twice");
                }
                double units = row.number("units", 1.0);
                if (!(units > 0)) {
                    throw row.error("units", "must be greater than 0");
                }
                if (units > option.maxUnits() + 1e-9) {
                    throw row.error("units", "commits " + units + " units of " + id + ", which has at most "
                            + option.maxUnits());
                }
                double slip = row.number("slipYears", 0.0);
                if (!(slip >= 0 && slip <= MAX_SLIP_YEARS)) {
                    throw row.error("slipYears", "must be between 0 and " + (int) MAX_SLIP_YEARS + " years, got "
                            + row.optText("slipYears"));
                }
                out.add(new CommittedProject(option, units, row.year("firstOutputYear", 0), slip, source(row),
                        availability(row).orElse(option.availability())));
            });
        }
        return out;
    }

    /** Longest slip of a committed project, years (as the longest lead time of an option). */
    static final double MAX_SLIP_YEARS = 50;

    /**
     * A yearly series table: year and one value column. Each value is checked here, at its line: a demand must be
     * greater than 0 ({@code positive}), other series must not be negative.
     */
    static Map<Integer, Double> series(Path path, String valueColumn, boolean positive, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("year", valueColumn), with(Set.of()), problems);
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                int year = row.year("year", 0);
                if (out.containsKey(year)) {
                    throw row.error("year", "year " + year + " is listed twice");
                }
                out.put(year, seriesValue(row, valueColumn, positive));
            });
        }
        return out;
    }

    /** The value of a series row: greater than 0 ({@code positive}) or not negative, and plausible. */
    private static double seriesValue(CsvTable.Row row, String valueColumn, boolean positive) {
        double value = row.number(valueColumn);
        if (positive ? !(value > 0) : value < 0) {
            throw row.error(valueColumn, (positive ? "must be greater than 0" : "must not be negative")
                    + ", got " + row.optText(valueColumn));
        }
        if (value > MAX_SERIES_TONNES) {
            throw row.error(valueColumn, "the value " + row.optText(valueColumn) + " is not plausible (at most "
                    + MAX_SERIES_TONNES + ")");
        }
        return value;
    }

    /**
     * The embedded-demand table: year, embeddedTonnesPerYear (not negative) and chinaShare (a share; an empty or
     * missing cell takes {@code defaultChinaShare}, the scenario's chinaShare for every year, which is then required).
     */
    static List<EmbeddedDemand.Year> embeddedDemand(Path path, java.util.OptionalDouble defaultChinaShare,
                                                    Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("year", "embeddedTonnesPerYear"),
                with(Set.of("chinaShare")), problems);
        List<EmbeddedDemand.Year> out = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                int year = row.year("year", 0);
                if (!seen.add(year)) {
                    throw row.error("year", "year " + year + " is listed twice");
                }
                double tonnes = seriesValue(row, "embeddedTonnesPerYear", false);
                java.util.OptionalDouble cell = row.optNumber("chinaShare");
                double share = (cell.isPresent() ? cell : defaultChinaShare).orElseThrow(() -> row.error("chinaShare",
                        "no China share for " + year + " (give the column, or embeddedDemand.chinaShare for every year)"));
                if (!(share >= 0 && share <= 1)) {
                    throw row.error("chinaShare", "must be a share from 0 to 1, got " + row.optText("chinaShare"));
                }
                out.add(new EmbeddedDemand.Year(year, tonnes, share, source(row)));
            });
        }
        return out;
    }

    /** Largest plausible yearly tonnage in a series (the validator's limit for every tonnage). */
    private static final double MAX_SERIES_TONNES = 1e9;
}

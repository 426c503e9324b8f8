package org.reeopt.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.reeopt.scenario.Financing;

/**
 * Reads the financing section of a scenario: {@code tables.instruments}, {@code tables.accounts} and the top-level
 * {@code financing} object (docs/scenario-format.md, "Financing"). Every problem names its file, line and field.
 */
final class FinancingTables {
    private FinancingTables() {
    }

    /**
     * The scenario's financing; {@code optionIds}: every option the options table names (to check references);
     * {@code committedIds}: the options of the committed projects (for {@code tables.committedFinancing}).
     */
    static Financing read(JsonObject root, JsonObject tables, Set<String> optionIds, Set<String> committedIds,
                          Problems problems) {
        // every id the accounts table names, also on rows with errors (their instruments are not reported again)
        Set<String> accountIds = new HashSet<>();
        List<Financing.Account> accounts = problems.attempt(() -> tables.optText("accounts")
                .map(p -> accounts(Path.of(p), accountIds, problems)).orElse(List.of()), List.of());
        List<Financing.Instrument> instruments = problems.attempt(() -> tables.optText("instruments")
                .map(p -> instruments(Path.of(p), accountIds, optionIds, problems)).orElse(List.of()), List.of());
        List<Financing.Committed> committed = problems.attempt(() -> tables.optText("committedFinancing")
                .map(p -> committed(Path.of(p), committedIds, problems)).orElse(List.of()), List.of());
        Financing base = new Financing(instruments, accounts, 1, Financing.FiscalYearBasis.OUTLAYS, Map.of(),
                PriceTables.read(root, tables, accountIds, problems), committed);
        return problems.attempt(() -> root.optObject("financing").map(f -> section(f, base, problems))
                .orElse(base), base);
    }

    private static Financing section(JsonObject f, Financing base, Problems problems) {
        problems.attempt(() -> f.rejectUnknown(Set.of("obligationMonth", "fiscalYearCapBasis",
                "fiscalYearCapsBillionUsd", "note", "payPriceGap", "chinaFreeCostUsdPerKgByStage")));
        int month = problems.attempt(() -> {
            double m = f.optNumber("obligationMonth").orElse(1);
            if (m != Math.rint(m) || m < 1 || m > 12) {
                throw f.error("obligationMonth", "must be a month from 1 (January) to 12, got " + m);
            }
            return (int) m;
        }, 1);
        Financing.FiscalYearBasis basis = problems.attempt(() -> {
            String b = f.optText("fiscalYearCapBasis").orElse("outlays");
            return switch (b) {
                case "outlays" -> Financing.FiscalYearBasis.OUTLAYS;
                case "budgetAuthority" -> Financing.FiscalYearBasis.BUDGET_AUTHORITY;
                default -> throw f.error("fiscalYearCapBasis", "\"" + b + "\" is not one of outlays, budgetAuthority");
            };
        }, Financing.FiscalYearBasis.OUTLAYS);
        Map<Integer, Double> caps = problems.attempt(() -> {
            Map<Integer, Double> c = f.numbersByYear("fiscalYearCapsBillionUsd");
            c.forEach((fy, cap) -> {
                if (!(cap >= 0)) {
                    throw f.error("fiscalYearCapsBillionUsd", "FY" + fy + ": must not be negative, got " + cap);
                }
            });
            return c;
        }, Map.of());
        return new Financing(base.instruments(), base.accounts(), month, basis, caps, base.priceSupport(),
                base.committed());
    }

    /** accounts.csv: id, name and optionally budgetAuthorityCapBillionUsd, faceValueCapBillionUsd. */
    static List<Financing.Account> accounts(Path path, Set<String> ids, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("id", "name"),
                DataTables.with(Set.of("budgetAuthorityCapBillionUsd", "faceValueCapBillionUsd")), problems);
        List<Financing.Account> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String id = row.text("id");
                ids.add(id);
                if (!seen.add(id)) {
                    throw row.error("id", "account " + id + " is listed twice");
                }
                out.add(new Financing.Account(id, row.text("name"), notNegative(row, "budgetAuthorityCapBillionUsd"),
                        notNegative(row, "faceValueCapBillionUsd"), DataTables.source(row)));
            });
        }
        return out;
    }

    /**
     * instruments.csv: id, name, kind (grant, equity, direct-loan, loan-guarantee), account and optionally options
     * (option ids separated by ";", empty: every option), nations (likewise), creditSubsidyShare (required for a loan or guarantee),
     * expectedRecoveryShare (equity only), maxCapexShare, minNonFederalShare, privateUsdPerFederalUsd,
     * outlayProfile.
     */
    static List<Financing.Instrument> instruments(Path path, Set<String> accountIds, Set<String> optionIds,
                                                  Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path), Set.of("id", "name", "kind", "account"),
                DataTables.with(Set.of("options", "nations", "creditSubsidyShare", "expectedRecoveryShare", "maxCapexShare",
                        "minNonFederalShare", "privateUsdPerFederalUsd", "outlayProfile")), problems);
        List<Financing.Instrument> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> {
                String id = row.text("id");
                if (!seen.add(id)) {
                    throw row.error("id", "instrument " + id + " is listed twice");
                }
                out.add(instrument(row, accountIds, optionIds));
            });
        }
        return out;
    }

    private static Financing.Kind kind(CsvTable.Row row) {
        String kindText = row.text("kind");
        return switch (kindText.toLowerCase(Locale.ROOT)) {
            case "grant" -> Financing.Kind.GRANT;
            case "equity" -> Financing.Kind.EQUITY;
            case "direct-loan" -> Financing.Kind.DIRECT_LOAN;
            case "loan-guarantee" -> Financing.Kind.LOAN_GUARANTEE;
            default -> throw row.error("kind", "\"" + kindText
                    + "\" is not one of grant, equity, direct-loan, loan-guarantee");
        };
    }

    /**
     * committedFinancing.csv: project (a committed project's option id), kind, account (a label: committed money is
     * outside the accounts' caps), faceValueMillionUsd, obligated (YYYY-MM) and, for a loan or guarantee,
     * creditSubsidyShare.
     */
    static List<Financing.Committed> committed(Path path, Set<String> committedIds, Problems problems) {
        CsvTable table = CsvTable.read(path, Display.path(path),
                Set.of("project", "kind", "account", "faceValueMillionUsd", "obligated"),
                DataTables.with(Set.of("creditSubsidyShare")), problems);
        List<Financing.Committed> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            problems.attempt(() -> out.add(committedRow(row, committedIds)));
        }
        return out;
    }

    private static Financing.Committed committedRow(CsvTable.Row row, Set<String> committedIds) {
        String project = row.text("project");
        if (!committedIds.contains(project)) {
            throw row.error("project", "no committed project \"" + project + "\" (name it by its option id)"
                    + NearestName.hint(project, committedIds));
        }
        Financing.Kind kind = kind(row);
        double score = 1.0;
        if (kind.credit()) {
            score = share(row, "creditSubsidyShare", Double.NaN);
            if (Double.isNaN(score)) {
                throw row.error("creditSubsidyShare", "is required for a " + kind.label()
                        + " (the credit subsidy cost per USD of face value, e.g. 0.1)");
            }
        } else if (!row.optText("creditSubsidyShare").isEmpty()) {
            throw row.error("creditSubsidyShare", "applies only to a direct-loan or loan-guarantee");
        }
        double faceMillionUsd = row.number("faceValueMillionUsd");
        if (!(faceMillionUsd >= 0)) {
            throw row.error("faceValueMillionUsd", "must not be negative, got " + faceMillionUsd);
        }
        String obligated = row.text("obligated");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})").matcher(obligated);
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
            throw row.error("obligated", "must be a year and month such as 2025-07, got \"" + obligated + "\"");
        }
        return new Financing.Committed(project, kind, row.text("account"), faceMillionUsd / 1000.0, score,
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), DataTables.source(row));
    }

    private static Financing.Instrument instrument(CsvTable.Row row, Set<String> accountIds, Set<String> optionIds) {
        Financing.Kind kind = kind(row);
        String account = row.text("account");
        if (accountIds.isEmpty()) {
            throw row.error("account", "no account \"" + account + "\": the scenario names no tables.accounts");
        }
        if (!accountIds.contains(account)) {
            throw row.error("account", "no account \"" + account + "\" in the accounts table"
                    + NearestName.hint(account, accountIds));
        }
        List<String> options = new ArrayList<>();
        for (String part : row.optText("options").split(";")) {
            String option = part.trim();
            if (option.isEmpty()) {
                continue;
            }
            if (!optionIds.contains(option)) {
                throw row.error("options", "no option \"" + option + "\"" + NearestName.hint(option, optionIds));
            }
            options.add(option);
        }
        List<String> nations = new ArrayList<>();
        for (String part : row.optText("nations").split(";")) {
            if (!part.trim().isEmpty()) {
                nations.add(part.trim());
            }
        }
        double score;
        if (kind.credit()) {
            score = share(row, "creditSubsidyShare", Double.NaN);
            if (Double.isNaN(score)) {
                throw row.error("creditSubsidyShare", "is required for a " + kind.label()
                        + " (the credit subsidy cost per USD of face value, e.g. 0.1)");
            }
        } else {
            if (!row.optText("creditSubsidyShare").isEmpty()) {
                throw row.error("creditSubsidyShare", "applies only to a direct-loan or loan-guarantee");
            }
            score = 1.0;
        }
        if (!row.optText("expectedRecoveryShare").isEmpty()) {
            if (kind != Financing.Kind.EQUITY) {
                throw row.error("expectedRecoveryShare", "applies only to equity");
            }
            score = 1.0 - share(row, "expectedRecoveryShare", 0.0);
        }
        double maxShare = share(row, "maxCapexShare", 1.0);
        double nonFederal = share(row, "minNonFederalShare", 0.0);
        if (nonFederal >= 1) {
            throw row.error("minNonFederalShare", "must be below 1 (1 would leave nothing to finance)");
        }
        double privatePerUsd = row.number("privateUsdPerFederalUsd", 0.0);
        if (!(privatePerUsd >= 0 && privatePerUsd <= 1000)) {
            throw row.error("privateUsdPerFederalUsd", "must be from 0 to 1000, got " + privatePerUsd);
        }
        List<Double> profile = DataTables.shares(row, "outlayProfile", "0.4;0.4;0.2");
        if (!profile.isEmpty()) {
            double sum = profile.stream().mapToDouble(Double::doubleValue).sum();
            if (profile.stream().anyMatch(p -> p < 0) || Math.abs(sum - 1) > 1e-6) {
                throw row.error("outlayProfile", "shares must not be negative and must add up to 1, got " + sum);
            }
        }
        return new Financing.Instrument(row.text("id"), row.text("name"), kind, account, options, nations, score,
                maxShare,
                nonFederal, privatePerUsd, profile, DataTables.source(row));
    }

    private static double share(CsvTable.Row row, String column, double defaultValue) {
        double value = row.number(column, defaultValue);
        if (Double.isNaN(value) && Double.isNaN(defaultValue)) {
            return value;
        }
        if (!(value >= 0 && value <= 1)) {
            throw row.error(column, "must be a share from 0 to 1, got " + value);
        }
        return value;
    }

    private static OptionalDouble notNegative(CsvTable.Row row, String column) {
        OptionalDouble value = row.optNumber(column);
        if (value.isPresent() && !(value.getAsDouble() >= 0)) {
            throw row.error(column, "must not be negative, got " + value.getAsDouble());
        }
        return value;
    }
}

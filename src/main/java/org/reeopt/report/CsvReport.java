package org.reeopt.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reeopt.results.ResultSummary;

/** A tidy long table, one value per line: {@code year,stage,material,metric,value,unit}. Opens in Excel as is. */
public final class CsvReport {
    private CsvReport() {
    }

    public static String render(ResultSummary r) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("year", "stage", "material", "metric", "value", "unit").get())) {
            for (Map.Entry<String, Double> e : r.endToEndDependency().entrySet()) {
                csv.printRecord(e.getKey(), "", "", "endToEndDependency", e.getValue(), "share");
            }
            if (r.embeddedDemand() != null) {
                embedded(csv, r.embeddedDemand());
            }
            for (var stage : r.stageMaterialDependency().entrySet()) {
                for (var material : stage.getValue().entrySet()) {
                    for (var year : material.getValue().entrySet()) {
                        csv.printRecord(year.getKey(), stage.getKey(), material.getKey(), "stageDependency",
                                year.getValue(), "share");
                    }
                }
            }
            for (Map.Entry<String, Double> e : r.spendBillionUsdByYear().entrySet()) {
                csv.printRecord(e.getKey(), "", "", "spending", e.getValue(), "billion USD");
            }
            for (Map.Entry<String, Double> e : r.demandTonnesPerYear().entrySet()) {
                csv.printRecord(e.getKey(), "", "", "demand", e.getValue(), "t/yr");
            }
            for (ResultSummary.Investment i : r.investments()) {
                for (var out : i.outputTonnesPerYear().entrySet()) {
                    csv.printRecord(i.onlineYear(), i.stage(), out.getKey(), "newCapacity:" + i.option(), out.getValue(),
                            "t/yr");
                }
            }
            for (ResultSummary.Recycled rec : r.recycled()) {
                for (var material : rec.tonnesByMaterialAndYear().entrySet()) {
                    for (var year : material.getValue().entrySet()) {
                        csv.printRecord(year.getKey(), rec.stage(), material.getKey(), "recycled:" + rec.option(),
                                year.getValue(), "t");
                    }
                }
            }
            if (r.supplyRisk() != null) {
                supplyRisk(csv, r.supplyRisk());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Direct, embedded and combined dependency, embedded demand and what assembly takes over, by year. */
    private static void embedded(CSVPrinter csv, ResultSummary.Embedded e) throws IOException {
        Map<String, Map<String, Double>> series = new java.util.LinkedHashMap<>();
        series.put("directDependency", e.directDependency());
        series.put("embeddedDependency", e.embeddedDependency());
        series.put("combinedDependency", e.combinedDependency());
        series.put("embeddedDemand", e.embeddedTonnesPerYear());
        series.put("assembledEmbeddedDemand", e.assembledTonnesPerYear());
        for (var metric : series.entrySet()) {
            String unit = metric.getKey().endsWith("Dependency") ? "share" : "t/yr";
            for (var year : metric.getValue().entrySet()) {
                csv.printRecord(year.getKey(), "", "", metric.getKey(), year.getValue(), unit);
            }
        }
    }

    /** Shortfall, unassured dependency and stock, in the same long form (for the future the summary shows). */
    private static void supplyRisk(CSVPrinter csv, org.reeopt.results.RiskSummary k) throws IOException {
        for (Map.Entry<String, Double> e : k.shortfallTonnes().entrySet()) {
            csv.printRecord(e.getKey(), "", "", "shortfall", e.getValue(), "t of final product");
        }
        for (Map.Entry<String, Double> e : k.shortfallShare().entrySet()) {
            csv.printRecord(e.getKey(), "", "", "shortfallShare", e.getValue(), "share");
        }
        for (var s : k.shortfallByProduct()) {
            csv.printRecord(s.year(), s.stage(), s.material(), "shortfall", s.tonnes(), "t");
        }
        for (Map.Entry<String, Double> e : k.unassuredDependency().entrySet()) {
            csv.printRecord(e.getKey(), "", "", "unassuredDependency", e.getValue(), "share");
        }
        for (var st : k.stockpiles()) {
            csv.printRecord(st.year(), st.stage(), st.material(), "stockLevel:" + st.stockpile(), st.levelTonnes(), "t");
            csv.printRecord(st.year(), st.stage(), st.material(), "monthsOfCover:" + st.stockpile(), st.monthsOfCover(),
                    "months");
        }
    }
}

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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

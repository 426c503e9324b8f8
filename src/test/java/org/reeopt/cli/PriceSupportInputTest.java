package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad price-support input: exit 2, one line per problem naming file, line and field, all problems at once. */
class PriceSupportInputTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/price-support");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        for (String f : List.of("offtake.json", "offtake.csv", "market-prices.csv", "process-chain.csv",
                "existing-capacity.csv", "options.csv")) {
            Files.copy(FIXTURE.resolve(f), dir.resolve(f));
        }
        return dir.resolve("offtake.json");
    }

    private static void assertLine(CliTest.Run r, String line) {
        assertTrue(r.err().lines().anyMatch(l -> l.strip().endsWith(line)), () -> "no line ending in <" + line + ">:\n"
                + r.err());
    }

    @Test
    void badPricesAndContractsAreAllReportedWithFileLineAndField() throws IOException {
        Path scenario = copy();
        Files.writeString(dir.resolve("market-prices.csv"), String.join("\n",
                "stage,material,year,priceUsdPerKg,path,probability",
                "separation,ndpr,2026,80,low,0.5",
                "separation,ndpr,2026,120,high,0.4",
                "separaton,ndpr,2026,100,mid,0.1",
                "separation,ndpr,2026,90,low,0.5",
                "separation,ndpr,2027,-5,high,0.4", ""));
        Files.writeString(dir.resolve("offtake.csv"), String.join("\n",
                "id,name,kind,stage,material,priceUsdPerKg,minVolumeTonnesPerYear,maxVolumeTonnesPerYear,firstYear,"
                        + "lastYear",
                "a,A,swap,separation,ndpr,104,,1000,2026,2027",
                "b,B,offtake,separation,ndpr,90,,1000,2026,2027",
                "c,C,price-floor,separation,ndpr,110,2000,1000,2026,2027",
                "d,D,price-floor,separation,ndpr,110,,1000,2027,2026",
                "a,A again,offtake,separation,ndpr,104,,1000,2026,2027", ""));
        CliTest.Run r = CliTest.run("validate", scenario.toString());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "market-prices.csv:4: field stage: no stage \"separaton\" (did you mean `separation`?)");
        assertLine(r, "market-prices.csv:5: field year: the price of separation ndpr on path low in 2026 is listed"
                + " twice");
        assertLine(r, "market-prices.csv:6: field priceUsdPerKg: must not be negative, got -5.0");
        assertLine(r, "market-prices.csv:2: field probability: the probabilities of the paths of separation ndpr not"
                + " named after a risk scenario [low, high] add up to 0.9, not 1");
        assertLine(r, "offtake.csv:2: field kind: \"swap\" is not one of price-floor, offtake");
        assertLine(r, "offtake.csv:3: field priceUsdPerKg: 90.0 USD/kg is below the China-free production cost of"
                + " separation (100.0 USD/kg): the covered volume would still lose money, so the contract cannot"
                + " replace paying the gap");
        assertLine(r, "offtake.csv:4: field minVolumeTonnesPerYear: must be from 0 to maxVolumeTonnesPerYear (1000.0),"
                + " got 2000.0");
        assertLine(r, "offtake.csv:5: field lastYear: 2026 is before firstYear 2027");
        assertLine(r, "offtake.csv:6: field id: price contract a is listed twice");
    }

    @Test
    void payingTheGapNeedsACostAndPrices() throws IOException {
        Path scenario = copy();
        Files.writeString(scenario, Files.readString(scenario)
                .replace("\"options.csv\",\n    \"marketPrices\": \"market-prices.csv\",\n    \"priceContracts\": "
                        + "\"offtake.csv\"", "\"options.csv\"")
                .replace("\"chinaFreeCostUsdPerKgByStage\": {\n      \"separation\": 100\n    }",
                        "\"chinaFreeCostUsdPerKgByStage\": {}"));
        CliTest.Run r = CliTest.run("validate", scenario.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("field financing.payPriceGap: needs chinaFreeCostUsdPerKgByStage"), r.err());
        assertTrue(r.err().contains("field financing.payPriceGap: needs tables.marketPrices"), r.err());
    }

    /** A committed floor volume above the China-free output the plan can reach: exit 3, and the message says so. */
    @Test
    void aCommittedVolumeThatCannotBeProducedIsInfeasibleInDomainWords() throws IOException {
        for (String f : List.of("floor.json", "floor.csv", "market-prices.csv", "process-chain.csv",
                "existing-capacity.csv", "options.csv")) {
            Files.copy(FIXTURE.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("floor.csv"), Files.readString(dir.resolve("floor.csv"))
                .replace("110,1000,1000", "110,3000,3000"));
        CliTest.Run r = CliTest.run("solve", dir.resolve("floor.json").toString());
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("the committed volumes of price contracts (each must be produced"
                + " China-free in every year of its term, and its expected cost paid within the budget)"),
                r.out() + r.err());
    }
}

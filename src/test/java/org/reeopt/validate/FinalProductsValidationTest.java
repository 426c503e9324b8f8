package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.InputException;
import org.reeopt.load.ScenarioLoader;

/** Bad input with several final products: one line per problem naming the field (docs/errors.md). */
class FinalProductsValidationTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            { "name": "x", "horizon": { "firstYear": 2026, "lastYear": 2027 }, "planningNation": "US",
              "lastResortSupplier": "CN", "nations": [ { "id": "US" }, { "id": "CN" } ],
              "materials": [ { "id": "ndfeb" }, { "id": "smco" } ], "stages": [ { "id": "magnet" } ],
              "tables": { "processChain": "process-chain.csv" }, "budget": { "totalBillionUsd": 0 },
            """;

    private String problems(String tail) throws IOException {
        Files.writeString(dir.resolve("process-chain.csv"),
                "stage,material,inputMaterial,yieldTonnesPerTonneInput\nmagnet,ndfeb,,\nmagnet,smco,,\n");
        Path file = dir.resolve("x.json");
        Files.writeString(file, HEAD + tail + "}");
        try {
            ValidationReport report = ScenarioValidator.validate(ScenarioLoader.load(file));
            return report.errors().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    private static String demand(String material) {
        return "{ \"material\": \"" + material + "\", \"demand\": { \"tonnesPerYear\": { \"2026\": 10, \"2027\": 10 } } }";
    }

    @Test
    void twoFinalProductsNeedFinalProducts() throws IOException {
        String p = problems("\"demand\": { \"tonnesPerYear\": { \"2026\": 10, \"2027\": 10 } }");
        assertTrue(p.contains("must make exactly one product") && p.contains("finalProducts"), p);
    }

    @Test
    void everyFinalStageProductNeedsADemandAndNoOtherIsAllowed() throws IOException {
        String p = problems("\"finalProducts\": [" + demand("ndfeb") + ", " + demand("alnico") + "]");
        assertTrue(p.contains("the final stage makes smco but finalProducts gives it no demand"), p);
        assertTrue(p.contains("final product alnico is not a product of the final stage magnet"), p);
    }

    @Test
    void demandAndFinalProductsTogetherAreRefused() throws IOException {
        String p = problems("\"demand\": { \"tonnesPerYear\": { \"2026\": 10, \"2027\": 10 } }, \"finalProducts\": ["
                + demand("ndfeb") + ", " + demand("smco") + "]");
        assertTrue(p.contains("give either demand (one final product) or finalProducts (several), not both"), p);
    }

    @Test
    void aTonnageTargetMustNameItsProduct() throws IOException {
        String p = problems("\"finalProducts\": [" + demand("ndfeb") + ", " + demand("smco") + "], \"targets\": [ {"
                + " \"metric\": \"END_TO_END\", \"fromYear\": 2027, \"minChinaFreeTonnesPerYear\": 5 } ]");
        assertTrue(p.contains("must name the final product"), p);
        assertTrue(List.of(p.split("\n")).stream().noneMatch(line -> line.contains("Exception")), p);
    }
}

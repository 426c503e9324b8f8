package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.cli.BadInputFixture.assertLine;
import static org.reeopt.cli.BadInputFixture.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad embedded-demand input: exit 2, one line per problem naming file, line and field, all problems at once. */
class EmbeddedDemandInputTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/embedded-demand");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        return BadInputFixture.copy(FIXTURE, dir, "scenario.json", "no-table.json", "embedded.csv",
                "process-chain.csv", "existing-capacity.csv", "options.csv");
    }

    @Test
    void badCellsAndABadShareAreAllReportedWithFileLineAndField() throws IOException {
        Path scenario = copy();
        Files.writeString(dir.resolve("embedded.csv"), "year,embeddedTonnesPerYear,chinaShare\n2026,-5,0.9\n2027,50,1.5\n");
        Files.writeString(scenario, Files.readString(scenario).replace("\"domesticAssemblyMaxShare\": 0.2",
                "\"domesticAssemblyMaxShare\": 1.2"));
        CliTest.Run r = validate(scenario);
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "scenario.json:16: field embeddedDemand.domesticAssemblyMaxShare: must be a share from 0 to 1, got 1.2");
        assertLine(r, "embedded.csv:2: field embeddedTonnesPerYear: must not be negative, got -5");
        assertLine(r, "embedded.csv:3: field chinaShare: must be a share from 0 to 1, got 1.5");
    }

    @Test
    void aMissingChinaShareAndAMissingYearAreNamed() throws IOException {
        Path scenario = copy();
        Files.writeString(dir.resolve("embedded.csv"), "year,embeddedTonnesPerYear\n2026,50\n");
        CliTest.Run r = validate(scenario);
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "embedded.csv:2: field chinaShare: no China share for 2026 (give the column, or "
                + "embeddedDemand.chinaShare for every year)");
        // with a scenario-wide China share the row is complete, and the missing year is the one problem
        Files.writeString(scenario, Files.readString(scenario).replace("\"domesticAssemblyMaxShare\"",
                "\"chinaShare\": 0.9, \"domesticAssemblyMaxShare\""));
        CliTest.Run again = validate(scenario);
        assertEquals(2, again.exitCode(), again.err());
        assertLine(again, "embedded.csv: field year: no embedded demand for [2027] (every year of the horizon needs a "
                + "row; write 0 t for none)");
    }

    @Test
    void anEmbeddedWeightWithoutATableIsAnError() throws IOException {
        copy();
        Path noTable = dir.resolve("no-table.json");
        Files.writeString(noTable, Files.readString(noTable).replace("\"budget\"",
                "\"objective\": { \"embeddedWeight\": 2 },\n  \"budget\""));
        CliTest.Run r = validate(noTable);
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "no-table.json: field objective.embeddedWeight: there is no embeddedDemand table to weigh");
    }

    @Test
    void anUnknownFieldGetsTheNearestName() throws IOException {
        Path scenario = copy();
        Files.writeString(scenario, Files.readString(scenario).replace("\"domesticAssemblyMaxShare\"",
                "\"domesticAssemblyShare\""));
        CliTest.Run r = validate(scenario);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("domesticAssemblyMaxShare"), r.err());
    }

    /** A saved result with embedded demand renders the same memo again (the section survives the JSON round trip). */
    @Test
    void aSavedResultWithEmbeddedDemandRendersTheSameMemo() throws IOException {
        Path out = dir.resolve("memo");
        CliTest.Run solve = CliTest.run("solve", FIXTURE.resolve("scenario.json").toString(), "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve.err());
        CliTest.Run md = CliTest.run("report", out.resolve("result.json").toString());
        assertEquals(0, md.exitCode(), md.err());
        assertEquals(Files.readString(out.resolve("report.md")), md.out());
        assertTrue(md.out().contains("| direct and embedded | 24.0% | 21.3% |"), md.out());
    }
}

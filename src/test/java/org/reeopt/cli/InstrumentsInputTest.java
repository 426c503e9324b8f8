package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.cli.BadInputFixture.assertLine;
import static org.reeopt.cli.BadInputFixture.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad financing input: exit 2, one line per problem naming file, line and field, all problems at once. */
class InstrumentsInputTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/instruments");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        return BadInputFixture.copy(FIXTURE, dir, "scenario.json", "instruments.csv", "accounts.csv",
                "process-chain.csv", "existing-capacity.csv", "options.csv");
    }

    @Test
    void badInstrumentRowsAreAllReportedWithFileLineAndField() throws IOException {
        Path scenario = copy();
        Files.writeString(dir.resolve("instruments.csv"), String.join("\n",
                "id,name,kind,account,options,creditSubsidyShare,maxCapexShare,minNonFederalShare,"
                        + "privateUsdPerFederalUsd,outlayProfile",
                "a,A,bond,dpa,,,,,,",
                "b,B,direct-loan,osc,,,,,,",
                "c,C,grant,osk,plant,,,,,",
                "d,D,grant,dpa,plnt,,1.5,,,",
                "e,E,direct-loan,osc,,0.1,,1,,0.5;0.4",
                "a,A again,grant,dpa,,,,,,", ""));
        CliTest.Run r = validate(scenario);
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "instruments.csv:2: field kind: \"bond\" is not one of grant, equity, direct-loan, loan-guarantee");
        assertLine(r, "instruments.csv:3: field creditSubsidyShare: is required for a direct-loan (the credit subsidy"
                + " cost per USD of face value, e.g. 0.1)");
        assertLine(r, "instruments.csv:4: field account: no account \"osk\" in the accounts table (did you mean `osc`?)");
        assertLine(r, "instruments.csv:5: field options: no option \"plnt\" (did you mean `plant`?)");
        assertLine(r, "instruments.csv:6: field minNonFederalShare: must be below 1 (1 would leave nothing to finance)");
        assertLine(r, "instruments.csv:7: field id: instrument a is listed twice");
    }

    @Test
    void badCommittedFinancingRowsAreNamed() throws IOException {
        Path scenario = copy();
        for (String f : List.of("committed.json", "options-committed.csv", "committed-projects.csv")) {
            Files.copy(FIXTURE.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("committed-financing.csv"), String.join("\n",
                "project,kind,account,faceValueMillionUsd,creditSubsidyShare,obligated",
                "old-plnt,equity,dpa,400,,2025-07",
                "old-plant,direct-loan,osc,150,,2025-08",
                "old-plant,equity,dpa,400,0.1,2025-07",
                "old-plant,equity,dpa,-5,,2025-07",
                "old-plant,grant,dpa,5,,July 2025", ""));
        CliTest.Run r = validate(scenario.resolveSibling("committed.json"));
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "committed-financing.csv:2: field project: no committed project \"old-plnt\" (name it by its "
                + "option id) (did you mean `old-plant`?)");
        assertLine(r, "committed-financing.csv:3: field creditSubsidyShare: is required for a direct-loan (the credit"
                + " subsidy cost per USD of face value, e.g. 0.1)");
        assertLine(r, "committed-financing.csv:4: field creditSubsidyShare: applies only to a direct-loan or "
                + "loan-guarantee");
        assertLine(r, "committed-financing.csv:5: field faceValueMillionUsd: must not be negative, got -5.0");
        assertLine(r, "committed-financing.csv:6: field obligated: must be a year and month such as 2025-07, got "
                + "\"July 2025\"");
    }

    @Test
    void badAccountsAndFinancingFieldsAreNamed() throws IOException {
        Path scenario = copy();
        Files.writeString(dir.resolve("accounts.csv"), "id,name,budgetAuthorityCapBillionUsd,faceValueCapBillionUsd\n"
                + "dpa,DPA,-1,\nosc,OSC,,x\n");
        Files.writeString(scenario, Files.readString(scenario).replace("\"budget\": { \"totalBillionUsd\": 0.1 }",
                "\"budget\": { \"totalBillionUsd\": 0.1 },\n  \"financing\": { \"obligationMonth\": 13, "
                        + "\"fiscalYearCapBasis\": \"cash\" }"));
        CliTest.Run r = validate(scenario);
        assertEquals(2, r.exitCode(), r.err());
        assertLine(r, "accounts.csv:2: field budgetAuthorityCapBillionUsd: must not be negative, got -1.0");
        assertTrue(r.err().contains("accounts.csv:3: field faceValueCapBillionUsd"), r.err());
        assertLine(r, "scenario.json:19: field financing.obligationMonth: must be a month from 1 (January) to 12, got 13.0");
        assertLine(r, "scenario.json:19: field financing.fiscalYearCapBasis: \"cash\" is not one of outlays, "
                + "budgetAuthority");
        assertFalse(r.err().contains("no account"), r.err());
    }
}

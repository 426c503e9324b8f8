package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.TinyScenarioFiles.valid;
import static org.reeopt.testsupport.TinyScenarioFiles.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.Display;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;
import org.reeopt.testsupport.TinyScenarioFiles;

/**
 * Meaning checks on a tiny scenario loaded from files: each problem is located at the table row it came from (or
 * the scenario file), names its field, and all problems are reported together.
 */
class ScenarioValidatorTest {
    @TempDir
    Path dir;

    private ValidationReport validate(TinyScenarioFiles files) {
        return ScenarioValidator.validate(ScenarioLoader.load(files.writeTo(dir)));
    }

    private String shown(String fileName) {
        return Display.path(dir.resolve(fileName));
    }

    /** The one error of {@code report}; fails listing everything when there is not exactly one. */
    private static Problem onlyError(ValidationReport report) {
        assertEquals(1, report.errors().size(), () -> "errors: " + report.errors());
        return report.errors().get(0);
    }

    private static void assertProblem(Problem p, Problem.Severity severity, String location, String field,
                                      String messagePart) {
        assertEquals(severity, p.severity(), p.toString());
        assertEquals(location, p.location(), p.toString());
        assertEquals(field, p.field(), p.toString());
        assertTrue(p.message().contains(messagePart), () -> "<" + p.message() + "> should contain <" + messagePart
                + ">");
        assertEquals(location + ": field " + field + ": " + p.message(), p.toString());
    }

    @Test
    void theTinyScenarioHasNoProblems() {
        assertEquals(List.of(), validate(valid()).problems());
    }

    @Test
    void anUnknownNationInAnOptionIsLocatedAtItsRow() {
        ValidationReport r = validate(valid().optionsReplace("mag-x,Magnet X,US", "mag-x,Magnet X,XX"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":3", "nation",
                "unknown nation \"XX\"");
    }

    @Test
    void theLastResortSupplierCannotBeAnOptionsNation() {
        ValidationReport r = validate(valid().optionsReplace("mag-x,Magnet X,US", "mag-x,Magnet X,CN"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":3", "nation",
                "last-resort supplier");
    }

    @Test
    void anUnknownStageInAnOptionIsLocatedAtItsRow() {
        ValidationReport r = validate(valid().optionsReplace("mag-x,Magnet X,US,magnet,", "mag-x,Magnet X,US,magnett,"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":3", "stage",
                "unknown stage \"magnett\"");
    }

    @Test
    void anUnknownMaterialInAnOptionIsLocatedAtItsRow() {
        ValidationReport r = validate(valid().optionsReplace("mine-x,Mine X,US,mine,ore,", "mine-x,Mine X,US,mine,oar,"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":2", "material",
                "stage mine does not make \"oar\"");
    }

    @Test
    void aMaterialThatIsMadeAtAnotherStageIsStillWrongForThisStage() {
        ValidationReport r = validate(valid().optionsReplace("US,magnet,mag,1000", "US,magnet,ore,1000"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":3", "material",
                "stage magnet does not make \"ore\"");
    }

    @Test
    void anUnknownStageInExistingCapacityIsLocatedAtItsRow() {
        ValidationReport r = validate(valid().existingReplace("US,magnet,mag,200", "US,magnets,mag,200"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("existing-capacity.csv") + ":3", "stage",
                "unknown stage \"magnets\"");
    }

    @Test
    void aShareAboveOneIsAnErrorAtItsRow() {
        ValidationReport r = validate(valid().existingReplace("AU,mine,ore,400,0.5", "AU,mine,ore,400,1.5"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("existing-capacity.csv") + ":4", "plannerOutputShare",
                "is a share between 0 and 1, got 1.5");
    }

    @Test
    void anOptionShareAboveOneIsAnError() {
        String options = TinyScenarioFiles.DEFAULT_OPTIONS
                .replace("leadTimeYears,maxUnits", "leadTimeYears,maxUnits,plannerOutputShare")
                .replace("mine,ore,500,100,1,2", "mine,ore,500,100,1,2,1.01")
                .replace("magnet,mag,1000,200,1,2", "magnet,mag,1000,200,1,2,1");
        ValidationReport r = validate(valid().options(options));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":2", "plannerOutputShare",
                "got 1.01");
    }

    @Test
    void aLeadTimeOf200YearsIsAnErrorAndCannotProduce() {
        ValidationReport r = validate(valid().optionsReplace("magnet,mag,1000,200,1,2", "magnet,mag,1000,200,200,2"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("options.csv") + ":3", "leadTimeYears",
                "must be between 0 and 50 years, got 200.0");
        assertEquals(1, r.warnings().size(), () -> "warnings: " + r.warnings());
        assertProblem(r.warnings().get(0), Problem.Severity.WARNING, shown("options.csv") + ":3", "leadTimeYears",
                "option mag-x cannot produce within the horizon");
    }

    @Test
    void aLeadTimeOf50YearsIsAllowedButWarned() {
        ValidationReport r = validate(valid().optionsReplace("magnet,mag,1000,200,1,2", "magnet,mag,1000,200,50,2"));
        assertFalse(r.hasErrors(), () -> r.errors().toString());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void aMissingDemandYearIsNamed() {
        ValidationReport r = validate(valid().jsonReplace(", \"2032\": 1200", ""));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("tiny.json"), "demand", "no demand for 2032");
    }

    @Test
    void aMissingDemandYearInADemandTableIsNamed() {
        write(dir.resolve("demand.csv"), "year,demandTonnesPerYear\n2030,1000\n2032,1200\n");
        ValidationReport r = validate(valid().jsonReplace(
                "\"demand\": { \"tonnesPerYear\": { \"2030\": 1000, \"2031\": 1100, \"2032\": 1200 } }",
                "\"demand\": { \"table\": \"demand.csv\" }"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("tiny.json"), "demand", "no demand for 2031");
    }

    @Test
    void zeroDemandIsAnError() {
        ValidationReport r = validate(valid().jsonReplace("\"2031\": 1100", "\"2031\": 0"));
        assertProblem(onlyError(r), Problem.Severity.ERROR, shown("tiny.json"), "demand",
                "demand in 2031 must be greater than 0");
    }

    @Test
    void duplicateOptionIdsInTheRecordsAreAnError() {
        // the CSV loader merges repeated ids into one option, so a duplicate reaches validation only from records
        Scenario s = ScenarioLoader.load(valid().writeTo(dir));
        List<InvestmentOption> options = new ArrayList<>(s.options());
        InvestmentOption first = options.get(0);
        options.add(new InvestmentOption(first.id(), "copy", first.nation(), first.stage(), first.kind(),
                first.outputTonnesPerYearPerUnit(), first.capexMillionUsdPerUnit(), first.leadTimeYears(),
                first.earliestFundingYear(), first.latestFundingYear(), first.maxUnits(), first.lumpy(),
                first.plannerCapexShare(), first.plannerOutputShare(), first.subsidyUsdPerKg(),
                first.scrapTonnesPerTonneOutput(), first.substitutionTonnesPerTonne(), first.capexProfile(),
                first.source()));
        Scenario dup = new Scenario(s.name(), s.description(), s.file(), s.horizon(), s.planningNation(),
                s.lastResortSupplier(), s.nations(), s.materials(), s.chain(), s.demandTonnesPerYear(),
                s.scrapTonnesPerYear(), s.substitutionMaxShareOfDemand(), s.existingCapacity(), options,
                s.buildLimits(), s.supplyLimits(), s.budget(), s.objective(), s.targets(), s.solverSettings());
        assertProblem(onlyError(ScenarioValidator.validate(dup)), Problem.Severity.ERROR, shown("tiny.json"),
                "options", "duplicate id \"mine-x\"");
    }

    @Test
    void everyProblemIsReportedAtOnceAndThePipelineRefusesToSolve() {
        TinyScenarioFiles files = valid()
                .optionsReplace("mag-x,Magnet X,US,magnet,mag,1000,200,1,2", "mag-x,Magnet X,XX,magnet,mag,1000,200,200,2")
                .existingReplace("AU,mine,ore,400,0.5", "AU,mine,ore,400,1.5")
                .jsonReplace(", \"2032\": 1200", "");
        Path scenario = files.writeTo(dir);
        ValidationReport r = ScenarioValidator.validate(ScenarioLoader.load(scenario));
        List<String> fields = r.errors().stream().map(Problem::field).sorted().toList();
        assertEquals(List.of("demand", "leadTimeYears", "nation", "plannerOutputShare"), fields, () -> r.errors().toString());
        assertEquals("4 problems were detected in " + shown("tiny.json"), r.headline());
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Pipeline.run(scenario, RunOptions.defaults()));
        assertEquals(r.headline(), e.getMessage());
        assertEquals(r.errors(), e.report().errors());
    }

    @Test
    void aProductWithoutInputsAfterTheFirstStageIsAnError() {
        ValidationReport r = validate(valid().processChain("""
                stage,material,inputMaterial,inputTonnesPerTonneOutput
                mine,ore,,
                magnet,mag,,
                """));
        assertProblem(onlyError(r), Problem.Severity.ERROR, "process chain", "inputMaterial",
                "product magnet,mag needs inputs from stage mine");
    }
}

package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.model.LinearProgram;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.props.TinyScenarios;
import org.reeopt.scenario.Scenario;

/**
 * Second opinions: the program reeopt solves first (as exported) is solved by ojAlgo, CBC and GLPK, and their
 * optimal objectives must agree, within 1e-6 relative for LPs and within the MIP gaps (1e-4 each) for MIPs. Runs
 * every scenario in models/, every golden fixture and generated scenarios. Skips when cbc or glpsol is missing,
 * except under CI (CI=true), where .ci/run installs them and a missing program is a failure.
 */
class SolverAgreementTest {
    private static final SolverLimits LIMITS = new SolverLimits(120, 1e-4);

    static void requirePrograms() {
        boolean present = new CbcSolver().isAvailable() && new GlpkSolver().isAvailable();
        if (System.getenv("CI") != null) {
            assertTrue(present, "CI must install cbc and glpsol (apt-get install coinor-cbc glpk-utils)");
        }
        Assumptions.assumeTrue(present, "cbc or glpsol is not installed (apt-get install coinor-cbc glpk-utils): "
                + "skipping the cross-solver checks");
    }

    @BeforeEach
    void programs() {
        requirePrograms();
    }

    static Stream<Path> scenarios() throws IOException {
        Stream<Path> models = Files.list(Path.of("models")).filter(p -> p.toString().endsWith(".json"));
        Stream<Path> golden = Files.walk(Path.of("src/test/resources/golden"))
                .filter(p -> p.toString().endsWith(".json"));
        return Stream.concat(models, golden).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void cbcAndGlpkAgreeWithOjAlgo(Path file) {
        Scenario scenario = Pipeline.load(file);
        LinearProgram program = Pipeline.firstProgram(scenario, RunOptions.defaults());
        assertAgreement(file.toString(), program);
    }

    static void assertAgreement(String what, LinearProgram program) {
        SolveResult ojalgo = new OjAlgoSolver().solve(program, LIMITS);
        SolveResult cbc = new CbcSolver().solve(program, LIMITS);
        SolveResult glpk = new GlpkSolver().solve(program, LIMITS);
        assertEquals(ojalgo.status().hasPlan(), cbc.status().hasPlan(), what + ": ojalgo " + ojalgo.status()
                + ", cbc " + cbc.status());
        assertEquals(ojalgo.status().hasPlan(), glpk.status().hasPlan(), what + ": ojalgo " + ojalgo.status()
                + ", glpk " + glpk.status());
        if (!ojalgo.status().hasPlan()) {
            return;
        }
        double z = ojalgo.objective();
        double tolerance = program.hasIntegers() ? 2 * LIMITS.mipGap() * Math.max(Math.abs(z), 1e-3)
                : 1e-6 * Math.max(Math.abs(z), 1.0);
        assertEquals(z, cbc.objective(), tolerance, what + ": cbc");
        assertEquals(z, glpk.objective(), tolerance, what + ": glpk");
    }

    /** Random small scenarios (the property-test generator), 20 of them. */
    @Property(tries = 20)
    void agreeOnGeneratedScenarios(@ForAll("generated") TinyScenarios.Spec spec) {
        Scenario scenario = spec.toScenario();
        LinearProgram program = Pipeline.firstProgram(scenario, RunOptions.defaults());
        assertAgreement("generated " + spec, program);
    }

    @BeforeProperty
    void programsForProperties() {
        requirePrograms();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<TinyScenarios.Spec> generated() {
        return TinyScenarios.specs();
    }
}

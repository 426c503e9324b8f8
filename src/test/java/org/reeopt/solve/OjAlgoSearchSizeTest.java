package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.model.LinearProgram;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;

/**
 * The shipped MIPs above the old 1,000-variable cap are searched by our warm branch and bound, not by ojAlgo's
 * IntegerSolver, which took minutes on them (docs/performance.md, "Licensed elements": licensed-elements 124 s
 * against 32 s, defense-magnets 47 s against 13 s, ban-risk's first phase 38 s against 11 s, same optima; the agreement
 * of the backends on these models' first phase is SolverAgreementTest's). Builds the models only, solves nothing.
 */
class OjAlgoSearchSizeTest {
    @ParameterizedTest
    @ValueSource(strings = {"licensed-elements", "defense-magnets", "ban-risk"})
    void theShippedMipsFitTheBranchAndBound(String model) {
        LinearProgram program = Pipeline.firstProgram(Pipeline.load(Path.of("models/" + model + ".json")),
                RunOptions.defaults());
        assertTrue(program.hasIntegers(), model + " is a MIP");
        assertTrue(program.variables().size() <= OjAlgoBranchAndBound.MAX_VARIABLES, model + ": "
                + program.variables().size() + " variables, above the branch and bound's "
                + OjAlgoBranchAndBound.MAX_VARIABLES);
    }
}

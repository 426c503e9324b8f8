package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Optimisation;

/** Every ojAlgo state maps to one reeopt status, explicitly. */
class StatusMappingTest {
    @Test
    void mapsEveryOjAlgoState() {
        assertEquals(SolveStatus.OPTIMAL, OjAlgoSolver.map(Optimisation.State.OPTIMAL));
        assertEquals(SolveStatus.OPTIMAL, OjAlgoSolver.map(Optimisation.State.DISTINCT));
        assertEquals(SolveStatus.FEASIBLE, OjAlgoSolver.map(Optimisation.State.FEASIBLE));
        assertEquals(SolveStatus.INFEASIBLE, OjAlgoSolver.map(Optimisation.State.INFEASIBLE));
        assertEquals(SolveStatus.UNBOUNDED, OjAlgoSolver.map(Optimisation.State.UNBOUNDED));
        assertEquals(SolveStatus.FAILED, OjAlgoSolver.map(Optimisation.State.APPROXIMATE));
        assertEquals(SolveStatus.FAILED, OjAlgoSolver.map(Optimisation.State.FAILED));
        assertEquals(SolveStatus.FAILED, OjAlgoSolver.map(Optimisation.State.INVALID));
        assertEquals(SolveStatus.FAILED, OjAlgoSolver.map(Optimisation.State.UNEXPLORED));
    }
}

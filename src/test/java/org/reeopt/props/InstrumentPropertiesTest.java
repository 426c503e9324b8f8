package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.scenario.Financing;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.solve.SolveStatus;

/**
 * Financing instruments on random tiny scenarios ({@link TinyScenarios}): a grant from an account is today's budget,
 * and allowing a cheaper instrument never raises dependency at the same budget authority.
 */
class InstrumentPropertiesTest {
    private static final double SHARE_TOL = 1e-6;
    private static final SourceRef GENERATED = new SourceRef("generated", 0, "", "");
    private static final Financing.Account ACCOUNT = new Financing.Account("acct", "Account", OptionalDouble.empty(),
            OptionalDouble.empty(), GENERATED);
    private static final Financing.Instrument GRANT = new Financing.Instrument("grant", "Grant",
            Financing.Kind.GRANT, "acct", List.of(), List.of(), 1.0, 1.0, 0.0, 0.0, List.of(), GENERATED);

    @Provide
    Arbitrary<TinyScenarios.Spec> scenarios() {
        return TinyScenarios.specs();
    }

    private static Scenario financedBy(Scenario s, List<Financing.Instrument> instruments) {
        return s.withBudget(s.budget().withFinancing(new Financing(instruments, List.of(ACCOUNT), 1,
                Financing.FiscalYearBasis.OUTLAYS, Map.of())));
    }

    private static double objective(Scenario s) {
        RunResult r = Pipeline.run(s, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, r.status(), () -> r.summary().message());
        assertTrue(r.auditPassed(), () -> "audit: " + r.summary().audit().breaches());
        return r.summary().objective();
    }

    @Property(tries = 10)
    void aGrantForEveryOptionIsTheBudgetAsBefore(@ForAll("scenarios") TinyScenarios.Spec spec) {
        Scenario base = spec.toScenario();
        double plain = objective(base);
        double granted = objective(financedBy(base, List.of(GRANT)));
        assertEquals(plain, granted, SHARE_TOL, "objective without instruments and with a grant for every option");
    }

    @Property(tries = 10)
    void aCheaperInstrumentNeverRaisesDependencyAtTheSameBudgetAuthority(
            @ForAll("scenarios") TinyScenarios.Spec spec,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double subsidyRate,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double maxCapexShare) {
        Scenario base = spec.toScenario();
        Financing.Instrument loan = new Financing.Instrument("loan", "Loan", Financing.Kind.DIRECT_LOAN, "acct",
                List.of(), List.of(), subsidyRate, maxCapexShare, 0.0, 0.0, List.of(), GENERATED);
        double grantsOnly = objective(financedBy(base, List.of(GRANT)));
        double withLoan = objective(financedBy(base, List.of(GRANT, loan)));
        assertTrue(withLoan <= grantsOnly + SHARE_TOL, () -> "a loan at " + subsidyRate + " (max share "
                + maxCapexShare + ") raised the objective from " + grantsOnly + " to " + withLoan);
    }
}

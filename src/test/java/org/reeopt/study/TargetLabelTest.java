package org.reeopt.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reeopt.scenario.Target;

/** How a measured target is named in the draws and tables, and read back from a file saved before the labels. */
class TargetLabelTest {
    private static final Target SMCO_TONNES = new Target(Target.END_TO_END, Optional.of("smco"), 2029,
            OptionalInt.empty(), 0, OptionalDouble.of(400), true);

    @Test
    void anEndToEndOrTonnageTargetOnAProductCarriesItInBracketsAStageTargetNamesItsMaterialAlready() {
        assertEquals("at least 400 t/yr of demand met by rare-earth magnets from a China-free chain from 2029 (smco)",
                UncertaintyResult.label(SMCO_TONNES));
        Target stage = new Target("separation", Optional.of("dytb"), 2030, 0.2);
        assertEquals(stage.describe(), UncertaintyResult.label(stage));
        Target whole = new Target(Target.END_TO_END, Optional.empty(), 2030, 0.5);
        assertEquals("end-to-end dependency <= 50.0% from 2030", UncertaintyResult.label(whole));
    }

    @Test
    void aFileSavedUnderTheDescriptionAloneIsStillRead() {
        Map<Integer, Double> p = Map.of(2029, 0.25);
        UncertaintyResult.ModeSummary saved = new UncertaintyResult.ModeSummary(Map.of(), Map.of(),
                Quantiles.of(java.util.List.of()), Map.of(), Map.of(SMCO_TONNES.describe(), p), 0, null, 0, 0, 0);
        assertEquals(p, saved.probabilityOf(SMCO_TONNES));
        UncertaintyResult.ModeSummary labelled = new UncertaintyResult.ModeSummary(Map.of(), Map.of(),
                Quantiles.of(java.util.List.of()), Map.of(), Map.of(UncertaintyResult.label(SMCO_TONNES), p), 0, null, 0, 0, 0);
        assertEquals(p, labelled.probabilityOf(SMCO_TONNES));
    }
}

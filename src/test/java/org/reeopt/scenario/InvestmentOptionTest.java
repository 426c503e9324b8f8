package org.reeopt.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvestmentOptionTest {
    private static final double EPS = 1e-12;

    private static InvestmentOption option(double lead, List<Double> profile, double capexShare, double outputShare,
                                           double subsidy, Map<String, Double> outputs) {
        return new InvestmentOption("o", "o", "US", "magnet", OptionKind.PRODUCTION, outputs, 500, lead, 2030, 2040,
                1, false, capexShare, outputShare, subsidy, 0, 1, profile, new SourceRef("t", 0, "", ""));
    }

    private static InvestmentOption withLead(double lead) {
        return option(lead, InvestmentOption.evenCapexProfile(lead), 1, 1, 0, Map.of("mag", 1000.0));
    }

    @ParameterizedTest(name = "lead {0}, funded 2030: share of {1} online = {2}")
    @CsvSource({
            "1.5, 2029, 0", "1.5, 2030, 0", "1.5, 2031, 0.5", "1.5, 2032, 1", "1.5, 2050, 1",
            "0, 2029, 0", "0, 2030, 1",
            "0.25, 2030, 0.75", "0.25, 2031, 1",
            "2, 2030, 0", "2, 2031, 0", "2, 2032, 1",
            "3.75, 2033, 0.25", "3.75, 2034, 1"})
    void onlineShareIsTheClampedPartOfTheYearAfterTheLeadTime(double lead, int year, double expected) {
        assertEquals(expected, withLead(lead).onlineShare(2030, year), EPS);
    }

    @ParameterizedTest(name = "lead {0}: first output {1}")
    @CsvSource({"0, 2030", "0.25, 2030", "1, 2031", "1.5, 2031", "2, 2032", "2.99, 2032", "3, 2033"})
    void firstOutputYearIsFundingYearPlusTheWholeYearsOfLead(double lead, int expected) {
        InvestmentOption o = withLead(lead);
        assertEquals(expected, o.firstOutputYear(2030));
        // consistent with onlineShare: nothing before, something in that year
        assertEquals(0.0, o.onlineShare(2030, expected - 1), 0.0);
        assertEquals(true, o.onlineShare(2030, expected) > 0);
    }

    @ParameterizedTest(name = "lead {0}: {1} even shares")
    @CsvSource({"0, 1", "0.25, 1", "1, 1", "1.5, 2", "2, 2", "2.01, 3", "4.5, 5"})
    void evenCapexProfileSpreadsOverTheWholeYearsOfTheLeadTime(double lead, int years) {
        List<Double> profile = InvestmentOption.evenCapexProfile(lead);
        assertEquals(years, profile.size(), profile.toString());
        profile.forEach(share -> assertEquals(1.0 / years, share, EPS));
        assertEquals(1.0, profile.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    @Test
    void capexShareInYearReadsTheProfileAndIsZeroOutsideIt() {
        InvestmentOption o = option(2, List.of(0.3, 0.7), 1, 1, 0, Map.of("mag", 1000.0));
        assertEquals(0.0, o.capexShareInYear(-1), 0.0);
        assertEquals(0.3, o.capexShareInYear(0), 0.0);
        assertEquals(0.7, o.capexShareInYear(1), 0.0);
        assertEquals(0.0, o.capexShareInYear(2), 0.0);
    }

    @Test
    void spendingPerUnitCombinesTheCapexShareAndTheSubsidyOnAvailableOutput() {
        // $500M capex, 40% charged to the planner; 3300 t/yr of which 50% is the planner's; $41/kg subsidy
        InvestmentOption o = option(0.5, List.of(1.0), 0.4, 0.5, 41, Map.of("ndpr", 3000.0, "dytb", 300.0));
        assertEquals(3300.0, o.totalOutputTonnesPerYearPerUnit(), EPS);
        assertEquals(0.2, o.capexBillionUsdPerUnit(), EPS);
        // 41 USD/kg * 3300 t * 0.5 * 1000 kg/t = 67.65 M USD per full year = 0.06765 B
        assertEquals(0.06765 * 0.5, o.subsidyBillionUsdPerUnit(2030, 2030), 1e-12, "online half of 2030");
        assertEquals(0.06765, o.subsidyBillionUsdPerUnit(2030, 2031), 1e-12);
        assertEquals(0.2 + 0.06765 * 0.5, o.spendBillionUsdPerUnit(2030, 2030), 1e-12);
        assertEquals(0.06765, o.spendBillionUsdPerUnit(2030, 2031), 1e-12);
        assertEquals(0.0, o.spendBillionUsdPerUnit(2030, 2029), 0.0);
    }
}

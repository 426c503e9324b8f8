package org.reeopt.golden;

import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertShortfallTonnes;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.assertStockYear;
import static org.reeopt.golden.GoldenSupport.assertUnassured;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Supply risk, case 2 (golden/stockpile): a strategic magnet stockpile filled before a ban.
 *
 * <pre>
 * Horizon 2026-2028. Chain: magnet only. Demand 100 t/yr. Existing US capacity 30 t/yr. No options.
 * Ban on magnets in 2028 (allowedShare 0). Budget 1 bn. shortfallWeight 100.
 * Stockpile magnet-stock: price 50 USD/kg, holding 2 USD/kg/yr on the end-of-year level, maxTonnes 40,
 * initial 0, no purchase limit. Money: t tonnes x P USD/kg = t x P x 1e-6 bn.
 * Without stock, 2028 has a 70 t shortfall (as in golden/export-ban).
 *
 * scenario.json (S = 40 t):
 *   Purchases in 2028 count against the ban's cap of 0, so the stock is bought before: in 2027 rather than 2026,
 *   since a 2026 purchase pays holding at the end of 2026 and of 2027 (the least-spending solve decides).
 *   Buy 40 t in 2027, release 40 t in 2028 -> shortfall 0, 0, 30.
 *   Released stock is China-origin supply, not China-free: E = 0.7, 0.7, 0.7; magnet stage 0.7, 0.7, 0.4
 *   (2028: 40 released / 100); unassured (open purchases only) 0.7, 0.7, 0.
 *   objective = 0.7 + 100 x (0 + 0 + 0.3) / 3 = 10.7
 *   Spending 2027 = 40 x 50 x 1e-6 + 40 x 2 x 1e-6 (held at the end of 2027) = 0.002 + 0.00008 = 0.00208
 *   Levels 0, 40, 0; months of cover = level / (requirement / 12): 2027: 40 / (100 / 12) = 4.8.
 *
 * Budget 0.001 (binding): a tonne bought in 2027 costs 52e-6 bn with its holding, so t = 0.001 / 52e-6
 *   = 19.2307692 t; shortfall 2028 = 70 - 19.2307692 = 50.7692308 (share 0.507692308);
 *   objective = 0.7 + 100 x 0.507692308 / 3 = 17.6230769; months of cover 19.2307692 x 12 / 100 = 2.3076923.
 *
 * buy-limit.json (at most 25 t bought per year): 25 t in 2027 and the other 15 t in 2026.
 *   Same outcome (objective 10.7); spending 2026 = 15 x 52e-6 = 0.00078, 2027 = 25 x 50e-6 + 40 x 2e-6 = 0.00133;
 *   total 0.00211. Levels 15, 40, 0; months of cover 1.8, 4.8, 0.
 *
 * oversized.json (room for 90 t, more than the 70 t shortfall): only the need is bought: 70 t in 2027,
 *   released in 2028; shortfall 0 every year; objective = 0.7; spending 70 x 52e-6 = 0.00364 (2027);
 *   magnet stage 0.7 every year (2028: 70 released); months of cover 8.4 at the end of 2027.
 *
 * surplus.json: 250 t already in stock (maxTonnes 250), ban in every year 2026-2028, nothing can be bought.
 *   The need from China is 70 t a year, 210 t in all: 70 t released each year, shortfall 0, 40 t left at the end.
 *   Levels 180, 110, 40; holding 0.00036 + 0.00022 + 0.00008 = 0.00066; E 0.7; magnet stage 0.7 (70 released
 *   per 100 t requirement); unassured 0; objective 0.7.
 * </pre>
 */
class GoldenStockpileTest {
    private static final String CASE = "stockpile";

    @Test
    void stockBoughtBeforeTheBanCutsItsShortfallByItsSize() {
        ResultSummary s = assertOptimal(run(CASE), 10.7);
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.7, 2028, 0.7));
        assertStage(s, "magnet", years(2026, 0.7, 2027, 0.7, 2028, 0.4));
        assertUnassured(s, years(2026, 0.7, 2027, 0.7, 2028, 0.0));
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 0.0, 2028, 30.0));
        assertSpending(s, 0.00208, years(2027, 0.00208));
        assertInvestments(s);
        assertStockYear(s, "magnet-stock", 2026, 0, 0, 0, 0);
        assertStockYear(s, "magnet-stock", 2027, 40, 0, 40, 4.8);
        assertStockYear(s, "magnet-stock", 2028, 0, 40, 0, 0);
    }

    @Test
    void aBindingBudgetBuysWhatItCanIncludingHolding() {
        ResultSummary s = assertOptimal(run(CASE, RunOptions.defaults().withBudget(0.001)), 17.623076923);
        double tonnes = 0.001 / 52e-6;
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 0.0, 2028, 70 - tonnes));
        assertSpending(s, 0.001, years(2027, 0.001));
        assertStockYear(s, "magnet-stock", 2027, tonnes, 0, tonnes, tonnes * 12 / 100);
        assertStockYear(s, "magnet-stock", 2028, 0, tonnes, 0, 0);
    }

    @Test
    void aPurchaseLimitSpreadsBuyingOverTheYearsBeforeTheBan() {
        ResultSummary s = assertOptimal(run(CASE, "buy-limit.json", RunOptions.defaults()), 10.7);
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 0.0, 2028, 30.0));
        assertSpending(s, 0.00211, years(2026, 0.00078, 2027, 0.00133));
        assertStockYear(s, "magnet-stock", 2026, 15, 0, 15, 1.8);
        assertStockYear(s, "magnet-stock", 2027, 25, 0, 40, 4.8);
        assertStockYear(s, "magnet-stock", 2028, 0, 40, 0, 0);
    }

    @Test
    void aStockpileLargerThanTheShortfallIsFilledOnlyToTheNeed() {
        ResultSummary s = assertOptimal(run(CASE, "oversized.json", RunOptions.defaults()), 0.7);
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 0.0, 2028, 0.0));
        assertStage(s, "magnet", years(2026, 0.7, 2027, 0.7, 2028, 0.7));
        assertUnassured(s, years(2026, 0.7, 2027, 0.7, 2028, 0.0));
        assertSpending(s, 0.00364, years(2027, 0.00364));
        assertStockYear(s, "magnet-stock", 2027, 70, 0, 70, 8.4);
        assertStockYear(s, "magnet-stock", 2028, 0, 70, 0, 0);
    }

    /**
     * This test found that surplus stock was "released" into nowhere to stop paying its holding cost (110 t released
     * in 2026, levels 140, 70, 0; magnet stage dependency 1.0), because balance rows were inequalities. Fixed: the
     * balance of a stockpiled product is an equality (ModelBuilder.stockpiled), so released stock must be used.
     */
    @Test
    void surplusStockIsReleasedOnlyAsNeeded() {
        ResultSummary s = assertOptimal(run(CASE, "surplus.json", RunOptions.defaults()), 0.7);
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 0.0, 2028, 0.0));
        assertStage(s, "magnet", years(2026, 0.7, 2027, 0.7, 2028, 0.7));
        assertUnassured(s, years(2026, 0.0, 2027, 0.0, 2028, 0.0));
        assertStockYear(s, "magnet-stock", 2026, 0, 70, 180, 21.6);
        assertStockYear(s, "magnet-stock", 2027, 0, 70, 110, 13.2);
        assertStockYear(s, "magnet-stock", 2028, 0, 70, 40, 4.8);
        assertSpending(s, 0.00066, years(2026, 0.00036, 2027, 0.00022, 2028, 0.00008));
    }
}

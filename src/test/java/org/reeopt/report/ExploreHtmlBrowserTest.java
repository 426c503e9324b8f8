package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.study.BudgetSweep;
import org.reeopt.study.SweepResult;

/**
 * explore.html in a real browser: headless Chromium driven by Selenium through Debian's chromium-driver, the slider
 * moved with the keyboard as a user moves it, the figures read back from the page. Skipped with a message where
 * Chromium or chromium-driver is not installed (.ci/run installs both). One browser for the class.
 *
 * <p>Hand answer (scenario of {@link XlsxReportTest}: a divisible 100 t/yr plant for 0.10 B$, online a year after
 * funding, demand 100 t/yr in 2026-2028), swept at 0, 0.05 and 0.10 B$: at 0 nothing is funded, dependency 100% in
 * every year; at 0.05 B$ half the plant, 50 t/yr from 2027, dependency 100%, 50%, 50%; at 0.10 B$ the whole plant,
 * 100%, 0%, 0%, and the knee (more money buys nothing). Marginal value from 0.05 to 0.10 B$: (0% - 50%) / 0.05 B$
 * = -1000 percentage points per extra billion in 2028.
 */
class ExploreHtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;
    private static String html;

    @TempDir
    static Path dir;

    @BeforeAll
    static void openPage() throws Exception {
        SweepResult sweep = BudgetSweep.budgets(Pipeline.load(XlsxReportTest.SCENARIO), List.of(0.0, 0.05, 0.10),
                BudgetSweep.keyYears(Pipeline.load(XlsxReportTest.SCENARIO)), RunOptions.defaults(), 1, 0.1,
                (b, r) -> { });
        html = new String(ReportBundle.forSweep(sweep).get("explore.html"), StandardCharsets.UTF_8);
        Path page = dir.resolve("explore.html");
        Files.writeString(page, html);
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            return;
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1000,1200");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void needBrowser() {
        Assumptions.assumeTrue(browser != null, "chromium or chromium-driver is not installed (apt-get install "
                + "chromium chromium-driver): skipping the browser test of explore.html");
    }

    private static String shown(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static List<List<String>> plan() {
        return browser.findElements(By.cssSelector("#plan tbody tr")).stream().map(tr -> tr.findElements(
                By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    private static List<String> keyYearShares() {
        return List.of(shown("e2e-2026"), shown("e2e-2027"), shown("e2e-2028"));
    }

    /** The chosen level's line, as shares read back from its y coordinates (0% at y 260, 100% at y 20). */
    private static List<Double> chartShares() {
        String points = browser.findElement(By.id("chosen-line")).getAttribute("points");
        return java.util.Arrays.stream(points.trim().split(" ")).map(p -> Math.round((260 - Double.parseDouble(
                p.split(",")[1])) / 240 * 1000) / 1000.0).toList();
    }

    @Test
    void theSliderStartsAtTheKneeAndShowsItsLevel() {
        needBrowser();
        browser.findElement(By.id("budget")).sendKeys(Keys.END);
        assertEquals("0.10 (knee)", shown("level-budget"));
        assertEquals("0.10", shown("level-spent"));
        assertEquals(List.of("100.0%", "0.0%", "0.0%"), keyYearShares());
        assertEquals(List.of(List.of("Plant", "US", "magnet", "2026", "2027", "100", "0.10")), plan());
        assertEquals(List.of(1.0, 0.0, 0.0), chartShares());
        assertTrue(shown("marginal").startsWith("This is the highest level swept"), shown("marginal"));
    }

    @Test
    void movingTheSliderShowsEachLevelsFiguresPlanAndMarginalValue() {
        needBrowser();
        WebElement slider = browser.findElement(By.id("budget"));
        slider.sendKeys(Keys.HOME);
        assertEquals("0.00", shown("level-budget"));
        assertEquals(List.of("100.0%", "100.0%", "100.0%"), keyYearShares());
        assertEquals(List.of(), plan());
        assertEquals("No new investment.", shown("plan-note"));
        assertEquals(List.of(1.0, 1.0, 1.0), chartShares());

        slider.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("0.0500", shown("level-budget"));
        assertEquals("0.0500", shown("level-spent"));
        assertEquals("OPTIMAL", shown("level-status"));
        assertEquals(List.of("100.0%", "50.0%", "50.0%"), keyYearShares());
        assertEquals(List.of(List.of("Plant", "US", "magnet", "2026", "2027", "50", "0.0500")), plan());
        assertEquals(List.of(1.0, 0.5, 0.5), chartShares());
        assertEquals(3, browser.findElements(By.cssSelector("circle.chosen-point")).size());
        assertTrue(shown("marginal").startsWith("From this level to the next (0.10 B$), each extra billion USD changes "
                + "end-to-end dependency by: 2026 no change; 2027 -1000.0 pt (0.00 B$/pt); 2028 -1000.0 pt"),
                shown("marginal"));
    }

    @Test
    void thePageIsOneFileThatAsksNothingOfTheNetwork() {
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("src="),
                "explore.html names an external address or loads a file");
        assertTrue(html.contains("<script type=\"application/json\" id=\"data\">"), "the data are inline");
    }
}

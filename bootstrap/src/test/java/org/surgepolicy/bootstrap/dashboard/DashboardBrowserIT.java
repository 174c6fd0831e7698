package org.surgepolicy.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;
import org.surgepolicy.application.fakes.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless browser (Debian's chromium, driven through its chromedriver) against the running
 * application with its demonstration data, signed in as a viewer with HTTP Basic; today is 2025-09-01, the day after
 * the data ends, unless a test moves the clock (to see stale data, an override, a tally after months without any). Skipped, saying why, where no browser is installed, unless {@code surge.test.browser.required=true}.
 */
@FullStackTest
@Import(DashboardBrowserIT.Today.class)
@TestPropertySource(properties = "surge.demo-data.enabled=true")
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("surge.test.browser.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("surge.test.browser.driver",
        "/usr/bin/chromedriver"));
    private static final String POLICY = "securing-the-border";
    private static final LocalDate TODAY = LocalDate.parse("2025-09-01");
    private static final LocalDate FROM = LocalDate.parse("2024-06-05");
    private static final DateTimeFormatter DAY_WORDS = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    /** Noon in New York on {@link #TODAY}, unless a test moves it. */
    private static final Instant NOON_ON_TODAY = Instant.parse("2025-09-01T16:00:00Z");

    /** The application's clock, which a test may set to another day (and which is set back after each test). */
    @Autowired
    private MutableClock clock;

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        MutableClock today() {
            return new MutableClock(NOON_ON_TODAY);
        }
    }

    @AfterEach
    void backToTheDayAfterTheData() {
        clock.set(NOON_ON_TODAY);
    }

    @BeforeAll
    static void startTheBrowser(@TempDir Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "no browser to drive: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian: "
                + "apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("surge.test.browser.required")) {
                Assertions.fail("surge.test.browser.required=true but " + missing);
            }
            Assumptions.abort("Dashboard browser test skipped: " + missing);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1150");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens the dashboard and waits until it has shown everything (data-loaded "true") or given up ("error"). */
    private void open(String query) {
        browser.get("about:blank");
        browser.get("http://viewer:viewer-pw@localhost:" + port + "/" + query);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> {
            String loaded = page.findElement(By.tagName("body")).getDomAttribute("data-loaded");
            return "true".equals(loaded) || "error".equals(loaded);
        });
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")).as(message())
            .isEqualTo("true");
    }

    private String message() {
        return browser.findElement(By.id("message")).getText();
    }

    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("[data-policy='" + POLICY + "'] [data-field='" + name + "']"));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static String words(String isoDay) {
        return LocalDate.parse(isoDay).format(DAY_WORDS);
    }

    @Test
    void theStatusInWordsIsTheStatusTheApiGivesAViewer() {
        open("?from=" + FROM + "&to=" + TODAY);
        JsonNode status = Api.as("viewer", port).get("/api/v1/policies/" + POLICY + "/status").json();

        assertThat(status.path("state").asString()).isEqualTo("DISCONTINUED");
        WebElement headline = field("state");
        assertThat(headline.getDomAttribute("data-value")).isEqualTo(status.path("effectiveState").asString());
        assertThat(headline.getText()).isEqualTo("Discontinued since " + words(status.path("effectiveSince").asString()));
        assertThat(status.path("effectiveSince").asString()).isEqualTo(status.path("since").asString());
        assertThat(field("latestAverage").getText()).startsWith(String.format(Locale.US, "%,.1f a day over the 7 "
            + "days to %s", status.path("latestAverage").decimalValue(), words(status.path("dataThrough").asString())));
        // Far more days below than the 28 required: said as such, never "250 of 28".
        assertThat(status.path("daysBelowDiscontinuationThreshold").asInt()).isGreaterThan(28);
        assertThat(field("daysBelow").getText()).isEqualTo(status.path("daysBelowDiscontinuationThreshold").asInt()
            + " consecutive days below, at least the 28 required");
        assertThat(field("dataThrough").getText()).isEqualTo("Through " + words(status.path("dataThrough").asString())
            + " (yesterday)");
    }

    @Test
    void theChartHasOnePointPerDayOfTheRangeWithTheDeterminationMarked() {
        open("?from=" + FROM + "&to=" + TODAY);

        String chart = "echarts.getInstanceByDom(document.querySelector(\"[data-chart='" + POLICY + "']\"))"
            + ".getOption()";
        long days = FROM.datesUntil(TODAY.plusDays(1)).count();
        assertThat(script("return " + chart + ".xAxis[0].data")).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize((int) days)
            .startsWith(FROM.toString()).endsWith(TODAY.toString());
        for (int series = 0; series < 4; series++) {
            assertThat((Long) script("return " + chart + ".series[" + series + "].data.length")).isEqualTo(days);
        }
        List<String> determinations = Api.as("viewer", port).get("/api/v1/policies/" + POLICY + "/determinations")
            .json().valueStream().filter(d -> !LocalDate.parse(d.path("date").asString()).isBefore(FROM))
            .map(d -> d.path("date").asString() + " " + d.path("type").asString()).toList();
        assertThat(determinations).isNotEmpty();
        assertThat(script("return " + chart + ".series[1].markPoint.data.map(p => p.coord[0] + ' ' + p.name)"))
            .isEqualTo(determinations);
        for (int series = 1; series < 4; series++) {
            assertThat(script("return " + chart + ".series[" + series + "].itemStyle.color")).as("legend marker")
                .isEqualTo(script("return " + chart + ".series[" + series + "].lineStyle.color"));
        }
        String tooltip = (String) script("return " + chart + ".tooltip[0].formatter([{dataIndex: "
            + (days - 2) + "}])");
        assertThat(tooltip).startsWith("<strong>August 31, 2025</strong><br>Discontinued<br>Counted: ")
            .containsPattern("7-day average: [0-9,]+\\.[0-9]<br>")
            .contains("Thresholds: 2,500 to activate, 1,500 to discontinue");
    }

    /** It records an override: the application is started again for the tests after it, without. */
    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void underAnOverrideOnStaleDataEachStateHasItsOwnSinceTheChangeWaitsForTheOverrideAndTheAgeIsWarned() {
        // 2026-06-15: the data ends on 2025-08-31, 288 days before; an override keeps the policy in effect in June.
        clock.set(Instant.parse("2026-06-15T16:00:00Z"));
        Api admin = Api.as("admin", port);
        if (admin.get("/api/v1/policies/" + POLICY + "/overrides").json().valueStream()
            .noneMatch(o -> o.path("from").asString().equals("2026-06-01"))) {
            assertThat(admin.post("/api/v1/policies/" + POLICY + "/overrides", Map.of("state", "IN_EFFECT",
                "from", "2026-06-01", "to", "2026-06-30", "reason", "Preliminary injunction",
                "authority", "U.S. District Court")).status()).isEqualTo(201);
        }

        open("");

        WebElement headline = field("state");
        assertThat(headline.getDomAttribute("data-value")).isEqualTo("IN_EFFECT");
        assertThat(headline.getDomAttribute("data-rule-state")).isEqualTo("DISCONTINUED");
        assertThat(headline.getText()).isEqualTo("In effect since June 1, 2026, by an override (from June 1, 2026 to"
            + " June 30, 2026)");
        assertThat(field("override").getText()).isEqualTo("In effect by U.S. District Court (Preliminary"
            + " injunction), from June 1, 2026 to June 30, 2026; the rule alone says: Discontinued since February 5,"
            + " 2025");
        assertThat(field("nextChange").getText()).isEqualTo("The override ends after June 30, 2026; from July 1,"
            + " 2026 the rule's state applies: discontinued since February 5, 2025");
        assertThat(field("nextChange").getDomAttribute("data-value")).isEqualTo("2026-07-01");
        WebElement stale = field("stale");
        assertThat(stale.isDisplayed()).isTrue();
        assertThat(stale.getText()).isEqualTo("The data is stale: the newest reported day, August 31, 2025, is 288"
            + " days old (more than 3). The average, the run below the threshold and the projection rest on it.");
        assertThat(field("dataThrough").getText()).isEqualTo("Through August 31, 2025 (288 days before June 15,"
            + " 2026)");
        // The default range moves to the data, and says so, rather than showing 90 empty days.
        WebElement note = browser.findElement(By.id("range-note"));
        assertThat(note.isDisplayed()).isTrue();
        assertThat(note.getText()).isEqualTo("No day of the last 90 days is reported: showing the 90 days to the"
            + " newest reported day, August 31, 2025, 288 days before today.");
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2025-06-03");
        assertThat(browser.findElement(By.id("to")).getDomProperty("value")).isEqualTo("2025-08-31");
    }

    /** It submits a tally long after the data: the application is started again for the tests after it, without. */
    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void aTallyForYesterdayAfterMonthsWithoutDataNamesTheMissingDaysOfItsWindow() {
        clock.set(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(Api.as("operator", port).post("/api/v1/tallies", Api.submission("late-report", "RGV",
            Map.of(LocalDate.parse("2026-11-29"), 400L))).status()).isEqualTo(200);

        open("");

        assertThat(browser.findElements(By.cssSelector("[data-policy='" + POLICY + "'] [data-field='stale']")))
            .as("a day reported yesterday is not stale").isEmpty();
        assertThat(field("latestWindow").getText()).isEqualTo("The 6 missing days of the window to November 29, 2026"
            + " (November 23, 2026 to November 28, 2026) leave it without an average: a missing day is not zero.");
        assertThat(field("latestAverage").getText()).isEqualTo("none: 6 days of the 7 to November 29, 2026 missing"
            + " (November 23, 2026 to November 28, 2026)");
        assertThat(field("daysBelow").getText()).isEqualTo("0 of the 28 consecutive days required: a run starts"
            + " again once all 7 days of a window are reported");
        assertThat(browser.findElement(By.id("range-note")).isDisplayed()).isFalse();
    }

    @Test
    void theIllustrativeDataIsNoted() {
        open("");

        WebElement notice = browser.findElement(By.id("data-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("illustrative");
    }

    @Test
    void aViewerAskingForKnownAtIsToldItIsForAuditors() {
        open("");

        script("document.getElementById('known-at').value = '2025-03-01T12:00:00';"
            + "document.getElementById('controls').requestSubmit();");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> !message().isEmpty());

        assertThat(message()).isEqualTo("Only auditors may see the data as it was known at an earlier instant: "
            + "showing the data as it is now.");
        assertThat(field("state").getDomAttribute("data-value")).isEqualTo("DISCONTINUED");
    }

    @Test
    void theComparisonViewMarksTheDaysOnWhichThePoliciesDifferAndGoesWhenOnlyOneIsChosen() {
        open("?from=" + FROM + "&to=" + TODAY);
        JsonNode comparison = Api.as("viewer", port).get("/api/v1/comparisons?policies=securing-the-border,"
            + "border-emergency-authority&from=" + FROM + "&to=" + TODAY).json();
        List<String> differing = comparison.path("differingDays").valueStream().map(JsonNode::asString).toList();

        assertThat(differing).isNotEmpty().contains(FROM.toString());
        WebElement view = browser.findElement(By.id("comparison"));
        assertThat(view.isDisplayed()).isTrue();
        WebElement summary = view.findElement(By.cssSelector("[data-field='differingDays']"));
        assertThat(summary.getDomAttribute("data-value")).isEqualTo(Integer.toString(differing.size()));
        assertThat(summary.getText()).startsWith("The effective states differ on " + String.format(Locale.US, "%,d",
            differing.size()) + (differing.size() == 1 ? " day" : " days") + " from " + words(FROM.toString()) + " to "
            + words(TODAY.toString()) + ": " + words(differing.getFirst()));
        assertThat(view.findElement(By.cssSelector("[data-field='proposed']")).getDomAttribute("data-value"))
            .isEqualTo("border-emergency-authority");
        String chart = "echarts.getInstanceByDom(document.querySelector(\"[data-chart='comparison']\")).getOption()";
        long days = FROM.datesUntil(TODAY.plusDays(1)).count();
        assertThat((Long) script("return " + chart + ".xAxis[0].data.length")).isEqualTo(days);
        // Each shaded band runs from a differing day to the first day after its run: together, exactly those days.
        @SuppressWarnings("unchecked")
        List<List<String>> bands = (List<List<String>>) script("return " + chart
            + ".series[0].markArea.data.map(band => [band[0].xAxis, band[1].xAxis])");
        List<String> shaded = bands.stream().flatMap(band -> LocalDate.parse(band.get(0))
            .datesUntil(LocalDate.parse(band.get(1)).plusDays(band.get(1).equals(TODAY.toString())
                && differing.contains(TODAY.toString()) ? 1 : 0)).map(LocalDate::toString)).toList();
        assertThat(shaded).isEqualTo(differing);
        String tooltip = (String) script("return " + chart + ".tooltip[0].formatter([{dataIndex: 0}])");
        assertThat(tooltip).startsWith("<strong>June 5, 2024</strong> <em>the states differ</em>")
            .contains("<strong>Border Emergency Authority (proposed)</strong>: ");
        // The README shows this view on the demonstration data: written beside the dashboard's own screenshot.
        script("document.getElementById('comparison').scrollIntoView()");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Path written = Files.copy(shot.toPath(), Path.of("target", "comparison.png"),
                StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(written)).isGreaterThan(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        script("document.querySelector(\"#policy-choice input[value='border-emergency-authority']\").click();"
            + "document.body.dataset.loaded = 'false';"
            + "document.getElementById('controls').requestSubmit();");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page ->
            "true".equals(page.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

        assertThat(browser.findElement(By.id("comparison")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("[data-policy='border-emergency-authority']"))).isEmpty();
        assertThat(field("state").getDomAttribute("data-value")).isEqualTo("DISCONTINUED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingIsFetchedFromOutsideTheApplicationAndAScreenshotIsWritten() throws IOException {
        open("?from=" + FROM + "&to=" + TODAY);

        List<Map<String, Object>> fetched = (List<Map<String, Object>>) script("return performance"
            + ".getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
            + ".map(e => { const u = new URL(e.name); return {url: u.origin + u.pathname, host: u.hostname, "
            + "port: u.port}; })");
        assertThat(fetched).extracting(e -> e.get("url")).contains(
            "http://localhost:" + port + "/webjars/echarts/5.3.1/dist/echarts.min.js",
            "http://localhost:" + port + "/api/v1/policies/" + POLICY + "/timeline");
        assertThat(fetched).allSatisfy(entry -> {
            assertThat(entry.get("host")).as(entry.get("url").toString()).isEqualTo("localhost");
            assertThat(entry.get("port")).as(entry.get("url").toString()).isEqualTo(Integer.toString(port));
        });
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path written = Files.copy(shot.toPath(), Path.of("target", "dashboard.png"),
            StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(written)).isGreaterThan(10_000);
    }
}

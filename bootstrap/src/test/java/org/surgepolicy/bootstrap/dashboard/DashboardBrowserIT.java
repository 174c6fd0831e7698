package org.surgepolicy.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless browser (Debian's chromium, driven through its chromedriver) against the running
 * application with its demonstration data, signed in as a viewer with HTTP Basic; today is 2025-09-01, the day after
 * the data ends. Skipped, saying why, where no browser is installed, unless {@code surge.test.browser.required=true}.
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

    /** Noon in New York on {@link #TODAY}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        Clock today() {
            return Clock.fixed(Instant.parse("2025-09-01T16:00:00Z"), ZoneOffset.UTC);
        }
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
        assertThat(headline.getText()).isEqualTo("Discontinued since " + words(status.path("since").asString()));
        assertThat(field("latestAverage").getText()).startsWith(String.format(Locale.US, "%,.1f a day over the 7 "
            + "days to %s", status.path("latestAverage").decimalValue(), words(status.path("dataThrough").asString())));
        assertThat(field("daysBelow").getText()).isEqualTo(status.path("daysBelowDiscontinuationThreshold").asInt()
            + " of " + status.path("requiredDaysBelow").asInt() + " consecutive days required");
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

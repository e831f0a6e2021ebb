package nl.regioplan.pipeline.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static nl.regioplan.pipeline.web.SampleDataFolder.ACHTERHOEK;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE_PLAN;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE_SAMENWERKING_PAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in headless Chromium, as a user works it: search, facets, the targets table and its CSV download, the
 * theme matrix and its drill-down, and the keyboard. Saves a screenshot of each view to target/screenshots.
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path folder;
    static SampleServer server;
    static Path downloads;
    static ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        server = SampleServer.start(folder);
        downloads = Files.createDirectories(folder.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=nl-NL",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is named outright, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void openThePage() {
        driver.get(server.uri().toString());
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // The page starts by listing everything; wait for that, so no test races the first search.
        waitForMessage("#search-message", "Alle ");
    }

    @AfterEach
    void theBrowserReportedNoErrors() {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // The malformed-query test asks for a 400 on purpose; Chromium logs every failed fetch.
                .filter(m -> !m.contains("status of 400"))
                .toList();
        assertThat(severe).isEmpty();
    }

    @Test
    void enterSearchesAndShowsRankedHitsWithMarksAndPdfPageLinks() throws IOException {
        search("wachttijden");

        assertThat($("#search-message").getText()).isEqualTo("2 pagina's met 2 passages voor „wachttijden”");
        List<WebElement> hits = driver.findElements(By.cssSelector("#hits > li"));
        assertThat(hits).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#hits mark"))).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("wachttijden"));
        WebElement twente = hits.stream().filter(h -> h.getText().contains("Regioplan IZA Twente")).findFirst().orElseThrow();
        assertThat(twente.getText()).contains("Regio: " + TWENTE).contains("pagina 2");
        // Plan text shows as text: the "<b>" in it is visible, not bold markup.
        assertThat(twente.findElement(By.cssSelector(".snippet")).getText()).contains("ggz & jeugdzorg").contains("<b>");
        assertThat(twente.findElements(By.cssSelector(".snippet b"))).isEmpty();
        WebElement pageLink = twente.findElement(By.linkText("pagina 2"));
        assertThat(pageLink.getAttribute("href")).endsWith("/api/documents/" + TWENTE_PLAN + "/pdf#page=2");
        assertThat(pageLink.getAttribute("target")).isEqualTo("_blank");
        screenshot("search");
    }

    @Test
    void aFacetFiltersWhenClickedAndUnfiltersWhenClickedAgain() throws IOException {
        search("wachttijden");
        WebElement twente = facet("region", TWENTE);
        assertThat(twente.getText()).contains(TWENTE).contains("1");
        twente.click();

        waitForMessage("#search-message", "1 pagina met 1 passage voor „wachttijden”, regio " + TWENTE);
        assertThat(facet("region", TWENTE).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(driver.findElements(By.cssSelector("#hits > li"))).hasSize(1);
        assertThat($("#active-filters").getText()).contains("Regio: " + TWENTE);
        screenshot("search-facet");

        facet("region", TWENTE).click();
        waitForMessage("#search-message", "2 pagina's met 2 passages voor „wachttijden”");
        assertThat(facet("region", TWENTE).getAttribute("aria-pressed")).isEqualTo("false");
        assertThat($("#active-filters").getText()).isEmpty();
    }

    @Test
    void manyHitsArePagedTwentyAtATime() {
        search("samenwerking");
        facet("region", TWENTE).click();
        waitForMessage("#search-message", TWENTE_SAMENWERKING_PAGES + " pagina's met " + (TWENTE_SAMENWERKING_PAGES + 1)
                + " passages voor „samenwerking”, regio Twente (1–20)");
        assertThat(driver.findElements(By.cssSelector("#hits > li"))).hasSize(20);
        assertThat($("#pager").getText()).contains("Pagina 1 van 2");

        driver.findElement(By.xpath("//nav[@id='pager']/button[contains(., 'Volgende')]")).click();
        waitForMessage("#search-message", "(21–" + TWENTE_SAMENWERKING_PAGES + ")");
        assertThat(driver.findElements(By.cssSelector("#hits > li"))).hasSize(TWENTE_SAMENWERKING_PAGES - 20);
    }

    @Test
    void noHitsAndBadQueriesSayWhatHappened() {
        search("xyzzyqq");
        assertThat($("#search-message").getText()).isEqualTo("Geen resultaten voor „xyzzyqq”.");
        assertThat(driver.findElements(By.cssSelector("#hits > li"))).isEmpty();

        search("(wachttijden");
        waitForMessage("#search-message", "Zoeken lukte niet:");
        assertThat($("#search-message").getAttribute("class")).contains("error");
    }

    @Test
    void theTargetsTableFiltersSortsAndDownloadsExactlyTheRowsShown() throws Exception {
        $("#tab-targets").click();
        waitForMessage("#targets-message", "5 doelen");
        assertThat(rows()).hasSize(5);

        new Select($("#target-filters select[name=region]")).selectByVisibleText(TWENTE);
        waitForMessage("#targets-message", "3 van 5 doelen");
        WebElement yearHeader = $("#targets-table th[data-key=year]");
        yearHeader.findElement(By.tagName("button")).click();
        assertThat(yearHeader.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(column(3)).containsExactly("2025", "2026", "2027");
        yearHeader.findElement(By.tagName("button")).click();
        assertThat(yearHeader.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(column(3)).containsExactly("2027", "2026", "2025");
        screenshot("targets");

        // Comparisons read as a reader writes them, not as codes.
        assertThat(column(4)).contains("minimaal 30%");

        $("#download-csv").click();
        Path csv = downloads.resolve("regioplan-doelen.csv");
        wait.until(d -> Files.isRegularFile(csv) && csv.toFile().length() > 0);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        // What Dutch Excel opens by double-click: a BOM, semicolons, and the API's rows for the same filter.
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.stream().map(r -> r.get("text")).toList()).containsExactlyInAnyOrderElementsOf(column(1));
        assertThat(records).allSatisfy(r -> assertThat(r.get("region")).isEqualTo(TWENTE));
        // the deadline as a whole-number year column Excel can sort and filter
        assertThat(records).allSatisfy(r -> assertThat(r.get("deadline_year")).matches("20\\d\\d|"));
        String api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/api/targets?region=" + TWENTE
                + "&format=excel-nl")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertThat(text).isEqualTo(api);
        Files.copy(csv, SCREENSHOTS.resolve("targets-download.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(csv);

        $("#download-xlsx").click();
        Path xlsx = downloads.resolve("regioplan-doelen.xlsx");
        wait.until(d -> Files.isRegularFile(xlsx) && xlsx.toFile().length() > 0);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        Files.delete(xlsx);
    }

    @Test
    void labelsAreDutchAndTheNationalAccordIsLandelijk() throws IOException {
        search("regioplan");
        WebElement hit = wait.until(d -> d.findElement(By.cssSelector("#hits > li")));
        assertThat(hit.getText()).contains("landelijk akkoord").doesNotContain("nat_akkoord");
        assertThat(facet("type", "nat_akkoord").getText()).contains("landelijk akkoord");
        assertThat(facet("region", "Landelijk").getText()).contains("1");
        screenshot("search-labels");

        search("(wachttijden");
        waitForMessage("#search-message", "Zoeken lukte niet: Het haakje op positie 1 wordt niet gesloten");

        $("#tab-targets").click();
        waitForMessage("#targets-message", "5 doelen");
        assertThat(column(4)).contains("maximaal 6%", "minimaal 30%");
    }

    @Test
    void aMatrixCellDrillsDownToItsPassages() throws IOException {
        $("#tab-themes").click();
        WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#matrix button[data-region='" + TWENTE + "'][data-theme='B']")));
        // The share of Twente's 30 plan pages about theme B, with the passage count on hover.
        assertThat(cell.getText()).isEqualTo("76,7%");
        assertThat(cell.getAttribute("title")).contains(TWENTE_SAMENWERKING_PAGES + " passages");
        assertThat(driver.findElements(By.cssSelector("#matrix tbody th"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(ACHTERHOEK, "Landelijk", TWENTE);
        screenshot("themes");

        cell.click();
        waitForMessage("#search-message", TWENTE_SAMENWERKING_PAGES + " pagina's met " + TWENTE_SAMENWERKING_PAGES
                + " passages voor regio " + TWENTE);
        assertThat($("#panel-search").isDisplayed()).isTrue();
        assertThat($("#panel-themes").isDisplayed()).isFalse();
        assertThat($("#active-filters").getText()).contains("Regio: " + TWENTE).contains("Thema: B · Regionale samenwerking");
        assertThat(facet("theme", "B").getAttribute("aria-pressed")).isEqualTo("true");
        screenshot("themes-drilldown");
    }

    @Test
    void theAddressKeepsTheViewSoBackReloadAndSharedLinksWork() {
        $("#tab-themes").click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#matrix button[data-region='" + TWENTE + "'][data-theme='F']"))).click();
        waitForMessage("#search-message", "1 pagina met 1 passage voor regio " + TWENTE);
        assertThat(driver.getCurrentUrl()).contains("#zoeken?").contains("region=" + TWENTE).contains("theme=F");

        driver.navigate().back();
        wait.until(d -> $("#panel-themes").isDisplayed());
        driver.navigate().forward();
        waitForMessage("#search-message", "1 pagina met 1 passage voor regio " + TWENTE);

        driver.get("about:blank");
        driver.get(server.uri() + "#zoeken?q=wachttijden&region=" + TWENTE);
        waitForMessage("#search-message", "1 pagina met 1 passage voor „wachttijden”, regio " + TWENTE);
        assertThat($("#q").getAttribute("value")).isEqualTo("wachttijden");
        assertThat(facet("region", TWENTE).getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void theKeyboardReachesTheSearchBoxTabsAndFacets() {
        WebElement body = $("body");
        body.sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("tab-search");
        active().sendKeys(Keys.ARROW_RIGHT);
        assertThat(active().getAttribute("id")).isEqualTo("tab-targets");
        assertThat($("#panel-targets").isDisplayed()).isTrue();
        active().sendKeys(Keys.ARROW_LEFT);
        assertThat($("#panel-search").isDisplayed()).isTrue();

        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("q");
        active().sendKeys("wachttijden", Keys.ENTER);
        waitForMessage("#search-message", "2 pagina's met 2 passages");

        WebElement twente = facet("region", TWENTE);
        for (int i = 0; i < 40 && !twente.equals(active()); i++) active().sendKeys(Keys.TAB);
        assertThat(active()).isEqualTo(twente);
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        active().sendKeys(Keys.ENTER);
        waitForMessage("#search-message", "1 pagina met 1 passage");
    }

    private void search(String query) {
        WebElement box = $("#q");
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        wait.until(d -> {
            String message = $("#search-message").getText();
            return !message.startsWith("Zoeken…") && !message.startsWith("Alle ") ? message : null;
        });
    }

    private void waitForMessage(String selector, String part) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), part));
    }

    private WebElement facet(String facet, String value) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facets button[data-facet='" + facet + "'][data-value='" + value + "']")));
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#targets-table tbody tr"));
    }

    private List<String> column(int index) {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private WebElement $(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

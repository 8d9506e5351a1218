package org.k12jobspot.it;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium used the way a person uses the site: fields are found by their visible
 * labels, buttons by their text. Chromium is started with everything that calls home switched off
 * and every host name but loopback unresolvable.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    static Browser start() {
        var target = Path.of(System.getProperty("it.target", "target"));
        var driverPath = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
        // Both paths are given, so Selenium Manager never runs and nothing is downloaded.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driverPath);
        var service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(driverPath))
                        .usingAnyFreePort()
                        .withLogFile(target.resolve("chromedriver.log").toFile())
                        .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/lib/chromium/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024",
                "--user-data-dir="
                        + target.resolve("chromium-profiles").resolve(UUID.randomUUID().toString()),
                "--disable-features=AutofillServerCommunication,OptimizationHints,"
                        + "OptimizationGuideModelDownloading,NetworkTimeServiceQuerying",
                "--component-updater=url-source=http://127.0.0.1:9/",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        return new Browser(service, new ChromeDriver(service, options));
    }

    void open(String pathOrUrl) {
        driver.get(SiteAddress.base().resolve(pathOrUrl).toString());
    }

    /** The form control that the label with exactly this visible text is for. */
    WebElement field(String label) {
        var labelElement =
                driver.findElement(By.xpath("//label[normalize-space(.)=" + quote(label) + "]"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    void fillIn(String label, String value) {
        var input = field(label);
        input.clear();
        input.sendKeys(value);
    }

    void choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    /** Ticks the checkbox with this label, if it is not ticked yet. */
    void tick(String label) {
        var box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Presses a button that sends its form and waits for the page that comes back. */
    void submit(String buttonText) {
        markPage();
        button(buttonText).click();
        awaitNewPage();
    }

    /** Presses a button that updates part of the page and waits until the update is done. */
    void press(String buttonText) {
        button(buttonText).click();
        awaitAjax();
    }

    /** Presses the button a screen reader announces by this name (its aria-label). */
    void pressNamed(String accessibleName) {
        driver.findElement(By.xpath("//button[@aria-label=" + quote(accessibleName) + "]")).click();
        awaitAjax();
    }

    /** The error shown beside the field with this label, if any. */
    Optional<String> messageBeside(String label) {
        var messages =
                field(label)
                        .findElements(
                                By.xpath(
                                        "./ancestor::div[contains(concat(' ', @class, ' '), ' field"
                                            + " ')][1]"
                                            + "//*[contains(@class,'ui-message-error-detail')]"));
        return messages.stream().map(WebElement::getText).findFirst();
    }

    /** The visible text of the whole page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The visible text of the part of the page headed by this h2. */
    String section(String heading) {
        return driver.findElement(
                        By.xpath("//section[h2[normalize-space(.)=" + quote(heading) + "]]"))
                .getText();
    }

    void awaitText(String text) {
        wait.until(d -> text().contains(text));
    }

    void follow(String linkText) {
        markPage();
        driver.findElement(By.linkText(linkText)).click();
        awaitNewPage();
    }

    /** Follows the link a screen reader announces by this name (its aria-label). */
    void followNamed(String accessibleName) {
        markPage();
        driver.findElement(By.xpath("//a[@aria-label=" + quote(accessibleName) + "]")).click();
        awaitNewPage();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private WebElement button(String text) {
        return driver.findElement(
                By.xpath(
                        "//input[(@type='submit' or @type='button') and @value="
                                + quote(text)
                                + "] | //button[normalize-space(.)="
                                + quote(text)
                                + "]"));
    }

    /** Tags the current document, so that a new one can be told from it. */
    private void markPage() {
        script("window.itPreviousPage = true");
    }

    /**
     * Waits for a document without the tag to finish loading. While the old page unloads, the
     * driver may report errors about the vanishing document; those only mean "not yet".
     */
    private void awaitNewPage() {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(WebDriverException.class)
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        script(
                                                "return !window.itPreviousPage &&"
                                                        + " document.readyState === 'complete'")));
    }

    private void awaitAjax() {
        wait.until(
                d ->
                        Boolean.TRUE.equals(
                                script(
                                        "return document.readyState === 'complete'"
                                                + " && !!window.PrimeFaces"
                                                + " && PrimeFaces.ajax.Queue.isEmpty()")));
    }

    Object script(String source) {
        return ((JavascriptExecutor) driver).executeScript(source);
    }

    private static String quote(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}

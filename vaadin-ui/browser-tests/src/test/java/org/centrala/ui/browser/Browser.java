package org.centrala.ui.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (STACK.md: never a downloaded
 * browser), with the few steps the tests take on Vaadin's components: their inputs are light-DOM
 * children, grids render cells as {@code vaadin-grid-cell-content}, notifications are cards.
 */
final class Browser implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI base;
    private final Path downloads;
    private final WebDriverWait wait;

    Browser(URI base, Path workDirectory) throws IOException {
        this.base = base;
        Path profile = Files.createTempDirectory(workDirectory, "chromium-");
        downloads = Files.createDirectories(workDirectory.resolve("downloads-" + profile.getFileName()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=en");
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    /** A wait of its own: a message set on a shared wait would stay for the next one. */
    private WebDriverWait waiting(String message) {
        return (WebDriverWait) new WebDriverWait(driver, PATIENCE).withMessage(message);
    }

    /** Also for a page that lays itself out again while it is waited on (its elements go stale and come back). */
    private WebDriverWait waiting(java.util.function.Supplier<String> message) {
        return (WebDriverWait) new WebDriverWait(driver, PATIENCE).withMessage(message)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void go(String path) {
        driver.get(base.resolve(path).toString());
    }

    void signIn(String username, String password) {
        go("signin");
        type("username", username);
        type("password", password);
        click("sign-in");
        byId("welcome");
    }

    void signOut() {
        click("sign-out");
        byId("username");
    }

    /** Waits for the element (a dialog's fields live in an overlay, still in the document). */
    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    void type(String id, String text) {
        WebElement input = byId(id).findElement(By.cssSelector("input, textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Picks an item of a combo box by typing its label. */
    void choose(String id, String label) {
        WebElement input = byId(id).findElement(By.cssSelector("input"));
        input.sendKeys(label);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
    }

    /** Adds an item to a multi-select combo box by typing its label and clicking it in the overlay. */
    void chooseAlso(String id, String label) {
        WebElement input = byId(id).findElement(By.cssSelector("input"));
        input.sendKeys(label);
        WebElement item = waiting(() -> "an item '" + label + "' of #" + id).until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .stream().filter(e -> e.getText().contains(label)).findFirst().orElse(null));
        item.click();
        input.sendKeys(Keys.ESCAPE);
    }

    /** Confirms the open confirmation dialog. */
    void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']"))).click();
    }

    /** How many elements the CSS selector finds now. */
    int countBy(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** Clicks the last element the CSS selector finds, brought to the middle of the window (a grid's last row may be below). */
    void clickLast(String css) {
        List<WebElement> found = waiting("an element " + css).until(d -> {
            List<WebElement> all = d.findElements(By.cssSelector(css));
            return all.isEmpty() ? null : all;
        });
        WebElement last = found.get(found.size() - 1);
        script("arguments[0].scrollIntoView({block: 'center'});", last);
        last.click();
    }

    /** Clicks the element once it can be clicked, brought to the middle of the window first (below the fold, it may be covered). */
    void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** What a field holds now. */
    String value(String id) {
        return byId(id).findElement(By.cssSelector("input, textarea")).getDomProperty("value");
    }

    String text(String id) {
        return byId(id).getText();
    }

    void waitForText(String id, String contained) {
        waiting(() -> "#" + id + " to contain '" + contained + "', it shows '" + (present(id) ? driver.findElement(By.id(id)).getText() : "(absent)") + "'")
                .until(d -> d.findElement(By.id(id)).getText().contains(contained));
    }

    /** The texts of a grid's rendered cells. */
    @SuppressWarnings("unchecked")
    List<String> cells(String gridId) {
        byId(gridId);
        // One round trip for all cells, not one per cell: a grid shows a hundred or more.
        return (List<String>) script("return Array.from(document.querySelectorAll('#" + gridId + " vaadin-grid-cell-content'))"
                + ".map(cell => cell.textContent.trim());");
    }

    void waitForCell(String gridId, String text) {
        waiting(() -> "grid #" + gridId + " to show '" + text + "'").until(d -> cells(gridId).contains(text));
    }

    void clickCell(String gridId, String text) {
        waitForCell(gridId, text);
        WebElement cell = (WebElement) script("return Array.from(document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content'))"
                + ".find(cell => cell.textContent.trim() === arguments[1]);", gridId, text);
        // A row below the fold, or under a notification, is brought to the middle of the window first.
        script("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
    }

    /** The text of the newest notification shown, once one is. */
    String notification() {
        waiting("a notification").until(d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        List<WebElement> cards = driver.findElements(By.cssSelector("vaadin-notification-card"));
        return cards.get(cards.size() - 1).getText();
    }

    void waitForNotification(String contained) {
        waiting(() -> "a notification containing '" + contained + "'").until(d -> d.findElements(By.cssSelector("vaadin-notification-card"))
                .stream().anyMatch(card -> card.getText().contains(contained)));
    }

    /** The paths the navigation offers. */
    List<String> areas() {
        byId("areas");
        return driver.findElements(By.cssSelector("#areas vaadin-side-nav-item")).stream().map(item -> item.getAttribute("path"))
                .collect(Collectors.toList());
    }

    /** The message shown under an invalid field, once it is shown. */
    String fieldError(String id) {
        WebElement field = byId(id);
        return waiting(() -> "#" + id + " to show an error message").until(d -> {
            if (field.getAttribute("invalid") == null) {
                return null;
            }
            String message = field.findElement(By.cssSelector("[slot='error-message']")).getText();
            return message.isBlank() ? null : message;
        });
    }

    /** A file the browser downloaded, once it is complete. */
    Path downloaded(String name) {
        Path file = downloads.resolve(name);
        waiting("the download of " + name).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * How many rows a grid has now (its items, not the rows drawn): the grid keeps cells of rows it
     * no longer shows in the page, so their texts cannot tell what is gone.
     */
    long rowCount(String gridId) {
        byId(gridId);
        return ((Number) script("return document.getElementById(arguments[0]).size || 0;", gridId)).longValue();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    void screenshot(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}

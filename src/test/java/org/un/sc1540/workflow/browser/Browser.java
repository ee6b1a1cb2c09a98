package org.un.sc1540.workflow.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's ChromeDriver: a real browser, started with the flags this
 * closed network needs, and never downloaded by a test tool.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  String currentPath() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  WebElement await(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement awaitClickable(By locator) {
    return awaitClickable(locator, Duration.ofSeconds(30));
  }

  WebElement awaitClickable(By locator, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Scrolls the element to the middle of the window, clear of fixed footers, and clicks it. */
  void click(By locator) {
    WebElement element = awaitClickable(locator);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    awaitClickable(locator).click();
  }

  void awaitGone(By locator) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    } catch (org.openqa.selenium.TimeoutException stillThere) {
      throw new AssertionError("Still on the page after 30 s: " + locator + "; the page, in "
          + screenshot("failed-" + System.currentTimeMillis()) + ", says: " + pageText(), stillThere);
    }
  }

  void awaitText(By locator, String text) {
    awaitText(locator, text, Duration.ofSeconds(30));
  }

  /** As {@link #awaitText(By, String)}, for pages slower than 30 s on a busy machine (Cockpit). */
  void awaitText(By locator, String text, Duration timeout) {
    try {
      new WebDriverWait(driver, timeout)
          .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    } catch (org.openqa.selenium.TimeoutException missing) {
      throw new AssertionError("Not on the page after " + timeout.toSeconds() + " s: \"" + text + "\"; the page, in "
          + screenshot("failed-" + System.currentTimeMillis()) + ", says: " + pageText(), missing);
    }
  }

  private String pageText() {
    String text = driver.findElement(By.tagName("body")).getText();
    return text.length() > 2000 ? text.substring(0, 2000) + " …" : text;
  }

  /**
   * Types into the form field with this label until the field holds the text: Tasklist redraws a
   * task's form when the task is claimed, and text typed into the form before the redraw is lost.
   */
  void typeInto(String label, String text) {
    By field = By.xpath("//label[contains(.,'" + label + "')]");
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          WebElement input = d.findElement(By.id(d.findElement(field).getAttribute("for")));
          if (!text.equals(input.getAttribute("value"))) {
            input.clear();
            input.sendKeys(text);
          }
          return text.equals(input.getAttribute("value"));
        });
  }

  /**
   * Signs in to a Camunda web application as a new user would: the application sends a browser
   * without a session to the Committee's login page, and after signing in it comes back.
   */
  void signInToWebapp(String app, String user, String password) {
    open("/camunda/app/" + app + "/default/");
    await(By.id("username")).sendKeys(user);
    driver().findElement(By.id("password")).sendKeys(password);
    driver().findElement(By.cssSelector("button[type='submit']")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("/camunda/app/" + app + "/"));
    // Signed in once the application's header shows the user (a slow start on a busy machine).
    try {
      awaitClickable(By.cssSelector("li.account a.dropdown-toggle"), Duration.ofSeconds(120));
    } catch (org.openqa.selenium.TimeoutException notSignedIn) {
      screenshot("failed-sign-in-" + app + "-" + user);
      throw new AssertionError("Not signed in to " + app + " as " + user + "; the browser is at "
          + driver().getCurrentUrl(), notSignedIn);
    }
  }

  /** Saves a PNG of the page under target/screenshots. */
  Path screenshot(String name) {
    File png = driver.getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  @Override
  public void close() {
    driver.quit();
  }
}

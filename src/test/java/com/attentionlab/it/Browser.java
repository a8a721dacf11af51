package com.attentionlab.it;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium and /usr/bin/chromedriver, named
 * explicitly so that Selenium Manager downloads nothing, with the flags that keep Chromium from stalling on this
 * network's blocked hosts.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start(int width, int height) {
        return start(width, height, new String[0]);
    }

    public static WebDriver start(int width, int height, String... extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(extraArguments);
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-extensions", "--disable-quic", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        // the viewport itself at width × height (the window size includes the browser's own chrome)
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Saves a PNG of the viewport as NAME.png in {@code target/screenshots}, so that {@code ./mvnw verify} leaves the
     * working tree as it was; {@code ./mvnw verify -Pscreenshots} points {@code screenshots.dir} at
     * {@code docs/screenshots} to refresh the README's pictures.
     */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }
}

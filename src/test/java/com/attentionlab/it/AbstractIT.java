package com.attentionlab.it;

import com.attentionlab.it.pages.LandingPage;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

/**
 * End-to-end tests in headless Chromium against the app on a random port (the production frontend bundle built
 * by {@code ./mvnw verify}). One 1280×800 browser per test class, reused by its tests; more browsers (a second user,
 * another screen) per test, quit after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractIT {

    private static WebDriver shared;
    private final List<WebDriver> own = new ArrayList<>();

    @LocalServerPort
    protected int port;

    protected String base() {
        return "http://localhost:" + port;
    }

    /** This class's 1280×800 browser, started on first use. */
    protected WebDriver browser() {
        if (shared == null) {
            shared = Browser.start(1280, 800);
        }
        return shared;
    }

    /** A browser of this test's own, at width × height, quit after the test. */
    protected WebDriver newBrowser(int width, int height) {
        WebDriver d = Browser.start(width, height);
        own.add(d);
        return d;
    }

    /** Quits one of this test's own browsers early (to keep few running at once). */
    protected void quit(WebDriver driver) {
        if (own.remove(driver)) {
            driver.quit();
        }
    }

    protected LessonPage lessonIn(WebDriver driver) {
        return new LessonPage(driver, base());
    }

    protected LandingPage landingIn(WebDriver driver) {
        return new LandingPage(driver, base());
    }

    @AfterEach
    void quitOwnBrowsers() {
        own.forEach(WebDriver::quit);
        own.clear();
    }

    @AfterAll
    static void quitSharedBrowser() {
        if (shared != null) {
            shared.quit();
            shared = null;
        }
    }
}

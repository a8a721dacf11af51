package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The session dies on the server; the page says so kindly and comes back to the same lesson. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionExpiryIT.Sessions.class)
class SessionExpiryIT {

    /** Keeps track of the server's HTTP sessions, so that the test can kill them. */
    @TestConfiguration
    static class Sessions implements HttpSessionListener {
        final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

        @Override
        public void sessionCreated(HttpSessionEvent se) {
            live.add(se.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent se) {
            live.remove(se.getSession());
        }

        void killAll() {
            for (HttpSession s : Set.copyOf(live)) {
                try {
                    s.invalidate();
                } catch (IllegalStateException alreadyGone) {
                    // fine
                }
            }
        }
    }

    @Autowired
    Sessions sessions;

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        driver = Browser.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        driver.quit();
    }

    @Test
    void expiredSession_recoversIntoTheSameLesson_withAFriendlyMessage() {
        LessonPage page = new LessonPage(driver, "http://localhost:" + port).open("softmax");
        double[][] initial = page.numbers("weights");
        page.editCell("wq", 2, 0, "0.75");
        // the input shows what was typed at once; the weights change when the server has answered
        double[][] weights = page.waitUntil(d -> {
            double[][] now = page.numbers("weights");
            return java.util.Arrays.deepEquals(now, initial) ? null : now;
        });

        sessions.killAll(); // as after a timeout or a server restart
        page.editCell("wq", 1, 1, "0.25"); // the next round trip finds the session expired

        String message = page.waitUntil(d -> {
            Object t = ((JavascriptExecutor) d).executeScript(
                    "const e = document.querySelector('.v-system-error'); return e ? e.innerText : null;");
            return t == null ? null : t.toString();
        });
        assertThat(message).contains("lesson is safe");
        driver.findElement(By.cssSelector(".v-system-error")).click();

        page.waitForStep("softmax");
        page.waitUntil(d -> page.numbers("wq").length > 0 && page.numbers("wq")[2][0] == 0.75 ? true : null);
        assertThat(page.numbers("weights")).isDeepEqualTo(weights);
    }
}

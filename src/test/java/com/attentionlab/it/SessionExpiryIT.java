package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;

/** The session dies on the server; the page says so kindly and comes back to the same lesson. */
@Import(SessionExpiryIT.Sessions.class)
class SessionExpiryIT extends AbstractIT {

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

    @Test
    void expiredSession_recoversIntoTheSameLesson_withAFriendlyMessage() {
        LessonPage page = lessonIn(browser()).open("softmax");
        double[][] initial = page.numbers("weights");
        page.editCell("wq", PRONOUN_DIMENSION, 0, "0.75");
        // the input shows what was typed at once; the weights change when the server has answered
        double[][] weights = page.waitUntil(d -> {
            double[][] now = page.numbers("weights");
            return java.util.Arrays.deepEquals(now, initial) ? null : now;
        });

        sessions.killAll(); // as after a timeout or a server restart
        page.editCell("wq", 1, 1, "0.25"); // the next round trip finds the session expired

        assertThat(page.systemErrorText()).contains("lesson is safe");
        page.clickSystemError();

        page.waitForStep("softmax");
        page.waitUntil(d -> page.numbers("wq").length > 0 && page.numbers("wq")[PRONOUN_DIMENSION][0] == 0.75
                ? true : null);
        assertThat(page.numbers("weights")).isDeepEqualTo(weights);
    }
}

package com.attentionlab.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Browserless view tests (Karibu-Testing) against the app's own Spring context: views, presenters and classrooms
 * are the production beans, built by Spring. Karibu runs no JavaScript: what a component sends to the browser is
 * read back from its element's properties; client-side behaviour belongs in the Selenium tests.
 */
@SpringBootTest
public abstract class AbstractUiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.attentionlab");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Ends this browser's session and opens a new one (a new HTTP session with a new UI). */
    protected void newSession() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Waits until {@code condition} holds, running the UI tasks that other threads queued meanwhile (e.g. a
     * classroom broadcast's {@code ui.access}).
     */
    protected static void awaitUi(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return condition.getAsBoolean();
                });
    }
}

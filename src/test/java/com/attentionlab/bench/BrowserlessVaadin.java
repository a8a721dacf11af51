package com.attentionlab.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;

/**
 * Karibu-Testing set up as the production jar runs (production mode: no dev-mode component tracking), for
 * benchmarks that measure the server side of many screens without browsers. Extend it: Vaadin is set up around
 * every test.
 */
abstract class BrowserlessVaadin {

    @org.junit.jupiter.api.BeforeEach
    void startVaadin() {
        start();
    }

    @org.junit.jupiter.api.AfterEach
    void stopVaadin() {
        stop();
    }

    static void start() {
        System.setProperty("vaadin.productionMode", "true");
        MockVaadin.setup(new Routes().autoDiscoverViews("com.attentionlab"));
    }

    static void stop() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.productionMode");
    }

    /**
     * What the end of a real request does: run pending UI tasks and collect the state tree's changes for the
     * response. Without the collection Karibu keeps every change record, and memory figures become meaningless.
     */
    static void respond() {
        MockVaadin.clientRoundtrip();
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
    }
}

package com.attentionlab.arch;

import org.apache.catalina.Context;
import org.apache.catalina.session.StandardManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other half of the choice that {@code ArchitectureTest#onlyTheEnginesValues_claimToBeSerializable} checks:
 * the running server never serializes a session (Tomcat would otherwise write sessions to disk on shutdown and
 * fail on the lesson's state). Scale-out keeps each session on one node behind a sticky load balancer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsAreNotPersistedTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void tomcat_keepsSessionsInMemoryOnly() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context app = (Context) server.getTomcat().getHost().findChildren()[0];

        assertThat(app.getManager()).isInstanceOf(StandardManager.class);
        assertThat(((StandardManager) app.getManager()).getPathname()).isNull(); // null: no SESSIONS.ser
    }
}

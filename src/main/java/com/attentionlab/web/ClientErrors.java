package com.attentionlab.web;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;


/**
 * What the server logs when a request goes wrong. A malformed request from a client (broken JSON, an event for a
 * node that does not exist, …) is the client's business: one WARN line per session, its text made safe
 * ({@link LogText}), no stack trace, so a client cannot fill the log or forge lines in it. An error in our own
 * code is an ERROR with its stack trace, as it should be.
 */
@Component
public class ClientErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClientErrors.class);
    private static final String LOGGED = ClientErrors.class.getName() + ".logged";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        if (!clientCaused(t)) {
            LOG.error("Unexpected error in the app: {}", LogText.safe(t.getClass().getName()), t);
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(LOGGED) != null) {
            return; // said once for this session
        }
        if (session != null) {
            session.setAttribute(LOGGED, Boolean.TRUE);
        }
        LOG.warn("Malformed request from a client (further ones of this session are not logged): {}: {}",
                t.getClass().getSimpleName(), LogText.safe(t.getMessage()));
    }

    /**
     * Caused by what a client sent: thrown while Vaadin's communication layer read a request, and no code of ours
     * ran between that layer and the throw (our filters further down every stack do not count).
     */
    static boolean clientCaused(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        for (StackTraceElement f : root.getStackTrace()) { // from the throw outwards
            if (f.getClassName().startsWith("com.attentionlab.")) {
                return false;
            }
            if (f.getClassName().startsWith("com.vaadin.flow.server.communication.")) {
                return true;
            }
        }
        return false;
    }
}

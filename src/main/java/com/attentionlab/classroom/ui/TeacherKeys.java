package com.attentionlab.classroom.ui;

import com.vaadin.flow.server.VaadinSession;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The control keys of the rooms this browser session teaches, kept in the session (server side), so that no key
 * ever appears in a URL, the history, a projected address bar or a Referer.
 */
final class TeacherKeys {

    private TeacherKeys() {
    }

    /** This session now controls the room. */
    static void remember(String code, String key) {
        keys().put(code, key);
    }

    /** The key of the room, if this session controls it. */
    static Optional<String> of(String code) {
        return Optional.ofNullable(keys().get(code));
    }

    /** The codes of the rooms this session holds keys for (some may have ended). */
    static java.util.Set<String> codes() {
        return java.util.Set.copyOf(keys().keySet());
    }

    static void forget(String code) {
        keys().remove(code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> keys() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, String> keys = (Map<String, String>) session.getAttribute(TeacherKeys.class.getName());
        if (keys == null) {
            keys = new ConcurrentHashMap<>();
            session.setAttribute(TeacherKeys.class.getName(), keys);
        }
        return keys;
    }
}

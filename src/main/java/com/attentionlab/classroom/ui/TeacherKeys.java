package com.attentionlab.classroom.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The control keys of the rooms this browser teaches, so that no key ever appears in a URL, the history, a
 * projected address bar or a Referer. Kept in the session (server side) and in a cookie of the browser
 * ({@code al-teach-CODE}: HttpOnly, SameSite=Lax, Secure over HTTPS or behind a proxy that ends TLS): sessions stay on one node, so when that node
 * dies the teacher's browser reaches another node with a new session, and the cookie gives the control back.
 */
final class TeacherKeys {

    /** A control cookie lasts a long lesson day; the room itself ends sooner when idle. */
    static final Duration COOKIE_LIFETIME = Duration.ofHours(12);
    private static final String COOKIE_PREFIX = "al-teach-";

    private TeacherKeys() {
    }

    /** This browser now controls the room. */
    static void remember(String code, String key) {
        keys().put(code, key);
        cookie(code, key, (int) COOKIE_LIFETIME.toSeconds());
    }

    /** The key of the room, if this browser controls it (from the session, else from the browser's cookie). */
    static Optional<String> of(String code) {
        String key = keys().get(code);
        if (key == null) {
            key = fromCookie(code);
            if (key != null) {
                keys().put(code, key); // a new session on another node: the browser brought the key
            }
        }
        return Optional.ofNullable(key);
    }

    /** The codes of the rooms this session holds keys for (some may have ended). */
    static java.util.Set<String> codes() {
        return java.util.Set.copyOf(keys().keySet());
    }

    static void forget(String code) {
        keys().remove(code);
        cookie(code, "", 0);
    }

    private static String fromCookie(String code) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> (COOKIE_PREFIX + code).equals(c.getName()))
                .map(Cookie::getValue).filter(v -> v != null && !v.isEmpty()).findFirst().orElse(null);
    }

    private static void cookie(String code, String value, int maxAgeSeconds) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        Cookie c = new Cookie(COOKIE_PREFIX + code, value);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setMaxAge(maxAgeSeconds);
        VaadinRequest request = VaadinRequest.getCurrent();
        // Secure over HTTPS, also behind a proxy that ends TLS (a forged header only makes the cookie stricter)
        c.setSecure(request != null && (request.isSecure()
                || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))));
        c.setAttribute("SameSite", "Lax");
        response.addCookie(c);
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

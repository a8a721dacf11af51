package com.attentionlab.lesson.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Absolute links to pages of this app that other devices open: share links, join links, QR codes. Their base is
 * {@code attention.public-url} (e.g. {@code http://192.168.1.20:8080}) when set; otherwise the address this
 * browser used, which is useless to a student's phone when that address is localhost.
 */
@Component
public class PublicUrls {

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final String configured;

    public PublicUrls(@Value("${attention.public-url:}") String publicUrl) {
        this.configured = normalize(publicUrl);
    }

    /** The configured base without a trailing slash, or null; a malformed value stops the app with a reason. */
    static String normalize(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        String s = publicUrl.strip().replaceAll("/+$", "");
        try {
            URI u = new URI(s);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null
                    || u.getQuery() != null || u.getFragment() != null) {
                throw new URISyntaxException(s, "not http(s)://host[:port][/path]");
            }
            return s;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("attention.public-url must look like http://192.168.1.20:8080 "
                    + "(scheme, host, optional port and path); got \"" + publicUrl + "\"", e);
        }
    }

    /** {@code base/path}: from {@code attention.public-url}, else from the current request. */
    public String absolute(String path) {
        return base() + "/" + path;
    }

    /**
     * True when links are built from this browser's address and that address is this machine (localhost): other
     * devices cannot open them. The fix: set {@code attention.public-url}.
     */
    public boolean onlyThisMachineCanOpen() {
        return configured == null && request().map(r -> THIS_MACHINE.contains(
                r.getServerName().toLowerCase(Locale.ROOT))).orElse(false);
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        return request().map(http -> {
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
        }).orElse("");
    }

    private static Optional<HttpServletRequest> request() {
        VaadinServletRequest r = VaadinServletRequest.getCurrent();
        return Optional.ofNullable(r).map(VaadinServletRequest::getHttpServletRequest);
    }
}

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
 * {@code attention.public-url} (e.g. {@code http://192.168.1.20:8080}) when set. Otherwise it is never taken from
 * a Host header the client could have made up ({@code Host: evil.example} must not put {@code evil.example} into the
 * join link a teacher hands out): the Host is used only when it names this machine (localhost, or the very IP
 * address the connection arrived on); any other name gives way to that IP address and port.
 */
@Component
public class PublicUrls {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    /** Where the links' base comes from. */
    public enum Source {
        /** {@code attention.public-url}. */
        CONFIGURED,
        /** The browser's address, which is this machine's network address: other devices can open it. */
        BROWSER_ADDRESS,
        /** The browser's address is localhost: only this machine can open the links. */
        LOOPBACK,
        /** The browser used a name that is not configured: links use the server's own IP address instead. */
        SERVER_ADDRESS
    }

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

    /** {@code base/path}: from {@code attention.public-url}, else from the current request (see the class note). */
    public String absolute(String path) {
        return base() + "/" + path;
    }

    /** Where {@link #absolute} takes its base from for the current request. */
    public Source source() {
        if (configured != null) {
            return Source.CONFIGURED;
        }
        return request().map(r -> Base.of(r).source()).orElse(Source.SERVER_ADDRESS);
    }

    /**
     * True when links are built from this browser's address and that address is this machine (localhost): other
     * devices cannot open them. The fix: set {@code attention.public-url}.
     */
    public boolean onlyThisMachineCanOpen() {
        return source() == Source.LOOPBACK;
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        return request().map(r -> Base.of(r).url()).orElse("");
    }

    private static Optional<HttpServletRequest> request() {
        VaadinServletRequest r = VaadinServletRequest.getCurrent();
        return Optional.ofNullable(r).map(VaadinServletRequest::getHttpServletRequest);
    }

    /** The base an unconfigured app builds from one request; a pure function of what the request says. */
    record Base(String url, Source source) {

        static Base of(HttpServletRequest r) {
            return of(r.getScheme(), r.getServerName(), r.getServerPort(), r.getLocalAddr(), r.getLocalPort(),
                    r.getContextPath());
        }

        /**
         * @param hostName  the name from the Host header (the client chose it)
         * @param hostPort  the port from the Host header
         * @param localAddr the IP address the connection arrived on (the client cannot choose it)
         */
        static Base of(String scheme, String hostName, int hostPort, String localAddr, int localPort,
                String contextPath) {
            String name = hostName == null ? "" : hostName.toLowerCase(Locale.ROOT);
            String local = localAddr == null ? "" : localAddr.toLowerCase(Locale.ROOT);
            if (LOOPBACK.contains(name)) {
                return new Base(url(scheme, hostName, hostPort, contextPath), Source.LOOPBACK);
            }
            if (!local.isEmpty() && unbracketed(name).equals(local)) {
                return new Base(url(scheme, hostName, hostPort, contextPath), Source.BROWSER_ADDRESS);
            }
            String literal = local.contains(":") ? "[" + localAddr + "]" : localAddr;
            return new Base(url(scheme, literal, localPort, contextPath), Source.SERVER_ADDRESS);
        }

        private static String unbracketed(String name) {
            return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        }

        private static String url(String scheme, String host, int port, String contextPath) {
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath);
        }
    }
}

package com.attentionlab.lesson.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute links to pages of this app, for sharing and QR codes. */
public final class Urls {

    private Urls() {
    }

    /** {@code scheme://host[:port]/context/} + path, from the current request; the bare path outside a request. */
    public static String absolute(String path) {
        VaadinServletRequest r = VaadinServletRequest.getCurrent();
        if (r == null) {
            return "/" + path;
        }
        HttpServletRequest http = r.getHttpServletRequest();
        String scheme = http.getScheme();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath()
                + "/" + path;
    }
}

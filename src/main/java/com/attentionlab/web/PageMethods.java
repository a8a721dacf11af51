package com.attentionlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Pages answer only the methods a browser uses with them, before Vaadin makes a session for the request.
 *
 * <p>Vaadin's servlet answers any method on any path with a page and a new HTTP session ({@code PUT},
 * {@code DELETE}, {@code PROPFIND} … all gave 200 and a cookie). Browsers only ever send: {@code GET}/{@code HEAD}
 * for pages and static files, and {@code POST} for Flow's own requests, which carry a {@code v-r} parameter
 * ({@code ?v-r=uidl}, heartbeat, upload) or go to {@code /VAADIN/} (push's long-polling fallback). Anything else
 * outside the API gets {@code 405} with {@code Allow: GET, HEAD} and no session. The API ({@code /api/}) is Spring
 * MVC's and answers its own 405s.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PageMethods extends OncePerRequestFilter {

    private static final Set<String> READ = Set.of("GET", "HEAD");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request.getMethod(), pathOf(request), request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    static boolean allowed(String method, String path, String query) {
        if (path.startsWith("/api/") || READ.contains(method)) {
            return true;
        }
        return "POST".equals(method) && (path.startsWith("/VAADIN/") || hasVaadinRequestType(query));
    }

    private static boolean hasVaadinRequestType(String query) {
        if (query == null) {
            return false;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("v-r=")) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Per-client limits on the way in: API requests per IP, and new sessions per IP (a request without a session is
 * about to create one). Over a limit: {@code 429 Too Many Requests} with {@code Retry-After} and a JSON error (API)
 * or a short page (everything else). Static resources are never limited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RateLimitFilter extends OncePerRequestFilter {

    private final ClientLimits limits;

    public RateLimitFilter(ClientLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Duration> wait = Optional.empty();
        RateLimit limit = null;
        if (path.startsWith("/api/")) {
            limit = limits.api;
        } else if (!isStatic(path) && request.getSession(false) == null) {
            limit = limits.newSessions;
        }
        if (limit != null) {
            wait = limit.tryTake(limits.client(request));
        }
        if (wait.isPresent()) {
            refuse(response, path.startsWith("/api/"), limit.message(wait.get()), wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/") || path.startsWith("/frontend/") || path.startsWith("/icons/")
                || path.equals("/favicon.ico") || path.startsWith("/themes/") || path.equals("/sw.js")
                || path.equals("/manifest.webmanifest") || path.equals("/offline.html");
    }

    private static void refuse(HttpServletResponse response, boolean json, String message, Duration wait)
            throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (json) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\": \"" + message.replace("\"", "'") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Busy</title>"
                    + "<body style=\"font: 1.2rem system-ui; max-width: 40em; margin: 3em auto\"><h1>One moment</h1><p>"
                    + message + "</p></body></html>"); // the message is our own text, no user input
        }
    }
}

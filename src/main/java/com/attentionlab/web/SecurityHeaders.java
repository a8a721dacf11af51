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

/**
 * Headers on every response that keep the browser on our side.
 *
 * <p>The Content-Security-Policy allows what Vaadin's production bundle needs and nothing else:
 * <ul>
 *   <li>{@code script-src 'unsafe-inline'}: the bootstrap page carries its configuration in an inline script, and
 *       Flow has no nonce support for it;</li>
 *   <li>{@code script-src 'unsafe-eval'}: Flow's client runs the server's {@code executeJs} calls and DOM event
 *       data expressions through {@code new Function} (our own scripts are constants with parameters, never
 *       concatenated user text);</li>
 *   <li>{@code style-src 'unsafe-inline'}: Lumo and the web components set inline styles and style elements;</li>
 *   <li>{@code img-src data:}: QR codes are SVG data URIs; {@code font-src data:} covers KaTeX's fonts if inlined.</li>
 * </ul>
 * Everything else is 'self' only; no frames of other sites ({@code frame-ancestors 'self'}), no plugins, and
 * forms post only here. No Referer leaves the app (a teacher's page holds private links).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if ("/error".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // only errors are forwarded there, never people
            return;
        }
        chain.doFilter(request, response);
    }
}

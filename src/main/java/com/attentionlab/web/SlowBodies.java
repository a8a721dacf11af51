package com.attentionlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Slow clients cannot hold the server's threads. A worker thread waits while it reads a request body, so: at most
 * {@code attention.request.bodies-per-client} bodies are read at once per client IP (more get 429 at once), and a
 * body must arrive within {@code attention.request.body-deadline-ms} in all (Tomcat's connection timeout already
 * bounds each single wait). Requests without a body (page loads, static files) are never held back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class SlowBodies extends OncePerRequestFilter {

    private final ClientLimits limits;
    private final int perClient;
    private final long deadlineMillis;
    private final Map<String, Semaphore> reading = new ConcurrentHashMap<>();

    public SlowBodies(ClientLimits limits, @Value("${attention.request.bodies-per-client:16}") int perClient,
                      @Value("${attention.request.body-deadline-ms:10000}") long deadlineMillis) {
        this.limits = limits;
        this.perClient = perClient;
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean body = request.getContentLengthLong() > 0 || "chunked".equalsIgnoreCase(
                request.getHeader("Transfer-Encoding"));
        if (!body || perClient <= 0) { // 0: the limit is off
            chain.doFilter(request, response);
            return;
        }
        String client = limits.client(request);
        Semaphore slots = reading.computeIfAbsent(client, c -> new Semaphore(perClient));
        if (!slots.tryAcquire()) {
            response.setStatus(429);
            response.setHeader("Retry-After", "1");
            response.setHeader("Connection", "close"); // and its body is not read
            response.setContentType("application/json");
            response.getWriter().write("{\"error\": \"Too many requests from your network are still sending; "
                    + "please try again in a moment.\"}");
            return;
        }
        try {
            chain.doFilter(new Deadline(request, System.currentTimeMillis() + deadlineMillis), response);
        } finally {
            slots.release();
            if (slots.availablePermits() == perClient) {
                reading.remove(client, slots);
            }
        }
    }

    /** The request, whose body stream fails once the deadline has passed. */
    private static final class Deadline extends HttpServletRequestWrapper {
        private final long until;
        private ServletInputStream stream;

        Deadline(HttpServletRequest request, long until) {
            super(request);
            this.until = until;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        check();
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        check();
                        return in.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }

        private void check() throws IOException {
            if (System.currentTimeMillis() > until) {
                throw new IOException("the request body did not arrive in time");
            }
        }
    }
}

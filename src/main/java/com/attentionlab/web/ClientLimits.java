package com.attentionlab.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * The per-client limits of this server. Per-IP limits are generous (a class of 300 behind one school router shares
 * one address and must never notice them); per-session limits are strict. Every number is a property under
 * {@code attention.client-limits.*}; docs/security.md gives the reasoning for each default.
 */
@Component
public class ClientLimits {

    private final ClientAddress address;
    /** Requests to /api/** per IP. */
    public final RateLimit api;
    /** New HTTP sessions per IP. */
    public final RateLimit newSessions;
    /** Students joining a room per IP. */
    public final RateLimit joins;
    /** Join codes that match no room, per IP (guessing codes). */
    public final RateLimit unknownCodes;
    /** Rooms started per IP. */
    public final RateLimit roomsPerIp;
    /** Live rooms one teacher session may hold at once. */
    public final int roomsPerSession;

    public ClientLimits(@Value("${attention.trusted-proxies:}") List<String> trustedProxies,
                        @Value("${attention.client-limits.api-per-minute:240}") long apiPerMinute,
                        @Value("${attention.client-limits.sessions-per-minute:600}") long sessionsPerMinute,
                        @Value("${attention.client-limits.joins-per-minute:600}") long joinsPerMinute,
                        @Value("${attention.client-limits.unknown-codes-per-minute:20}") long unknownCodesPerMinute,
                        @Value("${attention.client-limits.rooms-per-hour:30}") long roomsPerHour,
                        @Value("${attention.client-limits.rooms-per-session:3}") int roomsPerSession) {
        this.address = new ClientAddress(trustedProxies);
        this.api = new RateLimit("API requests", apiPerMinute, Duration.ofMinutes(1));
        this.newSessions = new RateLimit("new visits", sessionsPerMinute, Duration.ofMinutes(1));
        this.joins = new RateLimit("joins", joinsPerMinute, Duration.ofMinutes(1));
        this.unknownCodes = new RateLimit("join codes that match no class", unknownCodesPerMinute,
                Duration.ofMinutes(1));
        this.roomsPerIp = new RateLimit("new classrooms", roomsPerHour, Duration.ofHours(1));
        this.roomsPerSession = roomsPerSession;
    }

    /** The client a request comes from (see {@link ClientAddress}). */
    public String client(jakarta.servlet.http.HttpServletRequest request) {
        return address.of(request);
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetIdleClients() {
        for (RateLimit l : List.of(api, newSessions, joins, unknownCodes, roomsPerIp)) {
            l.forgetIdle();
        }
    }
}

package com.attentionlab.web;

import com.hazelcast.core.HazelcastInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The per-client limits of this server. Per-IP limits are generous (a class of 300 behind one school router shares
 * one address and must never notice them); per-session limits are strict. Every number is a property under
 * {@code attention.client-limits.*}; docs/security.md gives the reasoning for each default.
 * <p>
 * With a Hazelcast member on this node ({@code classroom.store=hazelcast}) the per-IP buckets live in the cluster's
 * map {@code client-limits}, so a client has one limit whichever node the load balancer sends it to; without one
 * (the default {@code classroom.store=memory}) they live in this node's memory, as a single node needs.
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
    private final boolean clustered;

    /** Limits of a single node: every bucket in this node's memory. */
    public ClientLimits(List<String> trustedProxies, long apiPerMinute, long sessionsPerMinute, long joinsPerMinute,
                        long unknownCodesPerMinute, long roomsPerHour, int roomsPerSession) {
        this(null, trustedProxies, apiPerMinute, sessionsPerMinute, joinsPerMinute, unknownCodesPerMinute,
                roomsPerHour, roomsPerSession);
    }

    /** Limits kept in the cluster when this node runs a Hazelcast member, else in this node's memory. */
    @Autowired
    public ClientLimits(ObjectProvider<HazelcastInstance> cluster,
                        @Value("${attention.trusted-proxies:}") List<String> trustedProxies,
                        @Value("${attention.client-limits.api-per-minute:240}") long apiPerMinute,
                        @Value("${attention.client-limits.sessions-per-minute:600}") long sessionsPerMinute,
                        @Value("${attention.client-limits.joins-per-minute:600}") long joinsPerMinute,
                        @Value("${attention.client-limits.unknown-codes-per-minute:20}") long unknownCodesPerMinute,
                        @Value("${attention.client-limits.rooms-per-hour:30}") long roomsPerHour,
                        @Value("${attention.client-limits.rooms-per-session:3}") int roomsPerSession) {
        HazelcastInstance hazelcast = cluster == null ? null : cluster.getIfAvailable();
        Function<String, Buckets> where = hazelcast == null ? name -> Buckets.local()
                : new Buckets.Cluster(hazelcast)::named;
        this.clustered = hazelcast != null;
        this.address = new ClientAddress(trustedProxies);
        this.api = new RateLimit("API requests", apiPerMinute, Duration.ofMinutes(1), where.apply("api"));
        this.newSessions = new RateLimit("new visits", sessionsPerMinute, Duration.ofMinutes(1),
                where.apply("sessions"));
        this.joins = new RateLimit("joins", joinsPerMinute, Duration.ofMinutes(1), where.apply("joins"));
        this.unknownCodes = new RateLimit("join codes that match no class", unknownCodesPerMinute,
                Duration.ofMinutes(1), where.apply("unknown-codes"));
        this.roomsPerIp = new RateLimit("new classrooms", roomsPerHour, Duration.ofHours(1), where.apply("rooms"));
        this.roomsPerSession = roomsPerSession;
    }

    /** True when the per-IP buckets live in the cluster (shared by every node), false when in this node. */
    public boolean clustered() {
        return clustered;
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

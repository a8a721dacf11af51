package com.attentionlab.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Optional;

/**
 * One kind of action, limited per client key (an IP address, a session): at most {@code count} per {@code window},
 * refilled smoothly (Bucket4j token buckets). Keys whose bucket is full again are forgotten, so the map stays as
 * small as the set of clients that were busy recently. The buckets live in this node's memory (a limit per node), or
 * — with a Hazelcast cluster, see {@link ClientLimits} — in the cluster's map, one bucket per client for all nodes.
 */
public final class RateLimit {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RateLimit.class);

    private final String what;
    private final long count;
    private final Duration window;
    private final Bandwidth bandwidth;
    private final Buckets buckets;

    /**
     * @param what   the action, for messages ("joins", "API requests")
     * @param count  how many per window; 0 or less turns the limit off
     * @param window the window
     */
    public RateLimit(String what, long count, Duration window) {
        this(what, count, window, Buckets.local());
    }

    /** The same, with its buckets kept in {@code buckets} (this node's memory, or the cluster). */
    RateLimit(String what, long count, Duration window, Buckets buckets) {
        this.what = what;
        this.count = count;
        this.window = window;
        this.bandwidth = count <= 0 ? null
                : Bandwidth.builder().capacity(count).refillGreedy(count, window).build();
        this.buckets = buckets;
    }

    /**
     * Takes one for {@code key}: empty when allowed, else how long until the next one is. When the cluster holding
     * the buckets cannot answer (a node shutting down, a network split), the request is let through and a warning
     * logged: a limit that fails must not take the site down with it.
     */
    public Optional<Duration> tryTake(String key) {
        if (count <= 0) {
            return Optional.empty();
        }
        ConsumptionProbe probe;
        try {
            probe = buckets.of(key, bandwidth).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            LOG.warn("The {} limit could not be checked, letting the request through: {}", what, e.toString());
            return Optional.empty();
        }
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L)));
    }

    /** True while {@code key} has nothing left (without taking anything); false when that cannot be checked. */
    public boolean exhausted(String key) {
        try {
            return count > 0 && buckets.availableTokens(key, bandwidth).filter(left -> left < 1).isPresent();
        } catch (RuntimeException e) {
            LOG.warn("The {} limit could not be checked: {}", what, e.toString());
            return false;
        }
    }

    /** The message for a client over this limit. */
    public String message(Duration retryAfter) {
        return "Too many " + what + " from your network (at most " + count + " per " + describe(window)
                + "). Please try again in " + Math.max(1, retryAfter.toSeconds()) + " s.";
    }

    /** Forgets clients whose bucket is full again (run now and then; cluster entries expire by themselves). */
    public void forgetIdle() {
        buckets.forgetIdle(count);
    }

    int clientsTracked() {
        return buckets.size();
    }

    private static String describe(Duration d) {
        return d.equals(Duration.ofMinutes(1)) ? "minute" : d.equals(Duration.ofHours(1)) ? "hour"
                : d.toSeconds() + " s";
    }
}

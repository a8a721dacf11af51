package com.attentionlab.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kind of action, limited per client key (an IP address, a session): at most {@code count} per {@code window},
 * refilled smoothly (Bucket4j token buckets). Keys whose bucket is full again are forgotten, so the map stays as
 * small as the set of clients that were busy recently.
 */
public final class RateLimit {

    private final String what;
    private final long count;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param what   the action, for messages ("joins", "API requests")
     * @param count  how many per window; 0 or less turns the limit off
     * @param window the window
     */
    public RateLimit(String what, long count, Duration window) {
        this.what = what;
        this.count = count;
        this.window = window;
    }

    /** Takes one for {@code key}: empty when allowed, else how long until the next one is. */
    public Optional<Duration> tryTake(String key) {
        if (count <= 0) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L)));
    }

    /** True while {@code key} has nothing left (without taking anything). */
    public boolean exhausted(String key) {
        Bucket b = count <= 0 ? null : buckets.get(key);
        return b != null && b.getAvailableTokens() < 1;
    }

    /** The message for a client over this limit. */
    public String message(Duration retryAfter) {
        return "Too many " + what + " from your network (at most " + count + " per " + describe(window)
                + "). Please try again in " + Math.max(1, retryAfter.toSeconds()) + " s.";
    }

    /** Forgets clients whose bucket is full again (run now and then). */
    public void forgetIdle() {
        buckets.values().removeIf(b -> b.getAvailableTokens() >= count);
    }

    int clientsTracked() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(count).refillGreedy(count, window).build()).build();
    }

    private static String describe(Duration d) {
        return d.equals(Duration.ofMinutes(1)) ? "minute" : d.equals(Duration.ofHours(1)) ? "hour"
                : d.toSeconds() + " s";
    }
}

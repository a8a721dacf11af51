package com.attentionlab.web;

import com.attentionlab.cluster.ClusterMember;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a {@link RateLimit} keeps its buckets: in this node's memory ({@link #local()}), or in the cluster's
 * {@link ClusterMember#LIMITS_MAP} so that every node sees the same bucket of a client ({@link Cluster}).
 */
interface Buckets {

    /** The bucket of {@code key}, made with {@code limit} if it has none yet. */
    Bucket of(String key, Bandwidth limit);

    /** The tokens left in the bucket of {@code key}, if it has one (none is made). */
    Optional<Long> availableTokens(String key, Bandwidth limit);

    /** Forgets keys whose bucket holds {@code full} tokens again. */
    void forgetIdle(long full);

    /** How many keys have a bucket now. */
    int size();

    /** Buckets in a map of this node: a limit per node. */
    static Buckets local() {
        return new Local();
    }

    /** In this node's memory, forgotten by {@link #forgetIdle} (run now and then). */
    final class Local implements Buckets {
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        @Override
        public Bucket of(String key, Bandwidth limit) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).build());
        }

        @Override
        public Optional<Long> availableTokens(String key, Bandwidth limit) {
            return Optional.ofNullable(buckets.get(key)).map(Bucket::getAvailableTokens);
        }

        @Override
        public void forgetIdle(long full) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= full);
        }

        @Override
        public int size() {
            return buckets.size();
        }
    }

    /**
     * The buckets of every limit of a cluster, in the one map {@link ClusterMember#LIMITS_MAP} (one synchronous
     * backup): Bucket4j's entry processors change a bucket where its entry lives, so each take is one atomic call
     * to the member owning the key. An entry expires once its bucket would be full again (plus a minute), so the
     * map holds only the clients busy recently; {@link #forgetIdle} has nothing to do.
     */
    final class Cluster {
        /** How long a bucket that has refilled stays in the map before it expires. */
        static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);

        private final IMap<String, byte[]> map;
        private final ProxyManager<String> proxies;

        Cluster(HazelcastInstance hazelcast) {
            this.map = hazelcast.getMap(ClusterMember.LIMITS_MAP);
            this.proxies = Bucket4jHazelcast.entryProcessorBasedBuilder(map)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy
                            .basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                    .build();
        }

        /** The buckets of the limit named {@code name}: its keys are {@code name + ":" + key} in the shared map. */
        Buckets named(String name) {
            if (name == null || name.isBlank() || name.contains(":")) {
                throw new IllegalArgumentException("a limit needs a name without ':', was " + name);
            }
            return new Named(name + ":");
        }

        private final class Named implements Buckets {
            private final String prefix;

            Named(String prefix) {
                this.prefix = prefix;
            }

            @Override
            public Bucket of(String key, Bandwidth limit) {
                return proxies.getProxy(prefix + key, () -> configuration(limit));
            }

            @Override
            public Optional<Long> availableTokens(String key, Bandwidth limit) {
                // Bucket4j would make a (full) bucket to answer for a missing key, even told not to; so ask the map
                if (!map.containsKey(prefix + key)) {
                    return Optional.empty();
                }
                return Optional.of(of(key, limit).getAvailableTokens());
            }

            @Override
            public void forgetIdle(long full) {
                // entries expire by themselves (expirationAfterWrite)
            }

            @Override
            public int size() {
                return (int) map.keySet().stream().filter(k -> k.startsWith(prefix)).count();
            }
        }

        private static BucketConfiguration configuration(Bandwidth limit) {
            return BucketConfiguration.builder().addLimit(limit).build();
        }
    }
}

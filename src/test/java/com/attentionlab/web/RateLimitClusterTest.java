package com.attentionlab.web;

import com.attentionlab.cluster.ClusterMember;
import com.attentionlab.cluster.ClusterSettings;
import com.hazelcast.config.SerializerConfig;
import com.hazelcast.core.EntryView;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import io.github.bucket4j.grid.hazelcast.HazelcastEntryProcessor;
import io.github.bucket4j.grid.hazelcast.VersionedBackupProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes in one JVM, each with its Hazelcast member (as {@code classroom.store=hazelcast} starts them): a
 * client's limit is one limit for the cluster, not one per node.
 */
class RateLimitClusterTest {

    private static HazelcastInstance nodeA;
    private static HazelcastInstance nodeB;

    @BeforeAll
    static void startTwoMembers() throws Exception {
        int portA = freePort();
        int portB = freePort();
        String name = "test-" + UUID.randomUUID();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        nodeA = ClusterMember.start(new ClusterSettings(name, members, portA, "127.0.0.1", Duration.ofSeconds(10)));
        nodeB = ClusterMember.start(new ClusterSettings(name, members, portB, "127.0.0.1", Duration.ofSeconds(10)));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (nodeA.getCluster().getMembers().size() < 2 || nodeB.getCluster().getMembers().size() < 2) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the two members did not find each other");
            }
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stopMembers() {
        if (nodeB != null) {
            nodeB.shutdown();
        }
        if (nodeA != null) {
            nodeA.shutdown();
        }
    }

    @Test
    void oneLimit_isSharedByTheNodesOfTheCluster() {
        RateLimit onA = clustered(nodeA, "joins", 5);
        RateLimit onB = clustered(nodeB, "joins", 5);
        String client = "203.0.113.7";

        for (int i = 0; i < 3; i++) {
            assertThat(onA.tryTake(client)).as("take %d on A", i + 1).isEmpty();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(onB.tryTake(client)).as("take %d on B", i + 4).isEmpty();
        }
        assertThat(onA.exhausted(client)).isTrue();
        assertThat(onB.exhausted(client)).isTrue();
        assertThat(onB.tryTake(client)).as("the 6th, on B").hasValueSatisfying(w ->
                assertThat(w).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThat(onA.tryTake(client)).as("the 6th, on A").hasValueSatisfying(w ->
                assertThat(w).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));

        assertThat(onB.tryTake("203.0.113.8")).as("another client").isEmpty();
        assertThat(onA.exhausted("203.0.113.8")).isFalse();
        assertThat(clustered(nodeB, "rooms", 5).tryTake(client)).as("another limit, same client").isEmpty();
        assertThat(nodeA.getMap(ClusterMember.LIMITS_MAP).keySet())
                .contains("joins:203.0.113.7", "joins:203.0.113.8", "rooms:203.0.113.7");
    }

    @Test
    void inMemory_eachNodeKeepsItsOwnBuckets() {
        RateLimit onA = new RateLimit("joins", 5, Duration.ofMinutes(1));
        RateLimit onB = new RateLimit("joins", 5, Duration.ofMinutes(1));
        String client = "203.0.113.7";

        for (int i = 0; i < 5; i++) {
            assertThat(onA.tryTake(client)).isEmpty();
            assertThat(onB.tryTake(client)).as("B knows nothing of A").isEmpty();
        }
        assertThat(onA.tryTake(client)).isPresent();
        assertThat(onB.tryTake(client)).isPresent();
    }

    @Test
    void clientLimits_withAMember_keepTheirBucketsInTheCluster() {
        ClientLimits a = new ClientLimits(provider(nodeA), List.of(), 4, 600, 600, 20, 30, 3);
        ClientLimits b = new ClientLimits(provider(nodeB), List.of(), 4, 600, 600, 20, 30, 3);
        String client = "198.51.100.23";

        assertThat(a.clustered()).isTrue();
        assertThat(a.api.tryTake(client)).isEmpty();
        assertThat(b.api.tryTake(client)).isEmpty();
        assertThat(a.api.tryTake(client)).isEmpty();
        assertThat(b.api.tryTake(client)).isEmpty();
        assertThat(a.api.tryTake(client)).as("the 5th API request, wherever it lands").isPresent();
        assertThat(b.api.tryTake(client)).isPresent();
        assertThat(a.joins.tryTake(client)).as("joins are another limit").isEmpty();
        assertThat(nodeA.getMap(ClusterMember.LIMITS_MAP).containsKey("api:" + client)).isTrue();
    }

    @Test
    void idleBuckets_expireFromTheMap_andAskingCreatesNone() {
        RateLimit onA = clustered(nodeA, "unknown-codes", 20);
        String client = "192.0.2.44";

        assertThat(onA.exhausted(client)).isFalse();
        assertThat(onA.clientsTracked()).as("asking made no bucket").isZero();

        long before = System.currentTimeMillis();
        onA.tryTake(client);
        EntryView<Object, Object> entry = nodeB.getMap(ClusterMember.LIMITS_MAP).getEntryView("unknown-codes:" + client);
        assertThat(entry).isNotNull();
        // one token refills in 3 s (20 per minute), then the bucket is kept for KEEP_AFTER_REFILL
        assertThat(entry.getExpirationTime() - before).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(3).plus(Buckets.Cluster.KEEP_AFTER_REFILL).toMillis() + 1_000);
    }

    @Test
    void bucket4jsEntryProcessors_haveTheirOwnSerializers() {
        ClusterSettings s = new ClusterSettings("x", List.of("127.0.0.1:5701"), 5701, "", Duration.ofSeconds(10));
        List<String> types = ClusterMember.config(s).getSerializationConfig().getSerializerConfigs().stream()
                .map(SerializerConfig::getTypeClass).map(Class::getName).toList();

        assertThat(types).contains(HazelcastEntryProcessor.class.getName(), VersionedBackupProcessor.class.getName());

        SerializationService running = ((SerializationServiceSupport) nodeA).getSerializationService();
        Data sent = running.toData(new HazelcastEntryProcessor<String, Long>(new byte[] {1, 2, 3}));
        assertThat(sent.getType()).as("Bucket4j's own serializer, not Java serialization")
                .isBetween(ClusterMember.BUCKET4J_TYPE_ID_BASE, ClusterMember.BUCKET4J_TYPE_ID_BASE + 3);
    }

    private static RateLimit clustered(HazelcastInstance node, String name, long perMinute) {
        return new RateLimit(name, perMinute, Duration.ofMinutes(1), new Buckets.Cluster(node).named(name));
    }

    private static org.springframework.beans.factory.ObjectProvider<HazelcastInstance> provider(HazelcastInstance hz) {
        return new StaticListableBeanFactory(Map.of("hazelcastInstance", hz)).getBeanProvider(HazelcastInstance.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}

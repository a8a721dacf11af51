package com.attentionlab.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;

/**
 * Starts this node's embedded Hazelcast member from {@link ClusterSettings}: TCP-IP join with the listed members,
 * multicast and auto-detection off, no phone-home, one synchronous backup of every map entry (a node may die and
 * its rooms live on).
 */
public final class ClusterMember {

    /** The distributed map of live classrooms (one entry per room). */
    public static final String ROOMS_MAP = "classroom-rooms";
    /** The distributed map of per-client rate-limit buckets. */
    public static final String LIMITS_MAP = "client-limits";
    /**
     * The first of the four Hazelcast serializer type ids of Bucket4j's entry processors (1000..1003; every member
     * must use the same ones).
     */
    public static final int BUCKET4J_TYPE_ID_BASE = 1000;

    private ClusterMember() {
    }

    /** The member's configuration (public for tests and for reading what a node runs with). */
    public static Config config(ClusterSettings s) {
        Config config = new Config();
        config.setClusterName(s.clusterName());
        config.setInstanceName(s.clusterName() + "-" + s.port());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false"); // Spring shuts the member down with the app
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Long.toString(s.failureAfter().toSeconds()));
        config.getJetConfig().setEnabled(false);
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(s.port()).setPortAutoIncrement(false);
        if (!s.bindAddress().isEmpty()) {
            net.getInterfaces().setEnabled(true).addInterface(s.bindAddress());
            config.setProperty("hazelcast.socket.bind.any", "false");
            config.setProperty("hazelcast.local.localAddress", s.bindAddress());
        }
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(s.members());
        config.addMapConfig(new MapConfig(ROOMS_MAP).setBackupCount(1).setAsyncBackupCount(0));
        config.addMapConfig(new MapConfig(LIMITS_MAP).setBackupCount(1).setAsyncBackupCount(0));
        // Bucket4j's entry processors travel in its own compact binary form, not by Java serialization
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), BUCKET4J_TYPE_ID_BASE);
        return config;
    }

    /** Starts the member; it joins whichever listed members are up (alone if none is). */
    public static HazelcastInstance start(ClusterSettings s) {
        return Hazelcast.newHazelcastInstance(config(s));
    }
}

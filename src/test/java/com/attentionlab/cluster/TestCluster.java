package com.attentionlab.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Hazelcast members on 127.0.0.1 for tests: free ports, a cluster name of their own, quick to join. */
public final class TestCluster {

    private TestCluster() {
    }

    /** {@code n} free ports on 127.0.0.1. */
    public static int[] freePorts(int n) {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
            for (ServerSocket s : open) {
                s.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ports;
    }

    /** The settings of the member on {@code ports[index]} of a loopback cluster with these ports. */
    public static ClusterSettings settings(String clusterName, int[] ports, int index) {
        List<String> members = new ArrayList<>();
        for (int p : ports) {
            members.add("127.0.0.1:" + p);
        }
        return new ClusterSettings(clusterName, members, ports[index], "127.0.0.1", Duration.ofSeconds(5));
    }

    /** The member's configuration, made to join fast (tests only: production waits the defaults). */
    public static Config quick(ClusterSettings settings) {
        Config config = ClusterMember.config(settings);
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.getNetworkConfig().getJoin().getTcpIpConfig().setConnectionTimeoutSeconds(1);
        return config;
    }

    /** Starts {@code n} members that form one cluster, and waits until each sees all. */
    public static List<HazelcastInstance> start(int n) {
        String name = "test-" + UUID.randomUUID();
        int[] ports = freePorts(n);
        List<HazelcastInstance> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(Hazelcast.newHazelcastInstance(quick(settings(name, ports, i))));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (members.stream().anyMatch(m -> m.getCluster().getMembers().size() < n)) {
            if (System.nanoTime() > deadline) {
                members.forEach(HazelcastInstance::shutdown);
                throw new IllegalStateException("the test cluster did not form within 60 s");
            }
            sleep(50);
        }
        return members;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

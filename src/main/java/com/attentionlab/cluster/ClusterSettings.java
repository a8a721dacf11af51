package com.attentionlab.cluster;

import java.time.Duration;
import java.util.List;

/**
 * How an app node joins the others: an embedded Hazelcast member per node, found by a fixed TCP-IP member list
 * (no multicast, no cloud discovery, nothing leaves the listed hosts).
 *
 * @param clusterName  nodes join only members with the same name ({@code classroom.hazelcast.cluster-name})
 * @param members      {@code host:port} of every node, this one included ({@code classroom.hazelcast.members})
 * @param port         the port this member listens on ({@code classroom.hazelcast.port}, default 5701)
 * @param bindAddress  the interface to listen on, e.g. {@code 127.0.0.1}; empty: Hazelcast picks one
 *                     ({@code classroom.hazelcast.interface})
 * @param failureAfter a member that has not answered heartbeats this long is taken for dead and its rooms' backups
 *                     take over ({@code classroom.hazelcast.failure-after}, default 10 s)
 */
public record ClusterSettings(String clusterName, List<String> members, int port, String bindAddress,
                              Duration failureAfter) {

    public ClusterSettings {
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException("classroom.hazelcast.cluster-name must not be empty");
        }
        members = members == null ? List.of() : members.stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("classroom.hazelcast.members must list the nodes (host:port,...) "
                    + "when classroom.store=hazelcast");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("classroom.hazelcast.port must be 1..65535, was " + port);
        }
        bindAddress = bindAddress == null ? "" : bindAddress.trim();
        if (failureAfter == null || failureAfter.toSeconds() < 2) {
            throw new IllegalArgumentException("classroom.hazelcast.failure-after must be at least 2 s");
        }
    }
}

package com.attentionlab.bench;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.HazelcastRoomStore;
import com.attentionlab.classroom.MemoryRoomStore;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.RoomRecord;
import com.attentionlab.classroom.RoomStore;
import com.attentionlab.cluster.ClusterMember;
import com.attentionlab.cluster.TestCluster;
import com.attentionlab.engine.Limits;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonScreen;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.testsupport.TestLessons;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classroom fan-out across two nodes, server side: one teacher on node A, 200 followers that do what a student's
 * screen does on a broadcast (as in {@link FanOutServerBenchmark}: load the snapshot, recompute, refresh every
 * component, changes collected for the response), with the rooms in a two-member Hazelcast cluster on 127.0.0.1.
 * Compared with all 200 on one node (memory store; Hazelcast store), and the Hazelcast hop alone (publish on A until
 * node B's store listener has the record, no followers).
 *
 * <p>Each "node" is a {@link Classrooms} with threads of its own (scheduler and bounded fan-out pool, the production
 * constructor) on its own Hazelcast member, and a Vaadin of its own: a thread on which Karibu's {@link MockVaadin}
 * was set up (Karibu keeps its servlet, session and UI per thread), holding that node's follower screens. As in
 * {@link FanOutServerBenchmark}, the followers' {@code ui.access} tasks are queued by the fan-out thread (the mocked
 * session is locked by its Vaadin thread) and run by that thread's {@code respond()}: each node's followers are
 * applied one after the other, as one fan-out thread per room and node does in production. Both nodes share this
 * JVM's cores (and its garbage collector), unlike two machines.
 *
 * <p>After a warm-up, {@value #ROUNDS} rounds, each starting with another configuration; every round measures the hop
 * and every configuration for {@value #EDITS} edits (after {@value #WARMUP} unmeasured ones); the summary pools the
 * rounds. The room's map entry lives on one member (its partition owner): each Hazelcast figure is measured with the
 * entry on the teacher's node A and on B. Coalescing is off (0 ms) as in {@link FanOutServerBenchmark}; the next edit
 * is published once every follower has applied the previous one. Asserts only that every follower applied every
 * edit.
 */
class ClusterFanOutBenchmark {

    static final int EDITS = 30;
    static final int WARMUP = 5;
    static final int FOLLOWERS = 200;
    /** Every configuration is measured this many times, interleaved (this VM is noisy). */
    static final int ROUNDS = 3;

    static final Classrooms.Settings SETTINGS = new Classrooms.Settings(1000, 1000, Duration.ofHours(2), 0,
            Duration.ofSeconds(30), Duration.ofMinutes(10));

    /** Every round's edits of a configuration, pooled for the summary. */
    static final class Pooled {
        final Map<String, List<Double>> samples = new LinkedHashMap<>();
        final Map<String, Double> sums = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();

        void add(String metric, double[] values) {
            List<Double> l = samples.computeIfAbsent(metric, k -> new ArrayList<>());
            for (double v : values) {
                l.add(v);
            }
        }

        void sum(String metric, double v) {
            sums.merge(metric, v, Double::sum);
        }

        double pct(String metric, double p) {
            double[] v = samples.get(metric).stream().mapToDouble(Double::doubleValue).toArray();
            return BenchmarkResults.round(BenchmarkResults.percentile(v, p));
        }

        Map<String, Object> fanOutSummary() {
            Map<String, Object> out = new LinkedHashMap<>();
            int followers = counts.get("followers");
            double edits = sums.get("edits");
            out.put("edits", (int) edits);
            out.put("followers", followers);
            out.put("p50_ms", pct("ms", 50));
            out.put("p95_ms", pct("ms", 95));
            out.put("max_ms", pct("ms", 100));
            out.put("publish_call_p50_ms", pct("publish", 50));
            for (String node : List.of("node_a", "node_b")) {
                if (counts.containsKey(node)) {
                    out.put(node + "_followers", counts.get(node));
                    out.put(node + "_first_follower_queued_p50_ms", pct(node + "_first", 50));
                    out.put(node + "_first_follower_queued_p95_ms", pct(node + "_first", 95));
                    out.put(node + "_all_applied_p50_ms", pct(node + "_done", 50));
                    out.put(node + "_all_applied_p95_ms", pct(node + "_done", 95));
                }
            }
            out.put("follower_work_cpu_us_per_follower",
                    BenchmarkResults.round(sums.get("follower_cpu_ns") / 1e3 / edits / followers));
            out.put("process_cpu_us_per_follower",
                    BenchmarkResults.round(sums.get("process_cpu_ns") / 1e3 / edits / followers));
            out.put("gc_ms_per_edit", BenchmarkResults.round(sums.get("gc_ms") / edits));
            return out;
        }

        Map<String, Object> hopSummary() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("edits", samples.get("to_b").size());
            for (String m : List.of("publish", "to_a", "to_b")) {
                out.put(m + "_p50_ms", pct(m, 50));
                out.put(m + "_p95_ms", pct(m, 95));
                out.put(m + "_max_ms", pct(m, 100));
            }
            return out;
        }
    }

    final Map<String, Pooled> pooled = new LinkedHashMap<>();

    final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One node's Vaadin: a thread with Karibu set up, its follower screens, and what they applied. */
    static final class VaadinNode implements AutoCloseable {
        final String name;
        final ExecutorService thread;
        final LessonPresenters presenters = TestLessons.presenters();
        final AtomicReference<CountDownLatch> queued = new AtomicReference<>(new CountDownLatch(0));
        /** The first follower callback of the current edit (System.nanoTime()). */
        final AtomicLong firstQueued = new AtomicLong();
        final List<Runnable> leaves = new ArrayList<>();
        int applied; // only on the node's thread
        int followers;

        VaadinNode(String name, Routes routes) {
            this.name = name;
            this.thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "vaadin-" + name);
                t.setDaemon(true);
                return t;
            });
            on(() -> {
                System.setProperty("vaadin.productionMode", "true");
                MockVaadin.setup(routes);
                return null;
            });
        }

        <T> T on(Callable<T> task) {
            try {
                return thread.submit(task).get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(name + ": " + e, e);
            }
        }

        /** {@code n} student screens on this node following {@code room}. */
        void follow(Classrooms classrooms, Room room, int n) {
            on(() -> {
                UI ui = UI.getCurrent();
                ui.removeAll();
                for (int i = 0; i < n; i++) {
                    LessonPresenter p = presenters.create();
                    LessonScreen s = new LessonScreen(p, x -> { }, x -> "");
                    s.setFollowing(true);
                    s.show(Step.SOFTMAX);
                    ui.add(s);
                    leaves.add(classrooms.follow(room, snap -> {
                        if (snap.ended()) {
                            return;
                        }
                        ui.access(() -> {
                            p.load(snap.lesson());
                            applied++;
                        });
                        firstQueued.compareAndSet(0, System.nanoTime());
                        queued.get().countDown();
                    }));
                }
                BrowserlessVaadin.respond();
                followers = n;
                return null;
            });
        }

        /**
         * Before a publish: a task on this node's thread that waits until every follower here has its snapshot
         * queued, then runs them (respond) and returns {finished nanoTime, CPU ns of the thread, applied}.
         */
        Future<long[]> expect() {
            CountDownLatch latch = new CountDownLatch(followers);
            queued.set(latch);
            firstQueued.set(0);
            return thread.submit(() -> {
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(name + ": only " + (followers - latch.getCount()) + " of "
                            + followers + " followers got the snapshot");
                }
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                applied = 0;
                BrowserlessVaadin.respond(); // run the followers' ui.access tasks and collect their changes
                long t1 = System.nanoTime();
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
                return new long[] {t1, cpu, applied};
            });
        }

        /** The followers leave; the screens go. */
        void clear() {
            on(() -> {
                leaves.forEach(Runnable::run);
                leaves.clear();
                BrowserlessVaadin.respond();
                UI.getCurrent().removeAll();
                BrowserlessVaadin.respond();
                followers = 0;
                return null;
            });
        }

        @Override
        public void close() {
            on(() -> {
                MockVaadin.tearDown();
                return null;
            });
            thread.shutdownNow();
        }
    }

    /** One measured configuration: the teacher publishes on {@code teacherSide}; followers per node. */
    Map<String, Object> run(String config, String label, Classrooms teacherSide, Room room, List<VaadinNode> nodes,
                            int edits) {
        LessonPresenter teacher = nodes.get(0).presenters.create();
        int total = nodes.stream().mapToInt(n -> n.followers).sum();
        double[] ms = new double[edits];
        double[] publishMs = new double[edits];
        double[][] firstMs = new double[nodes.size()][edits];
        double[][] doneMs = new double[nodes.size()][edits];
        long[] nodeCpu = new long[nodes.size()];
        long processCpu0 = 0;
        long wall0 = 0;
        long[] gc0 = {0, 0};
        for (int e = 0; e < edits + WARMUP; e++) {
            teacher.editCell(Editable.WQ, 2, 0, Double.toString(-1.113 + e % 7 * 0.5));
            List<Future<long[]>> done = new ArrayList<>();
            for (VaadinNode n : nodes) {
                done.add(n.expect());
            }
            if (e == WARMUP) {
                processCpu0 = os.getProcessCpuTime();
                wall0 = System.nanoTime();
                gc0 = gc();
            }
            long t0 = System.nanoTime();
            teacherSide.publish(room, room.controlKey(), teacher.toShared(), Step.SOFTMAX.slug());
            long published = System.nanoTime();
            long last = 0;
            for (int i = 0; i < nodes.size(); i++) {
                long[] r;
                try {
                    r = done.get(i).get(60, TimeUnit.SECONDS);
                } catch (Exception ex) {
                    throw new IllegalStateException(label + ", edit " + e + ": " + ex, ex);
                }
                assertThat(r[2]).as(label + ": followers of " + nodes.get(i).name + " that applied edit " + e)
                        .isEqualTo(nodes.get(i).followers);
                last = Math.max(last, r[0]);
                if (e >= WARMUP) {
                    nodeCpu[i] += r[1];
                    firstMs[i][e - WARMUP] = (nodes.get(i).firstQueued.get() - t0) / 1e6;
                    doneMs[i][e - WARMUP] = (r[0] - t0) / 1e6;
                }
            }
            if (e >= WARMUP) {
                ms[e - WARMUP] = (last - t0) / 1e6;
                publishMs[e - WARMUP] = (published - t0) / 1e6;
            }
        }
        long processCpu = os.getProcessCpuTime() - processCpu0;
        long wall = System.nanoTime() - wall0;
        long[] gc1 = gc();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("followers", total);
        out.put("p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 50)));
        out.put("p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 95)));
        out.put("max_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 100)));
        out.put("publish_call_p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(publishMs, 50)));
        long followerCpu = 0;
        for (int i = 0; i < nodes.size(); i++) {
            VaadinNode n = nodes.get(i);
            followerCpu += nodeCpu[i];
            out.put(n.name + "_followers", n.followers);
            out.put(n.name + "_first_follower_queued_p50_ms",
                    BenchmarkResults.round(BenchmarkResults.percentile(firstMs[i], 50)));
            out.put(n.name + "_all_applied_p50_ms",
                    BenchmarkResults.round(BenchmarkResults.percentile(doneMs[i], 50)));
            out.put(n.name + "_all_applied_p95_ms",
                    BenchmarkResults.round(BenchmarkResults.percentile(doneMs[i], 95)));
        }
        out.put("follower_work_cpu_us_per_follower", BenchmarkResults.round(followerCpu / 1e3 / edits / total));
        out.put("process_cpu_us_per_follower", BenchmarkResults.round(processCpu / 1e3 / edits / total));
        out.put("process_cpu_ms_per_edit", BenchmarkResults.round(processCpu / 1e6 / edits));
        out.put("wall_ms_per_edit", BenchmarkResults.round(wall / 1e6 / edits));
        out.put("gc_collections", gc1[0] - gc0[0]);
        out.put("gc_ms_per_edit", BenchmarkResults.round((gc1[1] - gc0[1]) / (double) edits));
        if (config != null) {
            Pooled p = pooled.computeIfAbsent(config, k -> new Pooled());
            p.add("ms", ms);
            p.add("publish", publishMs);
            for (int i = 0; i < nodes.size(); i++) {
                p.counts.put(nodes.get(i).name, nodes.get(i).followers);
                p.add(nodes.get(i).name + "_first", firstMs[i]);
                p.add(nodes.get(i).name + "_done", doneMs[i]);
            }
            p.counts.put("followers", total);
            p.sum("follower_cpu_ns", followerCpu);
            p.sum("process_cpu_ns", processCpu);
            p.sum("gc_ms", gc1[1] - gc0[1]);
            p.sum("edits", edits);
        }
        System.out.println("BENCHMARK cluster-fan-out " + label + ": " + out);
        return out;
    }

    /** Garbage collections so far and their accumulated time (ms), all collectors. */
    static long[] gc() {
        long count = 0;
        long millis = 0;
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** Node A's handle counts the students of both nodes (heard through the store). */
    static void awaitFollowers(Room room, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (room.followers() != n) {
            assertThat(System.nanoTime()).as("followers counted on the teacher's node").isLessThan(deadline);
            TestCluster.sleep(10);
        }
    }

    /** A new room on {@code classrooms} whose map entry lives (partition owner) on {@code owner} or not. */
    static Room roomOwnedBy(Classrooms classrooms, LessonPresenter teacher, HazelcastInstance member,
                            boolean local) {
        while (true) {
            Room room = classrooms.create(teacher.toShared(), Step.SOFTMAX.slug());
            if (member.getPartitionService().getPartition(room.code()).getOwner().localMember() == local) {
                classrooms.teacherArrived(room, room.controlKey());
                return room;
            }
            classrooms.end(room, room.controlKey());
        }
    }

    /** The Hazelcast hop alone: publish on A until the store listeners of A and B heard the record. */
    Map<String, Object> hop(String config, Classrooms a, Classrooms b, Room room, int edits) {
        LessonPresenter teacher = TestLessons.presenter();
        AtomicReference<CountDownLatch> heard = new AtomicReference<>();
        AtomicLong expected = new AtomicLong();
        AtomicLong atA = new AtomicLong();
        AtomicLong atB = new AtomicLong();
        listen(a.store(), room.code(), expected, atA, heard);
        listen(b.store(), room.code(), expected, atB, heard);
        double[] toA = new double[edits];
        double[] toB = new double[edits];
        double[] publish = new double[edits];
        for (int e = 0; e < edits + WARMUP; e++) {
            teacher.editCell(Editable.WQ, 2, 0, Double.toString(-1.113 + e % 7 * 0.5));
            CountDownLatch latch = new CountDownLatch(2);
            expected.set(room.snapshot().version() + 1);
            heard.set(latch);
            long t0 = System.nanoTime();
            a.publish(room, room.controlKey(), teacher.toShared(), Step.SOFTMAX.slug());
            long t1 = System.nanoTime();
            try {
                assertThat(latch.await(30, TimeUnit.SECONDS)).as("both nodes heard edit " + e).isTrue();
            } catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
            if (e >= WARMUP) {
                toA[e - WARMUP] = (atA.get() - t0) / 1e6;
                toB[e - WARMUP] = (atB.get() - t0) / 1e6;
                publish[e - WARMUP] = (t1 - t0) / 1e6;
            }
            TestCluster.sleep(20); // the room's own listeners on A settle before the next edit
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publish_call_p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(publish, 50)));
        out.put("publish_call_p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(publish, 95)));
        out.put("to_node_a_p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(toA, 50)));
        out.put("to_node_a_p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(toA, 95)));
        out.put("to_node_b_p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(toB, 50)));
        out.put("to_node_b_p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(toB, 95)));
        out.put("to_node_b_max_ms", BenchmarkResults.round(BenchmarkResults.percentile(toB, 100)));
        Pooled p = pooled.computeIfAbsent(config, k -> new Pooled());
        p.add("publish", publish);
        p.add("to_a", toA);
        p.add("to_b", toB);
        return out;
    }

    private static void listen(RoomStore store, String code, AtomicLong expected, AtomicLong at,
                               AtomicReference<CountDownLatch> heard) {
        store.listen(new RoomStore.Listener() {
            @Override
            public void changed(RoomRecord record) {
                if (record.code().equals(code) && record.version() == expected.get()) {
                    at.set(System.nanoTime());
                    heard.get().countDown();
                }
            }

            @Override
            public void removed(String c) {
            }
        });
    }

    /** Every configuration once (one round): the hop, then the fan-outs. */
    Map<String, Object> round(int round, List<HazelcastInstance> members, Classrooms memory, Classrooms a,
                              Classrooms b, VaadinNode vaadinA, VaadinNode vaadinB, LessonPresenter teacher) {
        Map<String, Object> r = new LinkedHashMap<>();
        // 1. The hop alone (no followers), the room's map entry on A, then on B.
        for (boolean onA : new boolean[] {true, false}) {
            String config = "hop_entry_on_" + (onA ? "a" : "b");
            Room room = roomOwnedBy(a, teacher, members.get(0), onA);
            b.find(room.code()).orElseThrow();
            r.put("record_json_chars", members.get(0).<String, String>getMap(ClusterMember.ROOMS_MAP)
                    .get(room.code()).length());
            r.put(config, hop(config, a, b, room, EDITS));
            a.end(room, room.controlKey());
        }
        List<Runnable> configs = new ArrayList<>();
        // 2. Memory store, one node, 200 followers.
        configs.add(() -> {
            Room room = memory.create(teacher.toShared(), Step.SOFTMAX.slug());
            vaadinA.follow(memory, room, FOLLOWERS);
            r.put("memory_1_node", run("memory_1_node", "round " + round + ", memory, 1 node", memory, room,
                    List.of(vaadinA), EDITS));
            vaadinA.clear();
            memory.end(room, room.controlKey());
        });
        for (boolean onA : new boolean[] {true, false}) {
            String entry = "_entry_on_" + (onA ? "a" : "b");
            // 3. Hazelcast, all 200 on the teacher's node A (B in the cluster, without followers).
            configs.add(() -> {
                Room room = roomOwnedBy(a, teacher, members.get(0), onA);
                vaadinA.follow(a, room, FOLLOWERS);
                r.put("hazelcast_1_node" + entry, run("hazelcast_1_node" + entry,
                        "round " + round + ", hazelcast, 200 on A" + entry, a, room, List.of(vaadinA), EDITS));
                vaadinA.clear();
                a.end(room, room.controlKey());
            });
            // 4. Hazelcast, 100 on A and 100 on B.
            configs.add(() -> {
                Room room = roomOwnedBy(a, teacher, members.get(0), onA);
                Room onB = b.find(room.code()).orElseThrow();
                vaadinA.follow(a, room, FOLLOWERS / 2);
                vaadinB.follow(b, onB, FOLLOWERS / 2);
                awaitFollowers(room, FOLLOWERS);
                r.put("hazelcast_2_nodes" + entry, run("hazelcast_2_nodes" + entry,
                        "round " + round + ", hazelcast, 100 on A + 100 on B" + entry, a, room,
                        List.of(vaadinA, vaadinB), EDITS));
                vaadinA.clear();
                vaadinB.clear();
                a.end(room, room.controlKey());
            });
        }
        java.util.Collections.rotate(configs, -(round - 1)); // each round starts with another configuration
        configs.forEach(Runnable::run);
        return r;
    }

    @Test
    void fanOutAcrossTwoNodes() {
        Routes routes = new Routes().autoDiscoverViews("com.attentionlab");
        List<HazelcastInstance> members = TestCluster.start(2);
        ShareCodec codec = new ShareCodec(Limits.LINKS);
        Classrooms memory = new Classrooms(Clock.systemUTC(), SETTINGS, new MemoryRoomStore());
        Classrooms a = new Classrooms(Clock.systemUTC(), SETTINGS,
                new HazelcastRoomStore(members.get(0), ClusterMember.ROOMS_MAP, codec));
        Classrooms b = new Classrooms(Clock.systemUTC(), SETTINGS,
                new HazelcastRoomStore(members.get(1), ClusterMember.ROOMS_MAP, codec));
        VaadinNode vaadinA = new VaadinNode("node_a", routes);
        VaadinNode vaadinB = new VaadinNode("node_b", routes);
        LessonPresenter teacher = TestLessons.presenter();
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            out.put("edits", EDITS);
            out.put("cores", Runtime.getRuntime().availableProcessors());

            // Warm-up of the whole path (JIT), not reported.
            Room warm = memory.create(teacher.toShared(), Step.SOFTMAX.slug());
            vaadinA.follow(memory, warm, FOLLOWERS);
            run(null, "warm-up memory", memory, warm, List.of(vaadinA), 40);
            vaadinA.clear();
            Room warmHz = roomOwnedBy(a, teacher, members.get(0), true);
            vaadinA.follow(a, warmHz, FOLLOWERS / 2);
            vaadinB.follow(b, b.find(warmHz.code()).orElseThrow(), FOLLOWERS / 2);
            run(null, "warm-up hazelcast", a, warmHz, List.of(vaadinA, vaadinB), 40);
            vaadinA.clear();
            vaadinB.clear();
            a.end(warmHz, warmHz.controlKey());

            Map<String, Object> rounds = new LinkedHashMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                rounds.put("round_" + round, round(round, members, memory, a, b, vaadinA, vaadinB, teacher));
            }
            out.put("rounds", ROUNDS);
            pooled.forEach((config, p) -> out.put(config,
                    config.startsWith("hop") ? p.hopSummary() : p.fanOutSummary()));
            out.put("per_round", rounds);
        } finally {
            vaadinA.close();
            vaadinB.close();
            System.clearProperty("vaadin.productionMode");
            memory.close();
            a.close();
            b.close();
            members.forEach(m -> m.getLifecycleService().terminate());
        }
        BenchmarkResults.write("cluster-fan-out", out);
    }
}

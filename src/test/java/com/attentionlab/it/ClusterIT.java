package com.attentionlab.it;

import com.attentionlab.Application;
import com.attentionlab.classroom.ClassroomException;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.RoomSnapshot;
import com.attentionlab.cluster.ClusterMember;
import com.attentionlab.cluster.TestCluster;
import com.attentionlab.it.pages.ClassroomPage;
import com.attentionlab.it.pages.LandingPage;
import com.attentionlab.it.pages.LessonPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static com.attentionlab.testsupport.TestLessons.CAT;
import static com.attentionlab.testsupport.TestLessons.IT;
import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two app nodes in one JVM: two Spring contexts on their own HTTP ports, each with an embedded Hazelcast member on
 * 127.0.0.1 ({@code classroom.store=hazelcast}). A teacher's browser on node A, two students' browsers on node B;
 * then node A dies and the teacher goes on from node B with the control cookie the browser kept.
 *
 * <p>Latencies are printed ({@code ClusterIT: ...}), not asserted: timings belong in benchmarks, not in assertions
 * that flake on a busy machine.
 */
class ClusterIT {

    /** Every wait of this test is bounded by this (Page's own waits are bounded by {@code Page.WAIT}). */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int MAX_STUDENTS = 2;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static String baseA;
    private static String baseB;
    private static final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void twoNodes() {
        int[] hazelcastPorts = TestCluster.freePorts(2);
        String clusterName = "cluster-it-" + UUID.randomUUID();
        long t0 = System.nanoTime();
        nodeA = startNode(clusterName, hazelcastPorts, 0);
        nodeB = startNode(clusterName, hazelcastPorts, 1);
        await("both members see each other", () -> hazelcast(nodeA).getCluster().getMembers().size() == 2
                && hazelcast(nodeB).getCluster().getMembers().size() == 2);
        baseA = "http://localhost:" + httpPort(nodeA);
        baseB = "http://localhost:" + httpPort(nodeB);
        System.out.println("ClusterIT: two nodes up in " + millisSince(t0) + " ms (A " + baseA + ", B " + baseB + ")");
    }

    /**
     * One app node. Its settings go in as command-line arguments: they must win over application.properties
     * ({@code SpringApplicationBuilder.properties(...)} would only be defaults, below {@code classroom.store=memory}).
     */
    private static ConfigurableApplicationContext startNode(String clusterName, int[] hazelcastPorts, int index) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--classroom.store=hazelcast",
                "--classroom.hazelcast.members=127.0.0.1:" + hazelcastPorts[0] + ",127.0.0.1:" + hazelcastPorts[1],
                "--classroom.hazelcast.port=" + hazelcastPorts[index],
                "--classroom.hazelcast.interface=127.0.0.1",
                "--classroom.hazelcast.cluster-name=" + clusterName,
                "--classroom.hazelcast.failure-after=PT5S",
                "--classroom.max-students=" + MAX_STUDENTS);
    }

    @AfterAll
    static void stop() {
        browsers.forEach(ClusterIT::quietlyQuit);
        browsers.clear();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    void studentsOnNodeBFollowTheTeacherOnNodeA_andTheClassSurvivesNodeA() {
        Classrooms classroomsA = nodeA.getBean(Classrooms.class);
        Classrooms classroomsB = nodeB.getBean(Classrooms.class);

        // ---- the teacher starts a class on node A; the room is in the cluster, so node B knows it
        WebDriver teacherBrowser = browser();
        LessonPage teacher = new LandingPage(teacherBrowser, baseA).open().startClassroom();
        String code = teacher.joinCode();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(classroomsB.find(code)).as("the room started on A, seen from B").isPresent();
        Cookie control = teacherBrowser.manage().getCookieNamed("al-teach-" + code);
        assertThat(control).as("the teacher's control cookie").isNotNull();
        assertThat(control.isHttpOnly()).isTrue();
        assertThat(control.getPath()).isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            teacher.next(); // intuition → softmax
        }
        assertThat(teacher.currentStepId()).isEqualTo("softmax");

        // ---- two students join on node B, at the teacher's step; the teacher on A counts them
        WebDriver s1 = browser();
        WebDriver s2 = browser();
        LessonPage student1 = new LessonPage(s1, baseB).openPath("/join/" + code, "softmax");
        LessonPage student2 = new LessonPage(s2, baseB).openPath("/join/" + code.toLowerCase(), "softmax");
        new ClassroomPage(teacherBrowser, baseA).waitForStudents(2);
        assertThat(classroomsA.find(code).orElseThrow().followers()).isEqualTo(2);

        // ---- the teacher's edit on A reaches both students on B
        double[][] before = student1.numbers("weights");
        teacher.editCell("wq", PRONOUN_DIMENSION, 0, "0");
        long edited = System.nanoTime();
        for (LessonPage student : List.of(student1, student2)) {
            double[][] after = student.waitUntil(d -> {
                double[][] now = student.numbers("weights");
                return Arrays.deepEquals(now, before) ? null : now;
            });
            System.out.println("ClusterIT: the teacher's edit on A reached a student on B in " + millisSince(edited)
                    + " ms (as polled through WebDriver)");
            assertThat(after).isDeepEqualTo(teacher.numbers("weights"));
            assertThat(after[IT][CAT]).isLessThan(before[IT][CAT]);
        }

        // ---- limits hold across nodes: the class is full with B's two students, so nobody joins on A
        WebDriver late = browser();
        late.get(baseA + "/join/" + code);
        String refusal = new LessonPage(late, baseA).waitUntil(d -> {
            var e = d.findElements(By.id("join-error"));
            return e.isEmpty() ? null : e.get(0).getText();
        });
        assertThat(refusal).contains("Cannot join this class").contains("full (" + MAX_STUDENTS + " students)");
        quit(late);
        Room roomOnA = classroomsA.find(code).orElseThrow();
        assertThatThrownBy(() -> classroomsA.follow(roomOnA, s -> { }))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("full (" + MAX_STUDENTS + " students)");

        // ---- a student's fork stays local: the teacher and the other student keep the class's numbers
        student1.exploreOnMyOwn();
        student1.editCell("wq", PRONOUN_DIMENSION, 0, "5");
        student1.waitUntil(d -> student1.numbers("wq")[PRONOUN_DIMENSION][0] == 5.0 ? true : null);
        assertThat(teacher.numbers("wq")[PRONOUN_DIMENSION][0]).isEqualTo(0.0);
        assertThat(student2.numbers("weights")).isDeepEqualTo(teacher.numbers("weights"));
        assertThat(classroomsA.find(code).orElseThrow().latest().lesson().state().wq().get(PRONOUN_DIMENSION, 0))
                .isEqualTo(0.0);
        assertThat(classroomsB.find(code).orElseThrow().latest().lesson().state().wq().get(PRONOUN_DIMENSION, 0))
                .isEqualTo(0.0);

        // the explorer's seat, freed on B, is free on A: a student of node A (server side) takes it
        new ClassroomPage(teacherBrowser, baseA).waitForStudents(1);
        List<RoomSnapshot> seenOnA = new CopyOnWriteArrayList<>();
        classroomsA.follow(roomOnA, seenOnA::add);
        new ClassroomPage(teacherBrowser, baseA).waitForStudents(2);

        // ---- the class moves on: the follower on B is pulled along, the explorer is not
        teacher.next(); // softmax → weighted-sum
        long stepped = System.nanoTime();
        student2.waitForStep("weighted-sum");
        System.out.println("ClusterIT: the teacher's step on A reached a student on B in " + millisSince(stepped)
                + " ms (as polled through WebDriver)");
        assertThat(student1.currentStepId()).isEqualTo("softmax");
        await("node A's own student hears the step", () -> !seenOnA.isEmpty()
                && seenOnA.get(seenOnA.size() - 1).step().equals("weighted-sum"));

        // ---- idle expiry holds cluster-wide: a room idle past the timeout ends, seen from both nodes
        idleRoomsEndOnBothNodes(classroomsA, classroomsB, code);

        // ---- node A dies without a goodbye
        long killed = System.nanoTime();
        hazelcast(nodeA).getLifecycleService().terminate();
        await("B sees it is alone", () -> hazelcast(nodeB).getCluster().getMembers().size() == 1);
        long alone = System.nanoTime();
        nodeA.close();
        System.out.println("ClusterIT: failover: A's member terminated -> B alone in " + (alone - killed) / 1_000_000
                + " ms; A's context closed " + millisSince(alone) + " ms later");
        Room survived = classroomsB.find(code).orElseThrow(() -> new AssertionError("the room died with node A"));
        assertThat(survived.latest().step()).isEqualTo("weighted-sum");
        assertThat(survived.latest().lesson().state().wq().get(PRONOUN_DIMENSION, 0)).isEqualTo(0.0);

        // a browser without the control cookie does not get the control on B (it is sent to the solo lesson)
        WebDriver stranger = browser();
        stranger.get(baseB + "/teach/" + code + "/weighted-sum");
        LessonPage refused = new LessonPage(stranger, baseB).waitForStep("weighted-sum");
        assertThat(refused.url()).contains("/lesson/weighted-sum").doesNotContain("/teach/");
        assertThat(refused.notificationText()).contains("does not teach a running class " + code);
        assertThat(stranger.findElements(By.id("join-code"))).isEmpty();
        // ... and the same browser given (only) the teacher's control cookie does: the cookie is what carries it
        Cookie carried = teacherBrowser.manage().getCookieNamed("al-teach-" + code);
        assertThat(carried).as("the control cookie, set by node A, kept by the browser").isNotNull();
        stranger.manage().addCookie(new Cookie.Builder(carried.getName(), carried.getValue()).path("/")
                .isHttpOnly(true).build());
        stranger.get(baseB + "/teach/" + code + "/weighted-sum");
        assertThat(new LessonPage(stranger, baseB).waitForStep("weighted-sum").joinCode()).isEqualTo(code);
        quit(stranger);

        // the teacher's browser opens the class on B (a new session there): its cookie gives the control back
        long reopened = System.nanoTime();
        teacherBrowser.get(baseB + "/teach/" + code + "/weighted-sum");
        LessonPage teacherOnB = new LessonPage(teacherBrowser, baseB).waitForStep("weighted-sum");
        assertThat(teacherOnB.joinCode()).isEqualTo(code);
        assertThat(teacherOnB.url()).contains("/teach/" + code + "/weighted-sum");
        System.out.println("ClusterIT: failover: the teacher reopened the class on B and had the control in "
                + millisSince(reopened) + " ms");
        // node A's own student left with node A: the teacher counts only the follower on B
        new ClassroomPage(teacherBrowser, baseB).waitForStudents(1);

        // ---- the teacher goes on from B; the following student sees the step and the next edit
        teacherOnB.previous(); // weighted-sum → softmax
        long steppedOnB = System.nanoTime();
        student2.waitForStep("softmax");
        System.out.println("ClusterIT: failover: the teacher's step on B reached the student in "
                + millisSince(steppedOnB) + " ms");
        double[][] beforeB = student2.numbers("weights");
        teacherOnB.editCell("wq", PRONOUN_DIMENSION, 0, "4");
        long editedOnB = System.nanoTime();
        double[][] afterB = student2.waitUntil(d -> {
            double[][] now = student2.numbers("weights");
            return Arrays.deepEquals(now, beforeB) ? null : now;
        });
        System.out.println("ClusterIT: failover: the teacher's edit on B reached the student in "
                + millisSince(editedOnB) + " ms");
        assertThat(afterB).isDeepEqualTo(teacherOnB.numbers("weights"));
        assertThat(afterB[IT][CAT]).isGreaterThan(beforeB[IT][CAT]);
        assertThat(student1.numbers("wq")[PRONOUN_DIMENSION][0]).isEqualTo(5.0); // the explorer's own copy
        assertThat(classroomsB.find(code).orElseThrow().latest().lesson().state().wq().get(PRONOUN_DIMENSION, 0))
                .isEqualTo(4.0);
    }

    /**
     * A second room, started on A and followed on B (server side), made idle past the idle timeout (its record's
     * last teacher activity moved 3 hours back in the cluster's map), is ended by the idle sweeps of the nodes
     * (each node sweeps the rooms it owns): gone on both, B's follower told it ended; the live class is spared.
     */
    private static void idleRoomsEndOnBothNodes(Classrooms classroomsA, Classrooms classroomsB, String liveCode) {
        Room live = classroomsA.find(liveCode).orElseThrow();
        Room idle = classroomsA.create(live.latest().lesson(), "intuition");
        List<RoomSnapshot> seenOnB = new CopyOnWriteArrayList<>();
        Runnable leave = classroomsB.follow(classroomsB.find(idle.code()).orElseThrow(), seenOnB::add);
        try {
            IMap<String, String> rooms = hazelcast(nodeB).getMap(ClusterMember.ROOMS_MAP);
            String record = rooms.get(idle.code());
            assertThat(record).isNotNull();
            ObjectMapper json = new ObjectMapper();
            ObjectNode aged = (ObjectNode) json.readTree(record);
            assertThat(aged.has("lastTeacherActivity")).isTrue();
            aged.put("lastTeacherActivity", Instant.now().minus(Duration.ofHours(3)).toString());
            assertThat(rooms.replace(idle.code(), record, json.writeValueAsString(aged))).isTrue();

            classroomsA.expireIdleRooms();
            classroomsB.expireIdleRooms();

            await("the idle room is gone on both nodes", () -> classroomsA.find(idle.code()).isEmpty()
                    && classroomsB.find(idle.code()).isEmpty());
            await("B's follower hears the class ended", () -> !seenOnB.isEmpty()
                    && seenOnB.get(seenOnB.size() - 1).ended());
            assertThat(classroomsA.find(liveCode)).isPresent();
            assertThat(classroomsB.find(liveCode)).isPresent();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        } finally {
            leave.run();
        }
    }

    // ---- helpers ----

    private static WebDriver browser() {
        assertThat(browsers).as("at most 4 browsers at once on this machine").hasSizeLessThan(4);
        WebDriver d = Browser.start(1280, 800);
        browsers.add(d);
        return d;
    }

    private static void quit(WebDriver d) {
        if (browsers.remove(d)) {
            quietlyQuit(d);
        }
    }

    private static void quietlyQuit(WebDriver d) {
        try {
            d.quit();
        } catch (RuntimeException e) {
            System.out.println("ClusterIT: a browser did not quit cleanly: " + e);
        }
    }

    private static HazelcastInstance hazelcast(ConfigurableApplicationContext node) {
        return node.getBean(HazelcastInstance.class);
    }

    private static int httpPort(ConfigurableApplicationContext node) {
        return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what);
            }
            TestCluster.sleep(50);
        }
    }
}

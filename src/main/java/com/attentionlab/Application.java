package com.attentionlab;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.HazelcastRoomStore;
import com.attentionlab.classroom.MemoryRoomStore;
import com.attentionlab.classroom.RoomStore;
import com.attentionlab.cluster.ClusterMember;
import com.hazelcast.core.HazelcastInstance;
import org.springframework.beans.factory.ObjectProvider;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.Limits;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.ModelLessons;
import com.attentionlab.share.ShareCodec;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.hazelcast.HazelcastAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;

/**
 * The entry point. {@code @Push} and {@code @Theme} live here only: the app shell is the one place Vaadin reads
 * them from.
 */
@SpringBootApplication(exclude = HazelcastAutoConfiguration.class) // our own member, only with classroom.store=hazelcast
@EnableScheduling
@Push
@Theme("attention-lab")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one attention engine; its limits come from {@code attention.limits.*} (defaults: {@link Limits#DEFAULT}). */
    @Bean
    AttentionEngine attentionEngine(@Value("${attention.limits.max-tokens:64}") int maxTokens,
                                    @Value("${attention.limits.max-dimension:64}") int maxDimension,
                                    @Value("${attention.limits.max-heads:8}") int maxHeads,
                                    @Value("${attention.limits.max-abs-value:1000}") double maxAbsValue,
                                    @Value("${attention.limits.max-token-length:64}") int maxTokenLength) {
        return new AttentionEngine(new Limits(maxTokens, maxDimension, maxHeads, maxAbsValue, maxTokenLength));
    }

    /**
     * The live classrooms; limits from {@code classroom.*}. With {@code classroom.store=hazelcast} (a
     * {@link HazelcastInstance} bean, see {@link com.attentionlab.cluster.ClusterConfiguration}) rooms live in the
     * cluster, otherwise in this node's memory.
     */
    @Bean(destroyMethod = "close")
    Classrooms classrooms(@Value("${classroom.max-rooms:500}") int maxRooms,
                          @Value("${classroom.max-students:300}") int maxStudents,
                          @Value("${classroom.idle-timeout:PT2H}") Duration idleTimeout,
                          @Value("${classroom.min-broadcast-interval-ms:250}") long minIntervalMillis,
                          @Value("${classroom.teacher-offline-after:PT30S}") Duration teacherOfflineAfter,
                          @Value("${classroom.end-after-teacher-gone:PT10M}") Duration endAfterTeacherGone,
                          @Value("${classroom.stuck-after:PT3M}") Duration stuckAfter,
                          ObjectProvider<HazelcastInstance> cluster, ShareCodec codec) {
        HazelcastInstance hazelcast = cluster.getIfAvailable();
        RoomStore store = hazelcast == null ? new MemoryRoomStore()
                : new HazelcastRoomStore(hazelcast, ClusterMember.ROOMS_MAP, codec);
        return new Classrooms(Clock.systemUTC(), new Classrooms.Settings(maxRooms, maxStudents, idleTimeout,
                minIntervalMillis, teacherOfflineAfter, endAfterTeacherGone, stuckAfter), store);
    }

    /** Share links: one stateless codec; links carry only lessons the UI can make ({@link Limits#LINKS}). */
    @Bean
    ShareCodec shareCodec(ModelLessons models) {
        return new ShareCodec(Limits.LINKS, models);
    }

    /** Lessons on all-MiniLM-L6-v2's heads; the model loads on first use. */
    @Bean
    ModelLessons modelLessons(@Value("${attention.model.max-tokens:64}") int maxTokens) {
        return new ModelLessons(maxTokens);
    }

    @Bean
    LessonPresenters lessonPresenters(AttentionEngine engine, ShareCodec codec, ModelLessons models) {
        return new LessonPresenters(engine, codec, models);
    }
}

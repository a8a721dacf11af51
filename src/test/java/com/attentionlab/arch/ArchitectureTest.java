package com.attentionlab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import java.io.Serializable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the arrows pointing one way. Features: engine (plain Java) ← share ← lesson (+ lesson.ui) ← classroom
 * (+ classroom.ui) ← home; chart is a stand-alone component library; api uses engine, share and lesson; model
 * (the real all-MiniLM-L6-v2: tokenizer, ONNX reader, encoder) is plain Java plus Jackson and protobuf; modelview
 * (the 6 × 12 heads at /model) uses lesson (+ lesson.ui), model and chart, and only home uses it; challenge (goals
 * checked live, challenge files) is plain Java on engine, share, lesson and Jackson; its views (challenge.ui) use
 * lesson.ui.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.attentionlab");

    @Test
    void engine_importsJavaOnly() {
        classes().that().resideInAPackage("com.attentionlab.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.attentionlab.engine..")
                .check(MAIN);
    }

    @Test
    void model_importsJavaJacksonAndProtobufOnly() {
        classes().that().resideInAPackage("com.attentionlab.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "com.google.protobuf..", "com.attentionlab.model..")
                .check(MAIN);
    }

    @Test
    void share_knowsNothingOfSpringOrVaadin() {
        noClasses().that().resideInAPackage("com.attentionlab.share..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(MAIN);
    }

    @Test
    void lessonModel_knowsNothingOfSpringOrVaadin() {
        noClasses().that().resideInAPackage("com.attentionlab.lesson")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(MAIN);
    }

    /**
     * Challenges are plain Java: goals checked on the engine's numbers, data files read with Jackson. Views and the
     * classroom use them, never the other way round.
     */
    @Test
    void challenge_isPlainJavaOnEngineShareLessonAndJackson() {
        classes().that().resideInAPackage("com.attentionlab.challenge")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "com.attentionlab.challenge..", "com.attentionlab.engine..", "com.attentionlab.share..",
                        "com.attentionlab.lesson")
                .check(MAIN);
        noClasses().that().resideInAPackage("com.attentionlab.challenge")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "com.attentionlab.challenge.ui..")
                .check(MAIN);
    }

    @Test
    void engine_isNotUsedByViews() {
        noClasses().that().resideInAnyPackage("com.attentionlab..ui..", "com.attentionlab.home..")
                .should().dependOnClassesThat().haveSimpleName("AttentionEngine")
                .check(MAIN);
    }

    @Test
    void lesson_doesNotKnowTheClassroom() {
        noClasses().that().resideInAPackage("com.attentionlab.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("com.attentionlab.classroom..",
                        "com.attentionlab.home..", "com.attentionlab.api..")
                .check(MAIN);
    }

    @Test
    void lessonModel_doesNotKnowItsViews() {
        noClasses().that().resideInAPackage("com.attentionlab.lesson")
                .should().dependOnClassesThat().resideInAPackage("com.attentionlab.lesson.ui..")
                .check(MAIN);
    }

    @Test
    void classroomRooms_doNotKnowTheirViews() {
        noClasses().that().resideInAPackage("com.attentionlab.classroom")
                .should().dependOnClassesThat().resideInAnyPackage("com.attentionlab.classroom.ui..",
                        "com.attentionlab.lesson..", "com.vaadin..")
                .check(MAIN);
    }

    @Test
    void modelView_usesLessonModelAndChartOnly() {
        classes().that().resideInAPackage("com.attentionlab.modelview..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.vaadin..",
                        "org.springframework..", "com.attentionlab.modelview..", "com.attentionlab.lesson..",
                        "com.attentionlab.model..", "com.attentionlab.chart..")
                .check(MAIN);
    }

    @Test
    void onlyHome_usesTheModelView() {
        noClasses().that().resideOutsideOfPackages("com.attentionlab.modelview..", "com.attentionlab.home..")
                .should().dependOnClassesThat().resideInAPackage("com.attentionlab.modelview..")
                .check(MAIN);
    }

    /** Hazelcast is a choice of deployment: the cluster member, the rooms' store, the shared limits, the wiring. */
    @Test
    void hazelcast_staysInTheClusterTheRoomStoreAndTheLimits() {
        noClasses().that().resideOutsideOfPackages("com.attentionlab.cluster..", "com.attentionlab.web..")
                .and().haveNameNotMatching(".*\\.HazelcastRoomStore(\\$.*)?")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAPackage("com.hazelcast..")
                .check(MAIN);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("com.attentionlab.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("com.attentionlab.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * Sessions are never serialized (sticky sessions, not persisted; the URL holds the lesson), so nothing outside
     * Vaadin's own types (components, events, the app shell) claims to be {@link Serializable}; the engine's
     * immutable values truly are.
     */
    @Test
    void onlyTheEnginesValues_claimToBeSerializable() {
        noClasses().that().resideInAnyPackage("com.attentionlab.lesson..", "com.attentionlab.classroom..",
                        "com.attentionlab.share..", "com.attentionlab.chart..", "com.attentionlab.api..",
                        "com.attentionlab.home..", "com.attentionlab.modelview..")
                .and().areNotAssignableTo(Component.class)
                .and().areNotAssignableTo(Throwable.class)
                .and().areNotAssignableTo(java.util.EventObject.class)
                .and().areNotEnums()
                .and().areNotInterfaces()
                .should().implement(Serializable.class)
                .check(MAIN);
    }
}

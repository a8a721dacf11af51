package com.attentionlab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the arrows pointing one way: ui → lesson → engine, api → engine, share → engine. */
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
    void share_knowsNothingOfSpringOrVaadin() {
        noClasses().that().resideInAPackage("com.attentionlab.share..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void engine_isNotUsedByViews() {
        noClasses().that().resideInAPackage("com.attentionlab.lesson.ui..")
                .should().dependOnClassesThat().haveSimpleName("AttentionEngine")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}

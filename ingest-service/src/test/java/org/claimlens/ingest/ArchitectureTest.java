package org.claimlens.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimlens.ingest");

    @Test
    void domainIsPlainJava() {
        classes().that().resideInAPackage("..ingest.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.claimlens.contract..", "org.claimlens.ingest.domain..")
                .check(classes);
    }

    @Test
    void htmlExtractionIsPlainJavaOnJsoup() {
        classes().that().resideInAPackage("..ingest.html..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jsoup..", "com.fasterxml.jackson..", "org.claimlens.ingest.domain..",
                        "org.claimlens.ingest.html..")
                .check(classes);
    }

    @Test
    void messagingKnowsNothingOfHttp() {
        noClasses().that().resideInAPackage("..ingest.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..ingest.rest..", "jakarta.ws.rs..")
                .check(classes);
    }
}

package org.claimlens.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;

@AnalyzeClasses(packages = "org.claimlens.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule restNeverTouchesEntities = noClasses().that().resideInAPackage("..query.rest..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("REST returns response records, never JPA entities");

    @ArchTest
    static final ArchRule responsesArePlainJava = classes().that().resideInAPackage("..query.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..query.api..");

    @ArchTest
    static final ArchRule persistenceKnowsNothingOfHttp = noClasses().that().resideInAPackage("..query.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.rest..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Inject.class);
}

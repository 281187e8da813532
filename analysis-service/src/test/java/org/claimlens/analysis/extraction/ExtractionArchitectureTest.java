package org.claimlens.analysis.extraction;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The extractor is plain Java: text in, entities and claims out, testable and benchmarkable without a framework. */
@AnalyzeClasses(packages = "org.claimlens.analysis.extraction", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtractionArchitectureTest {

    @ArchTest
    static final ArchRule extractionDependsOnNoFramework = noClasses()
            .that().resideInAPackage("..analysis.extraction..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "org.apache.kafka..", "org.hibernate..", "io.smallrye..");
}

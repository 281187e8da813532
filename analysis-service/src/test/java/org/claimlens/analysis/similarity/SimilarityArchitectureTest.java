package org.claimlens.analysis.similarity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Near-duplicate fingerprints are plain Java, like extraction: text in, signature out. */
@AnalyzeClasses(packages = "org.claimlens.analysis.similarity", importOptions = ImportOption.DoNotIncludeTests.class)
class SimilarityArchitectureTest {

    @ArchTest
    static final ArchRule similarityIsPlainJava = classes()
            .that().resideInAPackage("..analysis.similarity..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.claimlens.analysis.similarity..");
}

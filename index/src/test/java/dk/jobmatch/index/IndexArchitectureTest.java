package dk.jobmatch.index;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md's module table as a build check: the index is a plain Lucene library. */
@AnalyzeClasses(packages = "dk.jobmatch.index", importOptions = ImportOption.DoNotIncludeTests.class)
class IndexArchitectureTest {

  @ArchTest
  static final ArchRule noSpringMongoHttpOrReactor = noClasses()
      .that().resideInAPackage("dk.jobmatch.index..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..", "java.net.http..", "reactor..")
      .because("index is a plain Java library: no Spring, no MongoDB, no HTTP (DESIGN.md, Modules)");

  @ArchTest
  static final ArchRule onlyJavaAndLucene = classes()
      .that().resideInAPackage("dk.jobmatch.index..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.lucene..", "dk.jobmatch.index..")
      .because("index may depend on Lucene only (DESIGN.md, Modules)");

  @ArchTest
  static final ArchRule vocabularyStandsAlone = noClasses()
      .that().resideInAPackage("dk.jobmatch.index.vocabulary..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
      .orShould().dependOnClassesThat().resideInAPackage("dk.jobmatch.index")
      .because("the vocabulary and NeedVerdict are the reference the Lucene filter is checked against");

  @ArchTest
  static final ArchRule occupationCatalogStandsAlone = noClasses()
      .that().resideInAPackage("dk.jobmatch.index.occupation..")
      .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.index")
      .orShould().dependOnClassesThat().resideInAPackage("dk.jobmatch.index.vocabulary..")
      .because("occupation suggestions are reference data, independent of the task index and its vocabulary");
}

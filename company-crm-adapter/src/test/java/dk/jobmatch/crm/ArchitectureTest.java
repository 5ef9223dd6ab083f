package dk.jobmatch.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapter's shape: mapping is plain Java, the sync knows its ports and not HTTP, nothing knows the service. */
@AnalyzeClasses(packages = "dk.jobmatch.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule mappingIsPlainJava = classes().that().resideInAPackage("dk.jobmatch.crm.mapping..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dk.jobmatch.crm.mapping..", "tools.jackson.databind..")
      .because("mapping CRM records to our terms is domain logic, unit-testable without Spring, Reactor or HTTP");

  @ArchTest
  static final ArchRule syncKnowsNoHttpOrSpring = noClasses().that().resideInAPackage("dk.jobmatch.crm.sync..")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dk.jobmatch.crm.remote..",
          "dk.jobmatch.crm.odata..", "dk.jobmatch.crm.feed..", "io.github.resilience4j..")
      .because("the sync works on any connector through CrmConnector and stores through its ports");

  @ArchTest
  static final ArchRule adapterDoesNotKnowTheService = noClasses().should().dependOnClassesThat()
      .resideInAPackage("dk.jobmatch.matcher..")
      .because("matcher-service depends on the adapter, never the other way round");
}

package dk.jobmatch.matcher;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.jobmatch.matcher.match.TaskSearch;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module's shape (DESIGN.md): package by feature, Lucene only behind the {@code index} library,
 * controllers that implement the generated contract, demo data that nothing else leans on.
 */
@AnalyzeClasses(packages = "dk.jobmatch.matcher", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String LUCENE = "org.apache.lucene..";
  private static final String GENERATED_API_PACKAGE = "dk.jobmatch.api";
  /** The development token endpoint is not part of the contract: it exists only on the embedded default. */
  private static final String DEV_ONLY = "dk.jobmatch.matcher.security.ConditionalOnDevIssuer";

  @ArchTest
  static final ArchRule controllersDoNotTouchLucene = classes()
      .that().areAnnotatedWith(RestController.class)
      .or().haveSimpleNameEndingWith("Controller")
      .should().onlyDependOnClassesThat(not(resideInAPackage(LUCENE)))
      .because("controllers speak HTTP; matching goes through TaskSearch and the index library");

  @ArchTest
  static final ArchRule luceneOnlyThroughTheIndexLibrary = noClasses()
      .that().resideInAPackage("dk.jobmatch.matcher..")
      .should().dependOnClassesThat().resideInAPackage(LUCENE)
      .because("Lucene is encapsulated by dk.jobmatch.index; the service never imports it directly");

  @ArchTest
  static final ArchRule citizenFeatureStandsAlone = noClasses()
      .that().resideInAPackage("dk.jobmatch.matcher.citizen..")
      .should().dependOnClassesThat().resideInAnyPackage("dk.jobmatch.matcher.company..", "dk.jobmatch.matcher.match..")
      .because("citizens are stored and served without knowing about companies or matching");

  @ArchTest
  static final ArchRule companyUsesMatchOnlyThroughTaskSearch = noClasses()
      .that().resideInAPackage("dk.jobmatch.matcher.company..")
      .should().dependOnClassesThat(resideInAPackage("dk.jobmatch.matcher.match..")
          .and(not(equivalentTo(TaskSearch.class))).and(not(equivalentTo(TaskSearch.VersionedEntry.class))))
      .because("company writes feed the index through TaskSearch, the match feature's one entry point");

  @ArchTest
  static final ArchRule nothingDependsOnDemoData = noClasses()
      .that().resideOutsideOfPackage("dk.jobmatch.matcher.demo..")
      .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.matcher.demo..")
      .because("demo data is optional and must be removable without touching the service");

  @ArchTest
  static final ArchRule syntheticDataFeedsOnlyTheDemo = noClasses()
      .that().resideOutsideOfPackages("dk.jobmatch.matcher.synthetic..", "dk.jobmatch.matcher.demo..")
      .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.matcher.synthetic..")
      .because("synthetic data is for the demo data set and the benchmark, never for the service's own work");

  @ArchTest
  static final ArchRule controllersImplementTheGeneratedContract = classes()
      .that().areAnnotatedWith(RestController.class)
      .and().areNotAnnotatedWith(DEV_ONLY)
      .should(implementAGeneratedApiInterface())
      .because("the OpenAPI contract is the source of truth for every endpoint");

  @ArchTest
  static final ArchRule controllersLiveInTheirFeature = classes()
      .that().areAnnotatedWith(RestController.class)
      .should().resideInAnyPackage("dk.jobmatch.matcher.citizen", "dk.jobmatch.matcher.company",
          "dk.jobmatch.matcher.match", "dk.jobmatch.matcher.occupation", "dk.jobmatch.matcher.security",
          "dk.jobmatch.matcher.crm", "dk.jobmatch.matcher.contact",
          "dk.jobmatch.matcher.placement", "dk.jobmatch.matcher.figures", "dk.jobmatch.matcher.audit",
          "dk.jobmatch.matcher.supply")
      .because("the module is packaged by feature, not by layer");

  @ArchTest
  static final ArchRule featuresLeaveTheAuditLogToTheTrail = noClasses()
      .that().resideOutsideOfPackage("dk.jobmatch.matcher.audit..")
      .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.matcher.audit..")
      .because("the audit trail sits on the routes (AuditTrail, AuditOperation): one list of what is audited,"
          + " and no feature writes or skips an entry of its own");

  @ArchTest
  static final ArchRule onlyTheCrmFeatureUsesTheCrmAdapter = noClasses()
      .that().resideInAPackage("dk.jobmatch.matcher..").and().resideOutsideOfPackage("dk.jobmatch.matcher.crm..")
      .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.crm..")
      .because("CRM sync is one feature; companies reach the index the same way whoever wrote them");

  private static ArchCondition<JavaClass> implementAGeneratedApiInterface() {
    return new ArchCondition<>("implement a generated " + GENERATED_API_PACKAGE + ".*Api interface") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        boolean implementsApi = javaClass.getAllRawInterfaces().stream()
            .anyMatch(i -> i.getPackageName().equals(GENERATED_API_PACKAGE) && i.getSimpleName().endsWith("Api"));
        events.add(new SimpleConditionEvent(javaClass, implementsApi,
            javaClass.getName() + (implementsApi ? " implements " : " does not implement ")
                + "a generated " + GENERATED_API_PACKAGE + ".*Api interface"));
      }
    };
  }
}

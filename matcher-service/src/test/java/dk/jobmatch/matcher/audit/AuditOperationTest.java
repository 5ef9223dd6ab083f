package dk.jobmatch.matcher.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.CitizensApi;
import dk.jobmatch.api.FiguresApi;
import dk.jobmatch.api.MatchesApi;
import dk.jobmatch.api.PlacementsApi;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The list of audited operations against the contract: every operation on citizens, matches and
 * placements is in it, so an endpoint added to the contract cannot go unaudited, and the contract's
 * enum of operations is this one.
 */
class AuditOperationTest {

  @Test
  void everyCitizenMatchAndPlacementOperationOfTheContractIsAudited() {
    List<String> contract = Stream.of(CitizensApi.class, MatchesApi.class, PlacementsApi.class)
        .flatMap(api -> Arrays.stream(api.getMethods()))
        .map(AuditOperationTest::route)
        .filter(route -> route != null)
        .toList();
    List<String> audited = Arrays.stream(AuditOperation.values())
        .filter(operation -> operation != AuditOperation.HOURS_LEDGER_EXPORT)
        .map(operation -> operation.method() + " " + operation.route())
        .toList();

    assertThat(audited).containsExactlyInAnyOrderElementsOf(contract);
  }

  @Test
  void theHoursLedgerExportIsAuditedForItListsPlacementsAndTheirCitizens() throws NoSuchMethodException {
    Method export = Arrays.stream(FiguresApi.class.getMethods()).filter(m -> m.getName().equals("exportHoursLedger"))
        .findFirst().orElseThrow(NoSuchMethodException::new);

    assertThat(route(export)).isEqualTo(AuditOperation.HOURS_LEDGER_EXPORT.method() + " " + AuditOperation.HOURS_LEDGER_EXPORT.route());
  }

  @Test
  void theContractsEnumOfOperationsIsThisOne() {
    assertThat(Arrays.stream(dk.jobmatch.api.model.AuditOperation.values()).map(Enum::name))
        .containsExactly(Arrays.stream(AuditOperation.values()).map(Enum::name).toArray(String[]::new));
    assertThat(Arrays.stream(dk.jobmatch.api.model.AuditOutcome.values()).map(Enum::name))
        .containsExactly(Arrays.stream(AuditOutcome.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void aRequestIsMatchedByMethodAndRouteAndNamesItsResource() {
    AuditOperation.Call call = AuditOperation.of(HttpMethod.GET,
        PathContainer.parsePath("/placements/5b0d0a47-65c1-4c8e-9d6c-2f0f4c1b0f11/hours")).orElseThrow();

    assertThat(call.operation()).isEqualTo(AuditOperation.HOURS_READ);
    assertThat(call.resourceId()).isEqualTo("5b0d0a47-65c1-4c8e-9d6c-2f0f4c1b0f11");
    assertThat(AuditOperation.of(HttpMethod.POST, PathContainer.parsePath("/placements/5b0d0a47-65c1-4c8e-9d6c-2f0f4c1b0f11/hours")))
        .hasValueSatisfying(c -> assertThat(c.operation()).isEqualTo(AuditOperation.HOURS_RECORD));
    assertThat(AuditOperation.of(HttpMethod.HEAD, PathContainer.parsePath("/citizens")))
        .hasValueSatisfying(c -> assertThat(c.operation()).isEqualTo(AuditOperation.CITIZENS_LIST));
    assertThat(AuditOperation.of(HttpMethod.GET, PathContainer.parsePath("/companies"))).isEmpty();
  }

  @Test
  void whatIsTypedInPlaceOfAnIdIsNotTakenAsTheResource() {
    assertThat(AuditOperation.of(HttpMethod.GET, PathContainer.parsePath("/citizens/010190-1234")).orElseThrow().resourceId())
        .isNull();
  }

  @Test
  void entryIdsSortInTheOrderTheyWereMade() {
    EntryIds ids = new EntryIds();
    List<String> made = Stream.generate(ids::next).limit(10_000).toList();

    assertThat(made).isSorted().doesNotHaveDuplicates();
  }

  /** "GET /citizens/{citizenId}" for a method of a generated interface; null for a method that is no operation. */
  private static String route(Method method) {
    RequestMapping mapping = method.getAnnotation(RequestMapping.class);
    return mapping == null ? null : mapping.method()[0].name() + " " + mapping.value()[0];
  }
}

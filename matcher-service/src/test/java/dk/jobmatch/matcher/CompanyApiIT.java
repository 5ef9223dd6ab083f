package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyPage;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.PartialTask;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriBuilder;

class CompanyApiIT extends ApiTestSupport {

  @Test
  void createsCompanyAndReadsItBackWithItsVersionAsETag() {
    Company created = as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().named("Bageriet Valby").with(aTask().titled("Bagerihjælp")).build())
        .exchange()
        .expectStatus().isCreated()
        .expectHeader().exists("Location")
        .expectHeader().valueEquals("ETag", "\"0\"")
        .expectBody(Company.class).returnResult().getResponseBody();

    assertThat(created.getPartialTasks()).singleElement().satisfies(t -> assertThat(t.getTaskId()).isNotNull());
    as(consultantOf(KOBENHAVN)).get().uri("/companies/{id}", created.getCompanyId()).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.name").isEqualTo("Bageriet Valby");
  }

  @Test
  void createAnswersLocationOfTheNewCompanyWithVersionZero() {
    var response = as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().named("Cykelsmeden").with(aTask()).build())
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Company.class).returnResult();
    Company created = response.getResponseBody();

    assertThat(created.getCompanyId()).isNotNull();
    assertThat(created.getVersion()).isZero();
    assertThat(response.getResponseHeaders().getLocation()).hasToString("/companies/" + created.getCompanyId());
    Company read = read(created.getCompanyId());
    assertThat(read.getName()).isEqualTo("Cykelsmeden");
    assertThat(read.getCvr()).isEqualTo(created.getCvr());
    assertThat(read.getPartialTasks()).extracting(PartialTask::getTaskId)
        .containsExactlyElementsOf(created.getPartialTasks().stream().map(PartialTask::getTaskId).toList());
  }

  @Test
  void updateWithCurrentETagIncrementsVersionAndKeepsTaskIdsSentBack() {
    Company created = create(aCompany().named("Gamle navn ApS")
        .with(aTask().titled("Opfyldning af varer"))
        .with(aTask().titled("Kasse").occupation("5230"))
        .build());
    UUID first = created.getPartialTasks().get(0).getTaskId();
    UUID second = created.getPartialTasks().get(1).getTaskId();

    CompanyInput changed = aCompany().cvr(created.getCvr()).named("Nye navn ApS")
        .with(aTask().withId(first).titled("Opfyldning af kølevarer"))
        .with(aTask().withId(second).titled("Kasse").occupation("5230"))
        .with(aTask().titled("Varemodtagelse").occupation("4321"))
        .build();
    Company updated = as(consultantOf(KOBENHAVN)).put().uri("/companies/{id}", created.getCompanyId())
        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue(changed)
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", "\"1\"")
        .expectBody(Company.class).returnResult().getResponseBody();

    assertThat(updated.getCompanyId()).isEqualTo(created.getCompanyId());
    assertThat(updated.getVersion()).isEqualTo(1L);
    assertThat(updated.getName()).isEqualTo("Nye navn ApS");
    assertThat(updated.getPartialTasks()).extracting(PartialTask::getTitle)
        .containsExactly("Opfyldning af kølevarer", "Kasse", "Varemodtagelse");
    assertThat(updated.getPartialTasks().get(0).getTaskId()).isEqualTo(first);
    assertThat(updated.getPartialTasks().get(1).getTaskId()).isEqualTo(second);
    assertThat(updated.getPartialTasks().get(2).getTaskId()).isNotNull().isNotIn(first, second);

    Company read = as(consultantOf(KOBENHAVN)).get().uri("/companies/{id}", created.getCompanyId()).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", "\"1\"")
        .expectBody(Company.class).returnResult().getResponseBody();
    assertThat(read.getName()).isEqualTo("Nye navn ApS");
    assertThat(read.getPartialTasks()).extracting(PartialTask::getTaskId)
        .containsExactly(first, second, updated.getPartialTasks().get(2).getTaskId());
  }

  @Test
  void secondUpdateNeedsTheNewETag() {
    Company created = create(aCompany().named("Version ApS").with(aTask()).build());
    update(created.getCompanyId(), "\"0\"", aCompany().cvr(created.getCvr()).named("Version to ApS").with(aTask()).build())
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");

    update(created.getCompanyId(), "\"0\"", aCompany().cvr(created.getCvr()).named("Forældet ApS").with(aTask()).build())
        .expectStatus().isEqualTo(412);
    update(created.getCompanyId(), "\"1\"", aCompany().cvr(created.getCvr()).named("Version tre ApS").with(aTask()).build())
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");

    Company read = read(created.getCompanyId());
    assertThat(read.getVersion()).isEqualTo(2L);
    assertThat(read.getName()).isEqualTo("Version tre ApS");
  }

  @Test
  void updateWithStaleETagIsRefusedWith412AndChangesNothing() {
    Company created = create(aCompany().named("Uændret ApS").with(aTask()).build());

    update(created.getCompanyId(), "\"7\"", aCompany().cvr(created.getCvr()).named("Ændret ApS").with(aTask()).build())
        .expectStatus().isEqualTo(412)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    Company read = read(created.getCompanyId());
    assertThat(read.getName()).isEqualTo("Uændret ApS");
    assertThat(read.getVersion()).isZero();
  }

  @Test
  void updateWithoutIfMatchIsRefusedWith428() {
    Company created = create(aCompany().named("Uden version ApS").with(aTask()).build());

    as(consultantOf(KOBENHAVN)).put().uri("/companies/{id}", created.getCompanyId())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().cvr(created.getCvr()).named("Ændret ApS").with(aTask()).build())
        .exchange()
        .expectStatus().isEqualTo(428);
    assertThat(read(created.getCompanyId()).getName()).isEqualTo("Uden version ApS");
  }

  @Test
  void deleteAnswers204ThenTheCompanyIsNotFound() {
    Company created = create(aCompany().named("Lukket ApS").with(aTask()).build());

    as(consultantOf(KOBENHAVN)).delete().uri("/companies/{id}", created.getCompanyId()).exchange()
        .expectStatus().isNoContent();

    as(consultantOf(KOBENHAVN)).get().uri("/companies/{id}", created.getCompanyId()).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    as(consultantOf(KOBENHAVN)).delete().uri("/companies/{id}", created.getCompanyId()).exchange()
        .expectStatus().isNotFound();
    assertThat(list(b -> b).getPage().getTotalItems()).isZero();
  }

  @Test
  void deleteWithCurrentIfMatchDeletes() {
    Company created = create(aCompany().named("Lukket ApS").with(aTask()).build());

    as(consultantOf(KOBENHAVN)).delete().uri("/companies/{id}", created.getCompanyId()).header("If-Match", "\"0\"")
        .exchange()
        .expectStatus().isNoContent();
    as(consultantOf(KOBENHAVN)).get().uri("/companies/{id}", created.getCompanyId()).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void deleteWithStaleIfMatchIsRefusedWith412AndTheCompanyStays() {
    Company created = create(aCompany().named("Bliver ApS").with(aTask()).build());
    update(created.getCompanyId(), "\"0\"", aCompany().cvr(created.getCvr()).named("Bliver ApS").with(aTask()).build())
        .expectStatus().isOk();

    as(consultantOf(KOBENHAVN)).delete().uri("/companies/{id}", created.getCompanyId()).header("If-Match", "\"0\"")
        .exchange()
        .expectStatus().isEqualTo(412)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    assertThat(read(created.getCompanyId()).getVersion()).isEqualTo(1L);
  }

  @Test
  void listsCompaniesPagedAndOrderedByName() {
    for (String name : List.of("Echo ApS", "Alfa ApS", "Delta ApS", "Charlie ApS", "Bravo ApS")) {
      create(aCompany().named(name).with(aTask()).build());
    }

    CompanyPage first = list(b -> b.queryParam("page", 0).queryParam("size", 2));
    CompanyPage second = list(b -> b.queryParam("page", 1).queryParam("size", 2));
    CompanyPage third = list(b -> b.queryParam("page", 2).queryParam("size", 2));
    CompanyPage beyond = list(b -> b.queryParam("page", 3).queryParam("size", 2));

    assertThat(names(first)).containsExactly("Alfa ApS", "Bravo ApS");
    assertThat(names(second)).containsExactly("Charlie ApS", "Delta ApS");
    assertThat(names(third)).containsExactly("Echo ApS");
    assertThat(beyond.getItems()).isEmpty();
    assertThat(first.getPage().getPage()).isZero();
    assertThat(first.getPage().getSize()).isEqualTo(2);
    assertThat(first.getPage().getTotalItems()).isEqualTo(5L);
    assertThat(first.getPage().getTotalPages()).isEqualTo(3);
    assertThat(third.getPage().getPage()).isEqualTo(2);
    assertThat(third.getPage().getTotalPages()).isEqualTo(3);
  }

  @Test
  void listUsesDefaultPageOfTwentyOrderedByName() {
    create(aCompany().named("Bravo ApS").with(aTask()).build());
    create(aCompany().named("Alfa ApS").with(aTask()).build());

    CompanyPage page = list(b -> b);

    assertThat(names(page)).containsExactly("Alfa ApS", "Bravo ApS");
    assertThat(page.getPage().getPage()).isZero();
    assertThat(page.getPage().getSize()).isEqualTo(20);
    assertThat(page.getPage().getTotalItems()).isEqualTo(2L);
    assertThat(page.getPage().getTotalPages()).isEqualTo(1);
  }

  @Test
  void filtersByMunicipalityCode() {
    create(aCompany().named("København A").in("101").with(aTask()).build());
    create(aCompany().named("Aarhus A").in("751").with(aTask()).build());
    create(aCompany().named("København B").in("101").with(aTask()).build());

    CompanyPage aarhus = list(b -> b.queryParam("municipalityCode", "751"));
    CompanyPage kobenhavn = list(b -> b.queryParam("municipalityCode", "101"));
    CompanyPage odense = list(b -> b.queryParam("municipalityCode", "461"));

    assertThat(names(aarhus)).containsExactly("Aarhus A");
    assertThat(aarhus.getPage().getTotalItems()).isEqualTo(1L);
    assertThat(names(kobenhavn)).containsExactly("København A", "København B");
    assertThat(kobenhavn.getPage().getTotalItems()).isEqualTo(2L);
    assertThat(odense.getItems()).isEmpty();
    assertThat(odense.getPage().getTotalItems()).isZero();
    assertThat(odense.getPage().getTotalPages()).isZero();
  }

  @Test
  void filtersByIndustryCode() {
    create(aCompany().named("Bageri").industry("107100").with(aTask()).build());
    create(aCompany().named("Supermarked").industry("471100").with(aTask()).build());

    CompanyPage bakeries = list(b -> b.queryParam("industryCode", "107100"));

    assertThat(names(bakeries)).containsExactly("Bageri");
    assertThat(bakeries.getPage().getTotalItems()).isEqualTo(1L);
  }

  @Test
  void filtersByOpennessToOrdinaryHours() {
    create(aCompany().named("Ja ApS").openToOrdinaryHours(OpenToOrdinaryHours.YES).with(aTask()).build());
    create(aCompany().named("Nej ApS").openToOrdinaryHours(OpenToOrdinaryHours.NO).with(aTask()).build());
    create(aCompany().named("Ved ikke ApS").openToOrdinaryHours(OpenToOrdinaryHours.UNKNOWN).with(aTask()).build());

    assertThat(names(list(b -> b.queryParam("openToOrdinaryHours", "YES")))).containsExactly("Ja ApS");
    assertThat(names(list(b -> b.queryParam("openToOrdinaryHours", "NO")))).containsExactly("Nej ApS");
    assertThat(names(list(b -> b.queryParam("openToOrdinaryHours", "UNKNOWN")))).containsExactly("Ved ikke ApS");
  }

  @Test
  void combinesFiltersAndPagesWithinTheFilteredSet() {
    create(aCompany().named("A Ja København").in("101").openToOrdinaryHours(OpenToOrdinaryHours.YES).with(aTask()).build());
    create(aCompany().named("B Ja Aarhus").in("751").openToOrdinaryHours(OpenToOrdinaryHours.YES).with(aTask()).build());
    create(aCompany().named("C Nej København").in("101").openToOrdinaryHours(OpenToOrdinaryHours.NO).with(aTask()).build());
    create(aCompany().named("D Ja København").in("101").openToOrdinaryHours(OpenToOrdinaryHours.YES).with(aTask()).build());

    CompanyPage page = list(b -> b.queryParam("municipalityCode", "101").queryParam("openToOrdinaryHours", "YES")
        .queryParam("size", 1).queryParam("page", 1));

    assertThat(names(page)).containsExactly("D Ja København");
    assertThat(page.getPage().getTotalItems()).isEqualTo(2L);
    assertThat(page.getPage().getTotalPages()).isEqualTo(2);
  }

  @Test
  void findsCompaniesByPartOfTheirNameWhateverTheCase() {
    create(aCompany().named("Østerbro Bageri").with(aTask()).build());
    create(aCompany().named("Bageriet Valby").with(aTask()).build());
    create(aCompany().named("Vognmand Hansen A/S").with(aTask()).build());

    assertThat(names(list(b -> b.queryParam("name", "bager")))).containsExactly("Bageriet Valby", "Østerbro Bageri");
    assertThat(names(list(b -> b.queryParam("name", "ØSTERBRO")))).containsExactly("Østerbro Bageri");
    assertThat(names(list(b -> b.queryParam("name", " a/s ")))).containsExactly("Vognmand Hansen A/S");
    assertThat(list(b -> b.queryParam("name", ".*")).getItems()).as("a pattern is read as plain text").isEmpty();
  }

  @Test
  void refusesANameOfSpacesAloneNamingTheParameter() {
    as(consultantOf(KOBENHAVN)).get().uri(b -> b.path("/companies").queryParam("name", "   ").build()).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.field").isEqualTo("name")
        .jsonPath("$.code").isEqualTo("validation.blank");
  }

  @Test
  void findsTheCompanyWithACvrNumber() {
    CompanyInput wanted = aCompany().named("Den rigtige ApS").with(aTask()).build();
    create(wanted);
    create(aCompany().named("En anden ApS").with(aTask()).build());

    CompanyPage found = list(b -> b.queryParam("cvr", wanted.getCvr()));

    assertThat(names(found)).containsExactly("Den rigtige ApS");
    assertThat(found.getPage().getTotalItems()).isEqualTo(1L);
  }

  @Test
  void findsCompaniesWithATaskInAnOccupation() {
    create(aCompany().named("Lageret").with(aTask().occupation("9333")).with(aTask().occupation("5223")).build());
    create(aCompany().named("Butikken").with(aTask().occupation("5223")).build());
    create(aCompany().named("Køkkenet").with(aTask().occupation("9412")).build());

    assertThat(names(list(b -> b.queryParam("occupationCode", "5223")))).containsExactly("Butikken", "Lageret");
    assertThat(names(list(b -> b.queryParam("occupationCode", "9333")))).containsExactly("Lageret");
    assertThat(list(b -> b.queryParam("occupationCode", "2211")).getItems()).isEmpty();
  }

  @Test
  void combinesNameOccupationAndMunicipality() {
    create(aCompany().named("Bager Nord").in("101").with(aTask().occupation("7512")).build());
    create(aCompany().named("Bager Syd").in("751").with(aTask().occupation("7512")).build());
    create(aCompany().named("Bager Øst").in("101").with(aTask().occupation("5223")).build());

    CompanyPage page = list(b -> b.queryParam("name", "bager").queryParam("occupationCode", "7512")
        .queryParam("municipalityCode", "101"));

    assertThat(names(page)).containsExactly("Bager Nord");
  }

  private Company create(CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(company)
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private Company read(UUID companyId) {
    return as(consultantOf(KOBENHAVN)).get().uri("/companies/{id}", companyId).exchange()
        .expectStatus().isOk()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec update(UUID companyId, String ifMatch,
      CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).put().uri("/companies/{id}", companyId)
        .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON).bodyValue(company)
        .exchange();
  }

  private CompanyPage list(Function<UriBuilder, UriBuilder> query) {
    return as(consultantOf(KOBENHAVN)).get().uri(b -> query.apply(b.path("/companies")).build()).exchange()
        .expectStatus().isOk()
        .expectBody(CompanyPage.class).returnResult().getResponseBody();
  }

  private static List<String> names(CompanyPage page) {
    return page.getItems().stream().map(Company::getName).toList();
  }
}

package dk.jobmatch.crm.mapping;

import static dk.jobmatch.crm.support.CrmRecords.aFeedCompany;
import static dk.jobmatch.crm.support.CrmRecords.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.crm.mapping.MappingOutcome.Mapped;
import dk.jobmatch.crm.mapping.MappingOutcome.Removed;
import dk.jobmatch.crm.mapping.MappingOutcome.Unmappable;
import dk.jobmatch.crm.support.InMemoryPorts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrmRecordMapperTest {
  private final CrmRecordMapper dynamics = new CrmRecordMapper(FieldMapping.dynamicsDefaults(), InMemoryPorts.REFERENCE);
  private final CrmRecordMapper feed = new CrmRecordMapper(FieldMapping.feedDefaults(), InMemoryPorts.REFERENCE);

  @Test
  void mapsDynamicsAccountWithContactsAndOpeningsToCompany() {
    CrmCompany c = ((Mapped) dynamics.map(anAccount(3).named("Lagerhuset ApS").build())).company();

    assertThat(c.externalId()).isEqualTo("acc-3");
    assertThat(c.version()).isEqualTo("1003");
    assertThat(c.name()).isEqualTo("Lagerhuset ApS");
    assertThat(c.municipalityCode()).isEqualTo("101");
    assertThat(c.active()).isTrue();
    assertThat(c.contacts()).extracting(CrmCompany.Contact::name).containsExactly("Kontakt 3");
    assertThat(c.openings()).singleElement().satisfies(o -> {
      assertThat(o.occupationCode()).isEqualTo("9321");
      assertThat(o.weeklyHoursMin()).isEqualTo(4);
      assertThat(o.eligibleForPaidHours()).isTrue();
    });
  }

  @Test
  void mapsFeedCompanyWithNestedLocation() {
    CrmCompany c = ((Mapped) feed.map(aFeedCompany(1).build())).company();

    assertThat(c.latitude()).isEqualTo(56.15);
    assertThat(c.longitude()).isEqualTo(10.2);
    assertThat(c.openings()).extracting(CrmCompany.Opening::externalId).containsExactly("o-1");
  }

  @Test
  void quarantinesRecordWithBadCvr() {
    MappingOutcome outcome = dynamics.map(anAccount(1).cvr("12345678").build());

    assertThat(outcome).isInstanceOfSatisfying(Unmappable.class, u -> {
      assertThat(u.externalId()).isEqualTo("acc-1");
      assertThat(u.reason()).contains("bad CVR number '12345678'");
    });
  }

  @Test
  void quarantinesRecordWithoutName() {
    assertThat(feed.map(aFeedCompany(1).withoutName().build()))
        .isInstanceOfSatisfying(Unmappable.class, u -> assertThat(u.reason()).isEqualTo("missing name (name)"));
  }

  @Test
  void quarantinesCodeMissingFromConfiguredCodeTable() {
    FieldMapping withTable = FieldMapping.dynamicsDefaults()
        .overriddenBy(Map.of("industry-code", "industrycode"), Map.of("industry-code", Map.of("7", "471100")), null);
    CrmRecordMapper mapper = new CrmRecordMapper(withTable, InMemoryPorts.REFERENCE);

    MappingOutcome known = mapper.map(anAccount(1).set("industrycode", 7).build());
    MappingOutcome unknown = mapper.map(anAccount(2).set("industrycode", 99).build());

    assertThat(((Mapped) known).company().industryCode()).isEqualTo("471100");
    assertThat(unknown).isInstanceOfSatisfying(Unmappable.class, u -> assertThat(u.reason()).contains("unknown code '99'"));
  }

  @Test
  void quarantinesCompanyWhoseOpeningHasNoValidOccupationCode() {
    assertThat(dynamics.map(anAccount(1).opening("op-x", "93", 2, 4).build()))
        .isInstanceOfSatisfying(Unmappable.class, u -> assertThat(u.reason()).startsWith("opening op-x: unknown occupation code"));
  }

  @Test
  void readsFieldNamesFromConfigurationWhereInstallationsDiffer() {
    FieldMapping renamed = FieldMapping.dynamicsDefaults().overriddenBy(Map.of("cvr", "new_cvrnummer"), Map.of(), null);
    CrmRecordMapper mapper = new CrmRecordMapper(renamed, InMemoryPorts.REFERENCE);

    MappingOutcome outcome = mapper.map(anAccount(1).set("new_cvrnummer", "12345747").build());

    assertThat(((Mapped) outcome).company().cvr()).isEqualTo("12345747");
  }

  @Test
  void treatsInactiveStateAsDeactivatedAndRemovedMarkerAsDeletion() {
    assertThat(((Mapped) dynamics.map(anAccount(1).inactive().build())).company().active()).isFalse();
    assertThat(feed.map(aFeedCompany(1).deleted().build())).isEqualTo(new Removed("c-1"));
  }
}

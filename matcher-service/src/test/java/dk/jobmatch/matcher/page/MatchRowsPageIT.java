package dk.jobmatch.matcher.page;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Rows that explain themselves: each match row says in one plain Danish line what sets it apart,
 * its score bar names its parts and, pressed, opens a table of every part with its points, each
 * task shows when it is done, two tasks with the same title are told apart, and nothing of the API's English
 * reaches the page. The citizen lives out in the Kattegat between Læsø and Anholt, where no demo
 * company is, so the list holds only the three companies laid out here.
 */
class MatchRowsPageIT extends PageTestSupport {
  private static final String KOBENHAVN = "101";
  private static final double LAT = 56.95;
  private static final double LON = 11.0;
  private static final double KM_NORTH = 1 / 111.2;
  /** Words of the API's English texts that have no business on a Danish page. */
  private static final String ENGLISH_WORDS = "(?i).*\\b(the|hours|tasks?|citizen|single|overlap|together|agreement)\\b.*";

  @Test
  void eachRowSaysWhatSetsItApartShowsItsPartsAndWhenItsTasksAreDoneInDanish() {
    UUID citizenId = kattegatCitizenWithThreeCompanies();
    signInAs(KOBENHAVN);
    open("/#/borgere/" + citizenId + "/match");
    visible(By.cssSelector("#matchliste > li"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#matchliste > li"));
    assertThat(rows).hasSize(3);

    // One plain line per row, in Danish, on what sets it apart.
    assertThat(rows).allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".standout")).getText())
        .matches("(Skiller sig ud ved|Stærkest): .+\\.").doesNotMatch(ENGLISH_WORDS));
    WebElement bakery = row(rows, "Bageriet Vesterhav");
    WebElement canteen = row(rows, "Kantinen Vesterhav");
    assertThat(bakery.findElement(By.cssSelector(".standout")).getText()).contains("samme stilling som jobmål A");
    assertThat(canteen.findElement(By.cssSelector(".standout")).getText()).contains("mulighed for ordinære timer");

    // When each task is done, and the two tasks called "Bagning" told apart by it.
    assertThat(texts(bakery, ".tasks > li")).hasSize(2)
        .anySatisfy(line -> assertThat(line).startsWith("Bagning · 3–5 timer om ugen · mandag 09.00–12.00"))
        .anySatisfy(line -> assertThat(line).startsWith("Bagning · 3–5 timer om ugen · torsdag 09.00–12.00"));
    assertThat(texts(canteen, ".tasks .schedule")).containsExactly("tirsdag og onsdag 09.00–13.00");
    assertThat(texts(row(rows, "Storkøkkenet Vesterhav"), ".tasks .schedule")).containsExactly("tidspunkter aftales");
    assertThat(bakery.findElement(By.cssSelector(".combination")).getText())
        .containsPattern("Bagning \\((mandag|torsdag) 09.00–12.00\\) \\+ Bagning \\((torsdag|mandag) 09.00–12.00\\)")
        .contains("Ingen enkelt delfunktion når op på borgerens 8 timer om ugen");
    bakery.findElement(By.cssSelector("button.toggle")).click();
    assertThat(texts(bakery, ".reasons h4"))
        .containsExactlyInAnyOrder("Bagning (mandag 09.00–12.00)", "Bagning (torsdag 09.00–12.00)");
    assertThat(bakery.findElement(By.cssSelector(".reasons")).getText()).contains("Tidspunkter: torsdag 09.00–12.00.");
    bakery.findElement(By.cssSelector("button.toggle")).click();

    // The bar names its wider parts in words, and pressed (by mouse or keyboard) shows the table of every part.
    WebElement bar = bakery.findElement(By.cssSelector("button.score-bar"));
    assertThat(texts(bakery, "button.score-bar .segment")).anyMatch(label -> label.matches("Jobmål \\d+(,\\d)?"));
    WebElement table = bakery.findElement(By.cssSelector("table.score-table"));
    assertThat(table.isDisplayed()).isFalse();
    bar.click();
    waiting.until(driver -> table.isDisplayed());
    assertThat(bar.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(table.findElement(By.tagName("caption")).getText()).matches("Point \\d+(,\\d)? af \\d+(,\\d)? mulige, fordelt på dele");
    assertThat(table.findElement(By.cssSelector("tr[data-part=goals]")).getText()).matches("Jobmål \\d+(,\\d)? \\d+(,\\d)?");
    assertThat(table.findElement(By.cssSelector("tr[data-part=distance]")).getText()).startsWith("Afstand ");
    assertAccessible("virksomheder med pointtabel");
    screenshot("12-virksomheder-raekker");
    screenshot("12-virksomheder-raekker-tablet", 768);
    bar.sendKeys(Keys.ENTER);
    waiting.until(driver -> !table.isDisplayed());
    assertThat(bar.getDomAttribute("aria-expanded")).isEqualTo("false");

    // Nothing the API writes in English, for a client that asks for English, is on the page.
    String page = browser.findElement(By.id("main")).getText();
    assertThat(englishTextsOfTheApi(citizenId)).isNotEmpty().allSatisfy(english -> assertThat(page).doesNotContain(english));
    assertThat(page.lines()).noneMatch(line -> line.matches(ENGLISH_WORDS));
  }

  private static WebElement row(List<WebElement> rows, String name) {
    return rows.stream().filter(r -> r.findElement(By.tagName("h3")).getText().contains(name)).findFirst().orElseThrow();
  }

  private static List<String> texts(WebElement within, String css) {
    return within.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** The texts the API writes for people, as an integrator asking for English gets them. */
  private List<String> englishTextsOfTheApi(UUID citizenId) {
    MatchList english = api(KOBENHAVN).get().uri("/citizens/{id}/matches", citizenId).header("Accept-Language", "en")
        .exchange().expectStatus().isOk().expectBody(MatchList.class).returnResult().getResponseBody();
    return english.getMatches().stream().map(CompanyMatch::getCombination).filter(Objects::nonNull)
        .map(c -> c.getReason()).toList();
  }

  /**
   * A bakery 2 km away with two tasks called "Bagning" on different days (neither holds the citizen's
   * 8 hours, together they do), a canteen 6 km away open to ordinary hours, and a big kitchen 9 km
   * away whose heavy lifting is met by lifting aids, without agreed times.
   */
  private UUID kattegatCitizenWithThreeCompanies() {
    createCompany(KOBENHAVN, aCompany().named("Bageriet Vesterhav ApS").at(LAT + 2 * KM_NORTH, LON)
        .with(aTask().titled("Bagning").described("Bage brød om morgenen").occupation("7512").hours(3, 5)
            .on(Weekday.MON, "09:00", "12:00"))
        .with(aTask().titled("Bagning").described("Bage kager til weekenden").occupation("7512").hours(3, 5)
            .on(Weekday.THU, "09:00", "12:00"))
        .build());
    createCompany(KOBENHAVN, aCompany().named("Kantinen Vesterhav ApS").at(LAT + 6 * KM_NORTH, LON)
        .openToOrdinaryHours(OpenToOrdinaryHours.YES)
        .with(aTask().titled("Køkkenhjælp").described("Anrette frokost").occupation("9412").hours(4, 8)
            .on(Weekday.TUE, "09:00", "13:00").on(Weekday.WED, "09:00", "13:00").eligibleForPaidHours())
        .build());
    createCompany(KOBENHAVN, aCompany().named("Storkøkkenet Vesterhav ApS").at(LAT + 9 * KM_NORTH, LON)
        .with(aTask().titled("Varemodtagelse").described("Modtage varer til køkkenet").occupation("9412").hours(6, 10)
            .demanding(Demand.HEAVY_LIFTING).offering(Accommodation.LIFTING_AIDS))
        .build());
    return createCitizen(KOBENHAVN, aCitizen().livingAt(LAT, LON).commuteKm(15).hours(8, 15)
        .goal(GoalRank.A, "7512", "Bager").goal(GoalRank.B, "9412", "Køkkenhjælper")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.PREFER)
        .build());
  }
}

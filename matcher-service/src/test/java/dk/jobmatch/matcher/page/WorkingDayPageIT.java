package dk.jobmatch.matcher.page;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A consultant's whole day in one walk, in Danish: sign in, "Mine borgere", a profile saved with
 * more hours now than the target, the match list with a weight out of range, a placement proposed
 * from a row whose agreement is not possible yet, the work agreement with more hours than the
 * citizen has now, and the team figures. Every page is checked for English (the API's own English
 * for the same mistakes, English words, field paths, HTTP hints) and with axe-core, and photographed
 * at a laptop's 1366 px and a tablet's 768 px.
 */
class WorkingDayPageIT extends PageTestSupport {
  private static final String KOBENHAVN = "101";
  private static final int LAPTOP = 1366;
  private static final int TABLET = 768;
  /** English words of the API's texts that have no business on a Danish page. */
  private static final String ENGLISH_WORDS =
      "(?i).*\\b(the|must|cannot|should|please|invalid|required|between|hours|citizen|placement|agreement|weights?)\\b.*";
  /** A field path as the API names fields ("hoursCapacity.now", "weights.distance"). */
  private static final String FIELD_PATH = "(?s).*\\b[a-z]+[A-Z]?[a-zA-Z]*\\.[a-z][a-zA-Z]+\\b.*";
  /** An HTTP hint ("PUT /placements/..."). */
  private static final String HTTP_HINT = "(?s).*\\b(GET|PUT|POST|DELETE|PATCH) /.*";

  @Test
  void walksTheWholeDayInDanishWithEveryErrorPathInDanish() {
    UUID citizen = createCitizen(KOBENHAVN, aCitizen().labelled("DAG-01").inCaseloadOf("demo-konsulent-anne")
        .goal(GoalRank.A, "5223", "Butiksassistent").hours(8, 20).commuteKm(15).build());
    List<String> englishOfTheApi = new ArrayList<>();

    open("/");
    heading("Log ind");
    day("01-log-ind");

    signInAs(KOBENHAVN);
    heading("Mine borgere");
    assertThat(visible(By.tagName("main")).getText()).contains("DAG-01");
    day("02-mine-borgere");

    // More hours now than the target: the service's Danish text by the field, nothing of its English.
    open("/#/borgere/" + citizen);
    heading("Profil for borger");
    WebElement now = visible(By.cssSelector("[data-field='hoursCapacity.now']"));
    now.clear();
    now.sendKeys("30");
    browser.findElement(By.id("gem-profil")).click();
    assertThat(visible(By.cssSelector("[data-error-for='hoursCapacity.now']")).getText()).isNotBlank();
    day("03-profil-med-fejl");

    // A weight out of range: the same request in English is what the page must not show.
    open("/#/borgere/" + citizen + "/match");
    visible(By.cssSelector("#matchliste > li"));
    day("04-virksomheder");
    browser.findElement(By.cssSelector("details.panel > summary")).click();
    WebElement distance = visible(By.cssSelector("[data-field='weights.distance']"));
    distance.clear();
    distance.sendKeys("99");
    browser.findElement(By.id("soeg-igen")).click();
    assertThat(visible(By.cssSelector("[data-error-for='weights.distance']")).getText()).isNotBlank();
    englishOfTheApi.add(api(KOBENHAVN).get()
        .uri(u -> u.path("/citizens/{id}/matches").queryParam("weights", "distance:99").build(citizen))
        .header("Accept-Language", "en").exchange().expectStatus().isBadRequest()
        .expectBody(String.class).returnResult().getResponseBody());
    day("05-virksomheder-fejl-i-vaegt", englishOfTheApi);

    // A placement proposed from the first row: agreeing is not possible yet, and the page says why.
    open("/#/borgere/" + citizen + "/match");
    WebElement row = visible(By.cssSelector("#matchliste > li"));
    String company = row.findElement(By.tagName("h3")).getText().replaceFirst("^\\d+\\.\\s*", "");
    row.findElement(By.cssSelector("button.propose")).click();
    heading("Forløb hos " + company);
    assertThat(visible(By.id("forloeb-agree")).isEnabled()).isFalse();
    assertThat(visible(By.id("hvorfor-agree")).getText()).startsWith("Skriv arbejdsaftalen først");
    day("06-forloeb-foreslaaet");

    // 15 + 2 hours for a citizen who can work 8 now: a warning in Danish before anything is saved.
    fill("weeklyInternshipHours", "15");
    fill("plannedOrdinaryHours", "2");
    fill("followUpEveryDays", "14");
    browser.findElement(By.id("gem-aftale")).click();
    assertThat(visible(By.id("timer-advarsel")).getText()).contains("kan arbejde 8 timer om ugen nu");
    day("07-forloeb-timeadvarsel");
    browser.findElement(By.id("gem-aftale")).click();
    waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.agreement")));
    visible(By.id("forloeb-agree")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forloeb-status"), "Status: Aftalt"));
    day("08-forloeb-aftalt");

    open("/#/team");
    heading("Team og produktionsstyring");
    day("09-team");
  }

  /** The page as it stands: Danish only, accessible, photographed at both widths. */
  private void day(String name) {
    day(name, List.of());
  }

  private void day(String name, List<String> englishOfTheApi) {
    String text = visible(By.tagName("body")).getText();
    for (String english : englishOfTheApi) {
      assertThat(english).isNotBlank();
      detailOf(english).forEach(sentence -> assertThat(text).as("the API's English on %s", name).doesNotContain(sentence));
    }
    assertThat(text.lines()).as("English words on %s", name).noneMatch(line -> line.matches(ENGLISH_WORDS));
    assertThat(text).as("a field path on %s", name).doesNotMatch(FIELD_PATH);
    assertThat(text).as("an HTTP hint on %s", name).doesNotMatch(HTTP_HINT);
    assertAccessible(name);
    screenshot("dag-" + name + "-" + LAPTOP, LAPTOP);
    screenshot("dag-" + name + "-" + TABLET, TABLET);
  }

  /** The human sentences of a problem+json body: its detail and each field error's message. */
  private static List<String> detailOf(String problem) {
    List<String> sentences = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(?:detail|message)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
        .matcher(problem);
    while (m.find()) {
      sentences.add(m.group(1));
    }
    assertThat(sentences).as("the API's English texts in %s", problem).isNotEmpty();
    return sentences;
  }

  private void fill(String field, String value) {
    WebElement input = visible(By.cssSelector("[data-field='" + field + "']"));
    input.clear();
    input.sendKeys(value);
  }
}

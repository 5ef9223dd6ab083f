package dk.jobmatch.matcher.page;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.api.model.WishCode;
import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The consultant page in a real headless Chromium against the running service with the demo data:
 * sign in, pick a citizen, edit the profile and the wishes, get matches, read the reasons and the
 * near misses, change a weight. Every page is checked with axe-core and photographed to
 * target/screenshots.
 */
class ConsultantPageIT extends PageTestSupport {
  private static final String KOBENHAVN = "101";
  private static final String TOUR_CITIZEN = DemoData.TOUR_CITIZEN_ID;
  private static final LocalDate PAUSED_UNTIL = LocalDate.now().plusDays(40);
  /** The page's one date format: 5. jan. 2027. */
  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.forLanguageTag("da-DK"));

  @Test
  void signsInAsADemoConsultantAndListsTheirOwnCaseload() {
    open("/");
    heading("Log ind");
    assertThat(visible(By.id("dev-banner")).getText()).contains("Udviklingsudgave");
    assertAccessible("log ind");
    screenshot("01-log-ind");

    signInAs(KOBENHAVN);

    heading("Mine borgere");
    assertThat(browser.findElements(By.cssSelector("a.citizen-link")))
        .extracting(link -> link.getDomAttribute("data-citizen-id")).contains(TOUR_CITIZEN);
    assertThat(visible(By.id("who")).getText()).contains("demo-konsulent-anne").contains("København");
    assertAccessible("borgere");
    screenshot("02-borgere");
  }

  @Test
  void picksAnOccupationFromSuggestionsAsYouTypeAndSavesTheProfile() {
    signInAs(KOBENHAVN);
    visible(By.id("vis-alle")).click();
    heading("Borgere i Jobcenter København");
    WebElement other = browser.findElements(By.cssSelector("a.citizen-link")).stream()
        .filter(link -> !TOUR_CITIZEN.equals(link.getDomAttribute("data-citizen-id"))).findFirst().orElseThrow();
    String citizenId = other.getDomAttribute("data-citizen-id");
    other.click();
    heading("Profil for borger");

    browser.findElement(By.xpath("//button[text()='Tilføj jobmål']")).click();
    List<WebElement> titles = browser.findElements(By.cssSelector("input.goal-title"));
    WebElement title = titles.getLast();
    title.sendKeys("lagermedarb");
    WebElement option = visible(By.cssSelector("[role=listbox]:not([hidden]) [role=option]"));
    assertThat(option.getText()).containsIgnoringCase("lager");
    title.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    String goalPath = title.getDomAttribute("data-field").replace(".title", "");
    WebElement code = browser.findElement(By.cssSelector("[data-field='" + goalPath + ".occupationCode']"));
    waiting.until(driver -> code.getDomProperty("value").matches("\\d{4}"));
    assertThat(title.getAttribute("aria-expanded")).isEqualTo("false");
    assertAccessible("borgerprofil");

    browser.findElement(By.id("gem-profil")).click();

    waiting.until(ExpectedConditions.textToBe(By.cssSelector("p.saved"), "Profilen er gemt."));
    screenshot("03-borgerprofil");
    // Read back after a reload: the goal with its code is stored, and a second save works with the new ETag.
    open("/#/borgere/" + citizenId);
    heading("Profil for borger");
    assertThat(browser.findElements(By.cssSelector("input.goal-title")))
        .extracting(input -> input.getDomProperty("value")).anyMatch(v -> v.toLowerCase().contains("lager"));
    browser.findElement(By.id("gem-profil")).click();
    waiting.until(ExpectedConditions.textToBe(By.cssSelector("p.saved"), "Profilen er gemt."));
  }

  @Test
  void suggestsTheRightOccupationFirstForEverydayTitlesAndSaysPlainlyWhenNothingFits() {
    signInAs(KOBENHAVN);
    open("/#/borgere/" + TOUR_CITIZEN);
    heading("Profil for borger");
    browser.findElement(By.xpath("//button[text()='Tilføj jobmål']")).click();
    WebElement title = browser.findElements(By.cssSelector("input.goal-title")).getLast();
    Map<String, String> firstCodes = new LinkedHashMap<>();
    firstCodes.put("frisør", "5141");
    firstCodes.put("tømrer", "7115");
    firstCodes.put("elektriker", "7411");
    firstCodes.put("florist", "7549");
    firstCodes.put("dyrepasser", "5164");
    firstCodes.put("tandklinikassistent", "3251");
    firstCodes.put("maler", "7131");
    firstCodes.put("sygehjælper", "5322");
    firstCodes.put("ekspedient", "5223");

    firstCodes.forEach((typed, code) -> {
      replaceText(title, typed);
      waiting.until(driver -> code.equals(firstSuggestionCode()));
      WebElement first = browser.findElement(By.cssSelector("[role=listbox]:not([hidden]) [role=option]"));
      assertThat(first.getText()).as(typed).containsIgnoringCase(typed).contains("(" + code + ")");
    });
    assertThat(title.getDomAttribute("aria-expanded")).isEqualTo("true");

    replaceText(title, "xqzv");
    WebElement status = browser.findElement(By.id(title.getDomAttribute("aria-describedby")));
    waiting.until(ExpectedConditions.textToBePresentInElement(status, "Ingen stillingsbetegnelse passer til »xqzv«"));
    assertThat(status.getText())
        .isEqualTo("Ingen stillingsbetegnelse passer til »xqzv«. Prøv et andet ord, eller skriv titlen som fritekst.");
    assertThat(status.getDomAttribute("role")).isEqualTo("status");
    assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
    assertThat(title.getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(browser.findElements(By.cssSelector("[role=listbox]:not([hidden])"))).isEmpty();
    assertAccessible("borgerprofil uden forslag");
    screenshot("03b-stillingsforslag-ingen");
  }

  @Test
  void showsTheApisProblemDetailNextToTheFieldItNames() {
    signInAs(KOBENHAVN);
    open("/#/borgere/" + TOUR_CITIZEN);
    heading("Profil for borger");
    WebElement now = browser.findElement(By.cssSelector("[data-field='hoursCapacity.now']"));
    now.clear();
    now.sendKeys("30");

    browser.findElement(By.id("gem-profil")).click();

    WebElement error = visible(By.cssSelector("[data-error-for='hoursCapacity.now']"));
    // The service's Danish text (the page asks for Danish), without the field's path or any English.
    assertThat(error.getText()).isEqualTo("Timer om ugen nu må ikke være flere end målet for timer om ugen.");
    assertThat(now.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(now.getDomAttribute("aria-describedby")).contains(error.getDomAttribute("id"));
    assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Ændringen blev ikke gemt")
        .contains("Timer om ugen nu må ikke være flere end målet for timer om ugen.").doesNotContain("hoursCapacity").doesNotContain("must");
    assertAccessible("borgerprofil med fejl");
    screenshot("04-borgerprofil-fejl");
  }

  @Test
  void showsRankedMatchesWithReasonsAndReordersWhenAWeightChanges() {
    signInAs(KOBENHAVN);
    browser.findElement(By.cssSelector("a[href='#/borgere/" + TOUR_CITIZEN + "/match']")).click();
    List<String> before = companyOrder();
    assertThat(before).hasSizeGreaterThan(3);
    assertThat(visible(By.id("holdt-tilbage")).getText()).isNotBlank();

    screenOnly("05-virksomheder-skaerm");
    WebElement firstRow = browser.findElement(By.cssSelector("#matchliste > li"));
    WebElement toggle = firstRow.findElement(By.cssSelector("button.toggle"));
    toggle.click();
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
    WebElement reasons = firstRow.findElement(By.cssSelector(".reasons"));
    assertThat(reasons.isDisplayed()).isTrue();
    assertThat(reasons.getText()).contains("Jobmål A (Butiksassistent)").contains("km fra hjemmet").contains("ingen tunge løft");
    assertThat(firstRow.findElement(By.cssSelector("button.score-bar")).getDomProperty("textContent")).startsWith("Point ");
    assertThat(firstRow.findElement(By.cssSelector(".score")).getText()).as("points against the most a task can have")
        .matches("(?s).*\\d+,\\d af \\d+(,\\d)?");
    assertAccessible("virksomheder");
    screenshot("05-virksomheder");
    screenshot("05-virksomheder-tablet", 820);

    browser.findElement(By.cssSelector("details.panel > summary")).click();
    setWeight("goals", "0");
    setWeight("distance", "50");
    browser.findElement(By.id("soeg-igen")).click();

    waiting.until(driver -> !companyOrder().equals(before));
    int shown = companyOrder().size();
    visible(By.id("vis-flere")).click();
    waiting.until(driver -> companyOrder().size() > shown);
    assertThat(companyOrder()).hasSize(shown + 10);
    assertThat(browser.findElement(By.cssSelector("[data-field='weights.distance']")).getDomProperty("value")).isEqualTo("50");
    assertThat(browser.getCurrentUrl()).contains("vaegte=");
  }

  @Test
  void showsTheApisErrorByTheWeightItNames() {
    signInAs(KOBENHAVN);
    open("/#/borgere/" + TOUR_CITIZEN + "/match");
    visible(By.id("matchliste"));
    browser.findElement(By.cssSelector("details.panel > summary")).click();
    setWeight("distance", "99");

    browser.findElement(By.id("soeg-igen")).click();

    WebElement error = visible(By.cssSelector("[data-error-for='weights.distance']"));
    assertThat(error.getText()).isEqualTo("Skal være mellem 0 og 50.");
    assertAccessible("virksomheder med fejl i vægte");
  }

  @Test
  void excludesACompanyFromItsMatchRowAndTheProfileNamesIt() {
    signInAs(KOBENHAVN);
    open("/#/borgere/" + TOUR_CITIZEN + "/match");
    List<String> before = companyOrder();
    WebElement lastRow = browser.findElements(By.cssSelector("#matchliste > li")).getLast();
    String companyId = lastRow.getDomAttribute("data-company-id");
    String name = lastRow.findElement(By.tagName("h3")).getText().replaceFirst("^\\d+\\.\\s*", "");

    lastRow.findElement(By.cssSelector("button.exclude-open")).click();
    lastRow.findElement(By.cssSelector("form.exclude input")).sendKeys("Har været i praktik der før");
    lastRow.findElement(By.cssSelector("button.exclude-confirm")).click();

    waiting.until(driver -> !companyOrder().contains(companyId));
    assertThat(before).contains(companyId);
    open("/#/borgere/" + TOUR_CITIZEN);
    heading("Profil for borger");
    WebElement excludedRow = visible(By.cssSelector("#fravalgte .row"));
    assertThat(excludedRow.findElement(By.cssSelector("[data-part=companyId]")).getDomProperty("value")).isEqualTo(companyId);
    assertThat(excludedRow.findElement(By.cssSelector("[data-part=reason]")).getDomProperty("value")).isEqualTo("Har været i praktik der før");
    waiting.until(ExpectedConditions.textToBePresentInElement(excludedRow.findElement(By.cssSelector(".company-name")), name));
  }

  @Test
  void marksAWishTheDevelopmentGoalsSuggestAndSavesTheWishesTicked() {
    UUID citizenId = createCitizen(KOBENHAVN, aCitizen().developing("vil gerne arbejde udendørs").build());
    signInAs(KOBENHAVN);
    open("/#/borgere/" + citizenId);
    heading("Profil for borger");
    WebElement outdoor = visible(By.cssSelector("[data-wish=OUTDOOR]"));
    assertThat(outdoor.getText()).contains("udendørs arbejde").contains("Foreslået ud fra udviklingsmål");
    assertThat(outdoor.findElement(By.tagName("input")).isSelected()).isFalse();
    assertAccessible("borgerprofil med ønsker");
    screenshot("09-borgerprofil-oensker");

    browser.findElement(By.cssSelector("[data-wish=CUSTOMER_CONTACT] label")).click();
    outdoor.findElement(By.tagName("label")).click();
    browser.findElement(By.id("gem-profil")).click();

    waiting.until(ExpectedConditions.textToBe(By.cssSelector("p.saved"), "Profilen er gemt."));
    // Confirmed, the suggestion is the citizen's own wish and loses its mark.
    assertThat(browser.findElements(By.cssSelector("[data-wish=OUTDOOR] .suggested"))).isEmpty();
    open("/#/borgere/" + citizenId);
    heading("Profil for borger");
    assertThat(visible(By.cssSelector("[data-wish=CUSTOMER_CONTACT] input")).isSelected()).isTrue();
    assertThat(browser.findElement(By.cssSelector("[data-wish=OUTDOOR] input")).isSelected()).isTrue();
    assertThat(browser.findElement(By.cssSelector("[data-wish=FOOD] input")).isSelected()).isFalse();

    browser.findElement(By.linkText("Find virksomheder")).click();
    // Without job goals or experience nothing can be a near miss, and the page says so.
    assertThat(visible(By.id("ingen-naesten-match")).getText()).isEqualTo("Ingen næsten-match.");
    screenshot("10-virksomheder-uden-naesten-match");
  }

  @Test
  void explainsPartMatchesExperienceWishesAndDaytimeInDanishAndShowsNearMissesApart() {
    UUID citizenId = kattegatCitizenWithNearMisses();
    signInAs(KOBENHAVN);
    open("/#/borgere/" + citizenId + "/match");

    WebElement row = visible(By.cssSelector("#matchliste > li"));
    assertThat(row.findElement(By.tagName("h3")).getText()).contains("Lagerhuset Kattegat");
    assertThat(row.findElement(By.cssSelector("ul.tasks")).getText())
        .contains("jobmål A: samme stilling")
        .contains("10 års erfaring som pakkeriarbejder, senest for 2 år siden")
        .contains("ønske opfyldt: arbejde med kunder");
    row.findElement(By.cssSelector("button.toggle")).click();
    assertThat(row.findElement(By.cssSelector(".reasons")).getText())
        .contains("Jobmål B (lager): »lager« indgår i »Lagerarbejde«.")
        .contains("Ønske opfyldt: arbejde med kunder.")
        .contains("lørdag 08.00–12.00 ligger uden for dagtimer.")
        .contains("tidspunkterne ligger i dagtimerne.")
        .contains("Ønsker ");
    assertThat(browser.findElements(By.cssSelector("[data-field='weights.wishes']"))).hasSize(1);

    WebElement section = browser.findElement(By.id("naesten-match"));
    assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo("Næsten-match");
    assertThat(texts(By.cssSelector("#naesten-liste > li .kept-out"))).containsExactlyInAnyOrder(
        "Holdes ude: 12 km – 2 km uden for radius.",
        "Holdes ude: kræver mindst 8 timer om ugen – 2 timer mere end borgeren kan nu.",
        "Holdes ude: tager først imod nye forløb fra " + PAUSED_UNTIL.format(DANISH_DATE) + ".");
    assertThat(texts(By.cssSelector("#aabninger > li")))
        .contains("Inden for 15 km: 1 virksomhed mere.", "Ved 8 timer om ugen: 1 virksomhed mere.");
    assertThat(browser.findElements(By.cssSelector("#matchliste > li")))
        .extracting(li -> li.getDomAttribute("data-company-id"))
        .doesNotContainAnyElementsOf(browser.findElements(By.cssSelector("#naesten-liste > li")).stream()
            .map(li -> li.getDomAttribute("data-company-id")).toList());
    assertAccessible("virksomheder med næsten-match");
    screenshot("11-naesten-match");
  }

  /**
   * A citizen of København's job centre who lives out in the Kattegat, where no demo company is, so
   * the lists hold only these companies: one that matches (part match of goal B, experience, a wish,
   * a Saturday slot against a PREFER daytime need) and three near misses, one for each way to miss.
   */
  private UUID kattegatCitizenWithNearMisses() {
    double lat = 56.25;
    double lon = 11.70;
    double kmNorth = 1 / 111.2;
    createCompany(KOBENHAVN, aCompany().named("Lagerhuset Kattegat ApS").at(lat + 3 * kmNorth, lon)
        .openToOrdinaryHours(OpenToOrdinaryHours.YES)
        .with(aTask().titled("Lagerarbejde").described("Plukke ordrer og hjælpe kunder ved udleveringen").occupation("9321")
            .demanding(Demand.CUSTOMER_CONTACT).hours(4, 12).on(Weekday.SAT, "08:00", "12:00").eligibleForPaidHours())
        .with(aTask().titled("Pakning af webordrer").described("Pakke ordrer ved et fast bord").occupation("9321")
            .hours(4, 10).on(Weekday.TUE, "09:00", "12:00"))
        .build());
    createCompany(KOBENHAVN, aCompany().named("Pakkeriet Yderkanten ApS").at(lat + 12 * kmNorth, lon)
        .with(aTask().titled("Pakning af ordrer").described("Pakke ordrer").occupation("9321").hours(4, 12)).build());
    createCompany(KOBENHAVN, aCompany().named("Emballage Hav ApS").at(lat + 5 * kmNorth, lon)
        .with(aTask().titled("Pakning af kasser").described("Pakke kasser").occupation("9321").hours(8, 12)).build());
    createCompany(KOBENHAVN, aCompany().named("Pakhuset Pause ApS").at(lat + 4 * kmNorth, lon).pausedUntil(PAUSED_UNTIL)
        .with(aTask().titled("Pakning af poser").described("Pakke poser").occupation("9321").hours(4, 12)).build());
    return createCitizen(KOBENHAVN, aCitizen().livingAt(lat, lon).commuteKm(10).hours(6, 15)
        .goal(GoalRank.A, "9321", "Pakkeriarbejder").goal(GoalRank.B, null, "lager")
        .experiencedIn("9321", "Pakkeriarbejder", 10, LocalDate.now().getYear() - 2)
        .wishing(WishCode.CUSTOMER_CONTACT)
        .needing(NeedCode.DAYTIME_ONLY, Strictness.PREFER)
        .build());
  }

  /** Replaces the field's text as typing does (select all, type), so the page sees input events. */
  private static void replaceText(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /** The code of the first option of the open suggestion list, or null while none is shown. */
  private String firstSuggestionCode() {
    return (String) browser.executeScript(
        "const o = document.querySelector('[role=listbox]:not([hidden]) [role=option]'); return o ? o.dataset.code : null");
  }

  private void setWeight(String name, String value) {
    WebElement input = visible(By.cssSelector("[data-field='weights." + name + "']"));
    input.clear();
    input.sendKeys(value);
  }

  /** The company ids in list order, read in one script so a list being redrawn is never read half-way. */
  @SuppressWarnings("unchecked")
  private List<String> companyOrder() {
    visible(By.cssSelector("#matchliste > li"));
    return (List<String>) browser.executeScript(
        "return [...document.querySelectorAll('#matchliste > li')].map(li => li.dataset.companyId)");
  }
}

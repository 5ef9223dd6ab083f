package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How well {@link OccupationCatalog#resolve} turns job goals typed as text into occupation codes: a
 * list of titles as consultants type them (everyday titles, inflections, text without æøå, typos,
 * compounds in two words, partial words) with the code each should resolve to, or {@code none} for
 * texts that must not resolve because they name no one occupation ({@code lager}, {@code arbejde},
 * {@code x}). A wrong code is worse than none: a goal without a code still matches on its words, a
 * goal with a wrong code ranks the wrong tasks first.
 */
class OccupationResolutionQualityTest {
  private static final OccupationCatalog CATALOG = OccupationCatalog.bundled();

  /** Typed text | expected code or none. A trailing space in a text is part of it. */
  private static final String TYPED = """
      frisør | 5141
      tømrer | 7115
      elektriker | 7411
      florist | 7549
      dyrepasser | 5164
      tandklinikassistent | 3251
      maler | 7131
      sygehjælper | 5322
      ekspedient | 5223
      butiksmedhjælper | 5223
      salgsassistent | 5223
      butiksassistent | 5223
      butik | 5223
      kosmetiker | 5142
      negletekniker | 5142
      dyrlægeassistent | 3240
      murer | 7112
      murerlærling | 7112
      tømrerlærling | 7115
      elektrikerlærling | 7411
      vvs | 7126
      vvs-montør | 7126
      VVS montør | 7126
      blikkenslager | 7126
      gartner | 6113
      anlægsgartner | 6113
      gartnermedhjælper | 9214
      landmand | 6130
      staldmedhjælper | 6121
      fodermester | 6121
      postbud | 4412
      postomdeler | 4412
      vagt | 5414
      sikkerhedsvagt | 5414
      security | 5414
      dørmand | 5414
      kontorassistent | 4110
      kontorelev | 4110
      receptionist | 4226
      sekretær | 4120
      lægesekretær | 3344
      it-supporter | 3512
      IT supporter | 3512
      bogholder | 4311
      regnskabsassistent | 4311
      lønbogholder | 4313
      kok | 5120
      køkkenchef | 3434
      tjener | 5131
      bartender | 5132
      barista | 5132
      opvasker | 9412
      kantinemedarbejder | 9412
      køkkenmedhjælper | 9412
      kantinedame | 9412
      smørrebrødsjomfru | 5120
      fastfoodmedarbejder | 9411
      buschauffør | 8331
      taxachauffør | 8322
      chauffør | 8322
      lastbilchauffør | 8332
      truckfører | 8344
      gaffeltruckfører | 8344
      kranfører | 8343
      maskinfører | 8342
      lokomotivfører | 8311
      lagermedarbejder | 9333
      lagerarbejder | 9333
      flyttemand | 9333
      lagerekspedient | 4321
      lagerforvalter | 4321
      disponent | 4323
      speditør | 3331
      pakker | 9321
      pakkeriarbejder | 9321
      produktionsmedarbejder | 9329
      fabriksarbejder | 9329
      svejser | 7212
      smed | 7214
      automekaniker | 7231
      mekaniker | 7231
      cykelmekaniker | 7234
      slagter | 7511
      bager | 7512
      konditor | 7512
      skrædder | 7531
      syerske | 7531
      skomager | 7536
      vinduespudser | 9123
      skraldemand | 9611
      renovationsarbejder | 9611
      gadefejer | 9613
      bud | 9621
      cykelbud | 9621
      avisbud | 9621
      pedel | 5153
      vicevært | 5153
      ejendomsservicetekniker | 5153
      altmuligmand | 9622
      handyman | 9622
      varepåfylder | 9334
      kassedame | 5230
      kasseassistent | 5230
      sygeplejerske | 2221
      læge | 2211
      tandlæge | 2261
      fysioterapeut | 2264
      ergoterapeut | 2269
      social- og sundhedshjælper | 5322
      social- og sundhedsassistent | 5321
      sosu-assistent | 5321
      sosu assistent | 5321
      SOSU-hjælper | 5322
      sosu | 5322
      hjemmehjælper | 5322
      plejehjemsassistent | 5321
      portør | 5329
      pau | 5311
      pædagogisk assistent | 5311
      pædagogmedhjælper | 5311
      dagplejer | 5311
      pædagog | 2342
      lærer | 2341
      folkeskolelærer | 2341
      socialrådgiver | 2635
      psykolog | 2634
      revisor | 2411
      advokat | 2611
      programmør | 2512
      softwareudvikler | 2512
      webudvikler | 2513
      grafisk designer | 2166
      journalist | 2642
      fotograf | 3431
      frisørelev | 5141
      barber | 5141
      tatovør | 5142
      bedemand | 5163
      kørelærer | 5165
      brandmand | 5411
      politibetjent | 5412
      fængselsbetjent | 5413
      skovarbejder | 6210
      fisker | 6222
      stilladsarbejder | 7119
      tagdækker | 7121
      gulvlægger | 7122
      glarmester | 7125
      kølemontør | 7127
      autolakerer | 7132
      guldsmed | 7313
      trykker | 7322
      bogbinder | 7323
      mejerist | 7513
      møbelsnedker | 7522
      snedker | 7522
      polstrer | 7534
      elektronikmekaniker | 7421
      slagteriarbejder | 8160
      maskinoperatør | 8160
      industrisyerske | 8153
      telefonist | 4223
      kundeservicemedarbejder | 4222
      callcentermedarbejder | 4222
      telefonsælger | 5244
      tankpasser | 5245
      butikschef | 1420
      købmand | 1420
      daginstitutionsleder | 1341
      skoleleder | 1345
      direktør | 1120
      rengøringsleder | 5151
      rengøringsassistent | 9112
      stuepige | 9112
      husassistent | 9111
      vaskeriassistent | 9121
      bilvasker | 9122
      markarbejder | 9211
      frugtplukker | 9211
      byggearbejder | 9313
      håndlanger | 9313
      anlægsarbejder | 9312
      dyrlæge | 2250
      hundefrisør | 5164
      stewardesse | 5111
      turistguide | 5113
      cafémedarbejder | 5131
      apoteksassistent | 3213
      farmakonom | 3213
      laborant | 3111
      bioanalytiker | 3212
      radiograf | 3211
      tandplejer | 3251
      optiker | 3254
      ambulancebehandler | 3258
      jordemoder | 2222
      præst | 2636
      bibliotekar | 2622
      biblioteksassistent | 4411
      arkivmedarbejder | 4415
      hr-konsulent | 2423
      personlig træner | 3423
      fitnessinstruktør | 3423
      fodboldtræner | 3422
      musiker | 2652
      skuespiller | 2655
      frisører | 5141
      tømrere | 7115
      malere | 7131
      elektrikere | 7411
      sygeplejersker | 2221
      lagermedarbejdere | 9333
      rengøringsassistenter | 9112
      buschauffører | 8331
      pædagogmedhjælpere | 5311
      tandklinikassistenter | 3251
      dyrepassere | 5164
      ekspedienter | 5223
      social- og sundhedshjælpere | 5322
      lager medarbejder | 9333
      Tandklinik assistent | 3251
      butiks assistent | 5223
      social og sundhedsassistent | 5321
      Frisør  | 5141
      tomrer | 7115
      frisor | 5141
      rengoringsassistent | 9112
      kokkenmedhjaelper | 9412
      tandlaege | 2261
      laerer | 2341
      koekkenchef | 3434
      praest | 2636
      sygehjaelper | 5322
      hjemmehjaelper | 5322
      buschauffor | 8331
      lastbilchauffor | 8332
      kobmand | 1420
      vaegter | 5414
      gartnermedhjalper | 9214
      paedagog | 2342
      smorrebrodsjomfru | 5120
      kassemedhjaelper | 5230
      mobelsnedker | 7522
      varepafylder | 9334
      butiksmedhjalper | 5223
      murerlaerling | 7112
      elektrikerlaerling | 7411
      tomrerlaerling | 7115
      dyrlaege | 2250
      dyrlaegeassistent | 3240
      elektrikker | 7411
      tandklinikasistent | 3251
      sygeplejeske | 2221
      rengøringsasistent | 9112
      pædagogmedhjælpr | 5311
      lagermedarbjder | 9333
      butiksassisent | 5223
      kassemedarbejer | 5230
      hjemmehjælpr | 5322
      blikkenslagger | 7126
      mekanikker | 7231
      gartnr | 6113
      dyrepaser | 5164
      flourist | 7549
      tømre | 7115
      maller | 7131
      murrer | 7112
      chaufør | 8322
      sosuhjelper | 5322
      ekspedjent | 5223
      salgsasistent | 5223
      resepsionist | 4226
      vicevert | 5153
      opvaskr | 9412
      pedell | 5153
      frisø | 5141
      tandklinik | 3251
      elektrik | 7411
      sygehj | 5322
      dyrep | 5164
      lager | none
      x | none
      arbejde | none
      medarbejder | none
      assistent | none
      hjælper | none
      rengøring | none
      landbrugsmedhjælper | none
      xqzv | none
      sælger | none
      chef | none
      leder | none
      konsulent | none
      job | none
      arbejdsløs | none
      fleksjob | none
      kontanthjælp | none
      service | none
      hjemme | none
      mand | none
      bil | none
      ja | none
      """;

  private record Typed(String text, String expected) {}

  @Test
  void resolvesTypedTitlesCorrectlyAndAlmostNeverWrongly() {
    List<Typed> typed = typed();
    List<String> wrong = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    int correct = 0;
    for (Typed t : typed) {
      String got = CATALOG.resolve(t.text()).map(OccupationSuggestion::code).orElse("none");
      if (got.equals(t.expected())) {
        correct++;
      } else if (got.equals("none")) {
        unresolved.add(t.text() + " (expected " + t.expected() + ")");
      } else {
        wrong.add(t.text() + " -> " + got + " (expected " + t.expected() + ")");
      }
    }
    double n = typed.size();
    System.out.printf(Locale.ROOT, "Occupation resolution over %d typed titles: %.1f%% correct, %.1f%% wrong, %.1f%% not"
        + " resolved%n  wrong: %s%n  not resolved: %s%n", typed.size(), 100 * correct / n, 100 * wrong.size() / n,
        100 * unresolved.size() / n, wrong, unresolved);

    assertThat(typed).hasSizeGreaterThanOrEqualTo(150);
    assertThat(correct / n).as("share resolved correctly; not resolved: %s", unresolved).isGreaterThanOrEqualTo(0.95);
    assertThat(wrong.size() / n).as("share resolved wrongly: %s", wrong).isLessThanOrEqualTo(0.01);
  }

  @Test
  void typesEveryCodeOfTheListAsAnOccupationOfTheCatalog() {
    assertThat(typed()).filteredOn(t -> !t.expected().equals("none"))
        .allSatisfy(t -> assertThat(CATALOG.byCode(t.expected())).as(t.text()).isPresent());
  }

  private static List<Typed> typed() {
    return TYPED.lines()
        .filter(line -> !line.isBlank())
        .map(line -> {
          int bar = line.lastIndexOf(" | ");
          return new Typed(line.substring(0, bar), line.substring(bar + 3).strip());
        })
        .toList();
  }
}

package dk.jobmatch.index;

import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.occupation.OccupationSuggestion;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.EvaluationCases.EvaluationCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scratch: coordinate search of the weights over the evaluation set. Not committed. */
class WeightSearchScratch {
  @Test
  void search() {
    Vocabulary vocabulary = Vocabulary.bundled();
    TaskIndex index = TaskIndex.inMemory(vocabulary);
    index.replaceAll(EvaluationMarket.companies());
    OccupationCatalog catalog = OccupationCatalog.bundled();
    WishSuggestions suggestions = new WishSuggestions(vocabulary);
    Map<String, String> companyOfTask = EvaluationSetTest.companyOfTask();
    List<EvaluationCase> cases = EvaluationCases.all();
    List<CitizenProfile> prepared = new ArrayList<>();
    for (EvaluationCase c : cases) {
      prepared.add(c.citizen().withResolvedGoals(t -> catalog.resolve(t).map(OccupationSuggestion::code))
          .withWishesFrom(suggestions));
    }
    Map<String, Double> best = new LinkedHashMap<>(ScoreWeights.DEFAULTS.asMap());
    double[] bestScore = eval(index, cases, prepared, companyOfTask, best);
    System.out.printf("start %s -> %.0f top3, %.4f ndcg%n", best, bestScore[0], bestScore[1]);
    double[] factors = {0, 0.5, 0.75, 1.25, 1.5, 2, 3};
    for (int round = 0; round < Integer.getInteger("rounds", 2); round++) {
      for (String name : ScoreWeights.NAMES) {
        double base = best.get(name);
        for (double f : factors) {
          Map<String, Double> trial = new LinkedHashMap<>(best);
          double v = base == 0 ? f : Math.min(50, base * f);
          trial.put(name, v);
          double[] score = eval(index, cases, prepared, companyOfTask, trial);
          if (score[0] + score[1] > bestScore[0] + bestScore[1] + 1e-4) {
            best = trial;
            bestScore = score;
            System.out.printf("  %s=%.2f -> %.0f top3, %.4f ndcg%n", name, v, score[0], score[1]);
          }
        }
      }
    }
    System.out.printf("best %s -> %.0f top3, %.4f ndcg%n", best, bestScore[0], bestScore[1]);
    index.close();
  }

  private static double[] eval(TaskIndex index, List<EvaluationCase> cases, List<CitizenProfile> prepared,
      Map<String, String> companyOfTask, Map<String, Double> weights) {
    ScoreWeights w = ScoreWeights.DEFAULTS.with(weights);
    List<EvaluationSetTest.CaseResult> results = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      MatchResult result = index.match(prepared.get(i), EvaluationSetTest.LIMIT, w, EvaluationMarket.TODAY);
      results.add(EvaluationSetTest.CaseResult.of(cases.get(i), "", result, companyOfTask));
    }
    EvaluationSetTest.Summary s = EvaluationSetTest.Summary.of(results);
    return new double[] {s.idealInTop3(), s.meanNdcg()};
  }
}

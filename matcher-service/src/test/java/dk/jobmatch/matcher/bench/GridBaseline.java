package dk.jobmatch.matcher.bench;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CitizenProfile.JobGoal;
import dk.jobmatch.index.CitizenProfile.Need;
import dk.jobmatch.index.CitizenProfile.Strictness;
import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.index.Daytime;
import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.ScoreModel;
import dk.jobmatch.index.ScorePart;
import dk.jobmatch.index.ScoreWeights;
import dk.jobmatch.index.TaskEntry;
import dk.jobmatch.index.TextStatistics;
import dk.jobmatch.index.occupation.OccupationFields;
import dk.jobmatch.index.occupation.OccupationTrades;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.vocabulary.WishRule;
import dk.jobmatch.index.vocabulary.WorkingTimes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.util.SloppyMath;

/**
 * The benchmark's strong plain-Java baseline: no Lucene search. Every task sits in a geographic grid
 * of about 5 km cells (a company's tasks side by side), and a query scans only the cells its commute
 * circle touches, with the same hard filters, the same {@link ScoreModel} parts and weights, BM25 from
 * the index's own {@link TextStatistics}, and the same grouping as {@code TaskIndex.match}: companies
 * by their best task (then nearer, then company id), three tasks each.
 *
 * <p>What does not depend on the citizen is worked out once at build time: each distinct pair of
 * (demands, accommodations offered) is judged against every need with {@link NeedVerdict#judge}, so a
 * query checks its MUST needs with one mask (likewise the wishes each distinct (demands, offers,
 * occupation, team size) meets); each distinct task text is analysed once into term ids and
 * frequencies, its compound parts, and its title's words and parts. Lucene does more per query than this: the held-back count, explanations and
 * combinations of tasks.
 */
final class GridBaseline {
  private static final double LAT0 = 54.5;
  private static final double LON0 = 8.0;
  private static final double CELL_LAT = 0.045;
  private static final double CELL_LON = 0.08;
  private static final int ROWS = (int) Math.ceil((57.8 - LAT0) / CELL_LAT);
  private static final int COLS = (int) Math.ceil((15.2 - LON0) / CELL_LON);
  private static final int TASKS_PER_COMPANY = 3;
  private static final OccupationFields FIELDS = OccupationFields.bundled();
  private static final OccupationTrades TRADES = OccupationTrades.bundled();

  private final TextStatistics statistics;
  private final double[] weights;
  private final List<String> needCodes;
  private final Map<String, Integer> needBit = new HashMap<>();
  private final List<String> wishCodes;
  private final Map<String, Integer> wishBit = new HashMap<>();

  // Companies.
  private final String[] companyIds;
  private final long[] availableFrom;
  private final int[] fullMonth;
  private final double[] record;

  // Tasks, in grid order: cell by cell, and within a cell company by company.
  private final int[] cellStart;
  private final double[] lat;
  private final double[] lon;
  private final int[] company;
  private final String[] taskIds;
  private final byte[] hoursMin;
  private final byte[] hoursMax;
  private final boolean[] free;
  private final int[] occupation;
  private final double[] ordinary;
  private final int[] profile;
  private final int[] text;

  /** Per distinct (demands, offered, times): bit n set when need n is violated. */
  private final int[] violatedNeeds;
  /** Per distinct (demands, offered, occupation, team size): bit n set when wish n is met. */
  private final int[] metWishes;
  private final int[] wishProfile;
  /** Per distinct text: its terms and frequencies (CSR), and its length in tokens. */
  private final int[] textStart;
  private final int[] textTerms;
  private final int[] textFreqs;
  private final int[] textLength;
  /** Per distinct text: its compound parts and frequencies (CSR), their count, and the title's words and parts. */
  private final int[] partStart;
  private final int[] partTerms;
  private final int[] partFreqs;
  private final int[] partLength;
  private final int[] titleStart;
  private final int[] titleWordTerms;
  private final int[] titlePartStart;
  private final int[] titlePartTerms;
  private final Map<String, Integer> termIds = new HashMap<>();
  /** Written by {@link #match}; read only by the single-threaded timing loop. */
  private int lastCandidates;

  GridBaseline(List<CompanyEntry> companies, Vocabulary vocabulary, TextStatistics statistics, ScoreWeights weights) {
    this.statistics = statistics;
    this.weights = Arrays.stream(ScorePart.values()).mapToDouble(weights::get).toArray();
    this.wishCodes = vocabulary.wishes().keySet().stream().sorted().toList();
    for (int i = 0; i < wishCodes.size(); i++) {
      wishBit.put(wishCodes.get(i), i);
    }
    this.needCodes = vocabulary.needs().keySet().stream().sorted().toList();
    if (needCodes.size() > 31) {
      throw new IllegalStateException("more needs than bits in an int");
    }
    for (int i = 0; i < needCodes.size(); i++) {
      needBit.put(needCodes.get(i), i);
    }

    int n = companies.size();
    companyIds = new String[n];
    availableFrom = new long[n];
    fullMonth = new int[n];
    record = new double[n];
    int[] cellOf = new int[n];
    int[] tasksInCell = new int[ROWS * COLS + 1];
    int taskCount = 0;
    for (int c = 0; c < n; c++) {
      CompanyEntry e = companies.get(c);
      companyIds[c] = e.companyId();
      LocalDate from = e.availability().availableFrom();
      availableFrom[c] = from == null ? Long.MIN_VALUE : from.toEpochDay();
      YearMonth full = e.availability().fullInMonth();
      fullMonth[c] = full == null ? 0 : full.getYear() * 100 + full.getMonthValue();
      record[c] = ScoreModel.paidHoursRecord(e.paidHoursRecord());
      cellOf[c] = cell(e.location().lat(), e.location().lon());
      tasksInCell[cellOf[c]] += e.tasks().size();
      taskCount += e.tasks().size();
    }
    cellStart = new int[ROWS * COLS + 1];
    for (int cell = 0; cell < ROWS * COLS; cell++) {
      cellStart[cell + 1] = cellStart[cell] + tasksInCell[cell];
    }
    Integer[] order = new Integer[n];
    for (int c = 0; c < n; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer c) -> cellOf[c]).thenComparingInt(c -> c));

    lat = new double[taskCount];
    lon = new double[taskCount];
    company = new int[taskCount];
    taskIds = new String[taskCount];
    hoursMin = new byte[taskCount];
    hoursMax = new byte[taskCount];
    free = new boolean[taskCount];
    occupation = new int[taskCount];
    ordinary = new double[taskCount];
    profile = new int[taskCount];
    wishProfile = new int[taskCount];
    text = new int[taskCount];

    Map<String, Integer> profiles = new HashMap<>();
    List<Integer> violated = new ArrayList<>();
    Map<String, Integer> texts = new HashMap<>();
    List<int[]> textTermList = new ArrayList<>();
    List<int[]> textFreqList = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    List<int[]> partTermList = new ArrayList<>();
    List<int[]> partFreqList = new ArrayList<>();
    List<Integer> partLengths = new ArrayList<>();
    List<int[]> titleWordList = new ArrayList<>();
    List<int[]> titlePartList = new ArrayList<>();
    Map<String, Integer> wishProfiles = new HashMap<>();
    List<Integer> met = new ArrayList<>();
    int t = 0;
    for (int c : order) {
      CompanyEntry e = companies.get(c);
      for (TaskEntry task : e.tasks()) {
        lat[t] = e.location().lat();
        lon[t] = e.location().lon();
        company[t] = c;
        taskIds[t] = task.taskId();
        hoursMin[t] = (byte) task.weeklyHoursMin();
        hoursMax[t] = (byte) task.weeklyHoursMax();
        free[t] = task.freeCapacity() >= 1;
        occupation[t] = code(task.occupationCode());
        ordinary[t] = ScoreModel.ordinaryHours(e.openToOrdinaryHours(), task.eligibleForPaidHours());

        Set<String> offered = new TreeSet<>(e.accommodationsOffered());
        offered.addAll(task.accommodationsOffered());
        Set<String> demands = new TreeSet<>(task.demands());
        WorkingTimes times = Daytime.of(task.schedule());
        profile[t] = profiles.computeIfAbsent(demands + "|" + offered + "|" + times, k -> {
          int bits = 0;
          for (int i = 0; i < needCodes.size(); i++) {
            NeedRule rule = vocabulary.need(needCodes.get(i)).orElseThrow();
            if (NeedVerdict.judge(rule, demands, offered, times).violated()) {
              bits |= 1 << i;
            }
          }
          violated.add(bits);
          return violated.size() - 1;
        });
        wishProfile[t] = wishProfiles.computeIfAbsent(
            demands + "|" + offered + "|" + task.occupationCode() + "|" + task.teamSize(), k -> {
              int bits = 0;
              for (int i = 0; i < wishCodes.size(); i++) {
                WishRule rule = vocabulary.wish(wishCodes.get(i)).orElseThrow();
                if (rule.metBy(demands, offered, task.occupationCode(), task.teamSize())) {
                  bits |= 1 << i;
                }
              }
              met.add(bits);
              return met.size() - 1;
            });

        String joined = String.join("\n", task.title(), task.description(), String.join("\n", task.skills()));
        text[t] = texts.computeIfAbsent(joined, k -> {
          List<String> tokens = TextStatistics.taskTokens(task);
          Map<Integer, Integer> freqs = new LinkedHashMap<>();
          for (String token : tokens) {
            freqs.merge(termIds.computeIfAbsent(token, x -> termIds.size()), 1, Integer::sum);
          }
          textTermList.add(freqs.keySet().stream().mapToInt(Integer::intValue).toArray());
          textFreqList.add(freqs.values().stream().mapToInt(Integer::intValue).toArray());
          lengths.add(tokens.size());
          List<String> parts = TextStatistics.taskPartTokens(task);
          Map<Integer, Integer> partCounts = new LinkedHashMap<>();
          for (String part : parts) {
            partCounts.merge(termIds.computeIfAbsent(part, x -> termIds.size()), 1, Integer::sum);
          }
          partTermList.add(partCounts.keySet().stream().mapToInt(Integer::intValue).toArray());
          partFreqList.add(partCounts.values().stream().mapToInt(Integer::intValue).toArray());
          partLengths.add(parts.size());
          titleWordList.add(TextStatistics.titleWords(task).stream()
              .mapToInt(w -> termIds.computeIfAbsent(w, x -> termIds.size())).toArray());
          titlePartList.add(TextStatistics.titleParts(task).stream()
              .mapToInt(w -> termIds.computeIfAbsent(w, x -> termIds.size())).toArray());
          return lengths.size() - 1;
        });
        t++;
      }
    }
    violatedNeeds = violated.stream().mapToInt(Integer::intValue).toArray();
    metWishes = met.stream().mapToInt(Integer::intValue).toArray();
    textLength = lengths.stream().mapToInt(Integer::intValue).toArray();
    textStart = new int[textLength.length + 1];
    for (int i = 0; i < textLength.length; i++) {
      textStart[i + 1] = textStart[i] + textTermList.get(i).length;
    }
    textTerms = new int[textStart[textLength.length]];
    textFreqs = new int[textTerms.length];
    for (int i = 0; i < textLength.length; i++) {
      System.arraycopy(textTermList.get(i), 0, textTerms, textStart[i], textTermList.get(i).length);
      System.arraycopy(textFreqList.get(i), 0, textFreqs, textStart[i], textFreqList.get(i).length);
    }
    partLength = partLengths.stream().mapToInt(Integer::intValue).toArray();
    partStart = starts(partTermList);
    partTerms = flatten(partTermList, partStart);
    partFreqs = flatten(partFreqList, partStart);
    titleStart = starts(titleWordList);
    titleWordTerms = flatten(titleWordList, titleStart);
    titlePartStart = starts(titlePartList);
    titlePartTerms = flatten(titlePartList, titlePartStart);
  }

  private static int[] starts(List<int[]> lists) {
    int[] start = new int[lists.size() + 1];
    for (int i = 0; i < lists.size(); i++) {
      start[i + 1] = start[i] + lists.get(i).length;
    }
    return start;
  }

  private static int[] flatten(List<int[]> lists, int[] start) {
    int[] all = new int[start[lists.size()]];
    for (int i = 0; i < lists.size(); i++) {
      System.arraycopy(lists.get(i), 0, all, start[i], lists.get(i).length);
    }
    return all;
  }

  /** How many tasks passed every filter in the last {@link #match}, for the report. */
  int lastCandidates() {
    return lastCandidates;
  }

  int taskCount() {
    return lat.length;
  }

  int distinctProfiles() {
    return violatedNeeds.length;
  }

  int distinctTexts() {
    return textLength.length;
  }

  /** One company of the result: its best task's score and distance, and its best tasks. */
  record CompanyRow(String companyId, double score, double distanceKm, List<String> taskIds) {}

  /** The best {@code limit} companies for the citizen, best first. */
  List<CompanyRow> match(CitizenProfile citizen, int limit, LocalDate today) {
    Query q = new Query(citizen, today);
    // Worst on top, so it is the one to drop.
    PriorityQueue<CompanyRow> top = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
    double radius = citizen.maxCommuteKm();
    GeoPoint home = citizen.home();
    double dLat = radius / 111.2;
    double dLon = radius / (111.2 * Math.cos(Math.toRadians(Math.min(89, Math.abs(home.lat()) + dLat))));
    int row0 = Math.max(0, (int) Math.floor((home.lat() - dLat - LAT0) / CELL_LAT));
    int row1 = Math.min(ROWS - 1, (int) Math.floor((home.lat() + dLat - LAT0) / CELL_LAT));
    int col0 = Math.max(0, (int) Math.floor((home.lon() - dLon - LON0) / CELL_LON));
    int col1 = Math.min(COLS - 1, (int) Math.floor((home.lon() + dLon - LON0) / CELL_LON));
    CompanyBest best = new CompanyBest();
    int candidates = 0;
    for (int row = row0; row <= row1; row++) {
      for (int col = col0; col <= col1; col++) {
        int cell = row * COLS + col;
        if (cellStart[cell] == cellStart[cell + 1] || !touches(row, col, home, radius)) {
          continue;
        }
        for (int t = cellStart[cell]; t < cellStart[cell + 1]; t++) {
          if (!q.passesCheapFilters(t)) {
            continue;
          }
          // Lucene's fast haversine (the one the index ranks with), not the JDK's exact trigonometry:
          // the baseline should be as quick as a careful hand-written engine would make it.
          double km = SloppyMath.haversinMeters(home.lat(), home.lon(), lat[t], lon[t]) / 1000.0;
          if (km > radius) {
            continue;
          }
          candidates++;
          if (company[t] != best.company) {
            best.offerTo(top, limit);
            best.start(company[t]);
          }
          best.add(t, q.score(t, km), km);
        }
      }
    }
    best.offerTo(top, limit);
    lastCandidates = candidates;
    List<CompanyRow> ranked = new ArrayList<>(top);
    ranked.sort(BEST_FIRST);
    return ranked;
  }

  private static final Comparator<CompanyRow> BEST_FIRST = Comparator.comparingDouble(CompanyRow::score).reversed()
      .thenComparingDouble(CompanyRow::distanceKm).thenComparing(CompanyRow::companyId);

  /** Whether the cell's rectangle comes within {@code radius} of home: its nearest point, with a metre of slack. */
  private static boolean touches(int row, int col, GeoPoint home, double radius) {
    double south = LAT0 + row * CELL_LAT;
    double west = LON0 + col * CELL_LON;
    double nearestLat = Math.max(south, Math.min(south + CELL_LAT, home.lat()));
    double nearestLon = Math.max(west, Math.min(west + CELL_LON, home.lon()));
    return home.distanceKm(new GeoPoint(nearestLat, nearestLon)) <= radius + 0.001;
  }

  private static int cell(double lat, double lon) {
    int row = Math.max(0, Math.min(ROWS - 1, (int) Math.floor((lat - LAT0) / CELL_LAT)));
    int col = Math.max(0, Math.min(COLS - 1, (int) Math.floor((lon - LON0) / CELL_LON)));
    return row * COLS + col;
  }

  private static int code(String occupationCode) {
    if (occupationCode == null || occupationCode.length() != 4) {
      return -1;
    }
    try {
      return Integer.parseInt(occupationCode);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One citizen's query: filters and score parts prepared once, then applied to each task in reach. */
  private final class Query {
    private final CitizenProfile citizen;
    private final long today;
    private final int thisMonth;
    private final int mustMask;
    private final int preferMask;
    private final int preferTotal;
    private final Set<String> excluded;
    /** Per goal, its occupations' codes (none, one, or the few its title names alike). */
    private final int[][] goalCodes;
    private final double[][] goalValues;
    /** Per term id: bit g set when the term is a word of goal g's title. */
    private final int[] goalWords;
    /** Per term id: bit g set when the term is a compound part of goal g's title. */
    private final int[] goalParts;
    /** The CV's experience and education: code, value for the same occupation, value for its minor group. */
    private final int[] cvCodes;
    private final double[] cvExact;
    /** Per term id: its weighted idf in each text clause of the query (see MatchQuery.bm25), else 0. */
    private final TextQuery skills;
    private final TextQuery development;
    private final int wishMask;
    private final int wishTotal;
    private final double[] values = new double[ScorePart.values().length];

    Query(CitizenProfile citizen, LocalDate today) {
      this.citizen = citizen;
      this.today = today.toEpochDay();
      this.thisMonth = today.getYear() * 100 + today.getMonthValue();
      int must = 0;
      int prefer = 0;
      int preferCount = 0;
      for (Need need : citizen.needs()) {
        Integer bit = needBit.get(need.code());
        if (bit == null) {
          throw new IllegalArgumentException("unknown accommodation need " + need.code());
        }
        if (need.strictness() == Strictness.MUST) {
          must |= 1 << bit;
        } else {
          prefer |= 1 << bit;
          preferCount++;
        }
      }
      mustMask = must;
      preferMask = prefer;
      preferTotal = preferCount;
      excluded = citizen.excludedCompanyIds();

      List<JobGoal> goals = citizen.jobGoals();
      goalCodes = new int[goals.size()][];
      goalValues = new double[goals.size()][];
      goalWords = new int[termIds.size()];
      goalParts = new int[termIds.size()];
      for (int i = 0; i < goals.size(); i++) {
        JobGoal goal = goals.get(i);
        goalCodes[i] = goal.occupationCodes().stream().mapToInt(GridBaseline::code).toArray();
        goalValues[i] = new double[GoalMatchKind.values().length];
        for (GoalMatchKind kind : GoalMatchKind.values()) {
          goalValues[i][kind.ordinal()] = ScoreModel.goal(kind, goal.rank());
        }
        mark(goalWords, TextStatistics.queryTerms(List.of(goal.title())), i);
        mark(goalParts, TextStatistics.queryParts(List.of(goal.title())), i);
      }
      List<Integer> codes = new ArrayList<>();
      List<Double> exact = new ArrayList<>();
      for (CitizenProfile.Experience e : citizen.experience()) {
        if (code(e.occupationCode()) >= 0) {
          codes.add(code(e.occupationCode()));
          exact.add(ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, e.years(), e.yearsAgo()));
        }
      }
      for (CitizenProfile.Education e : citizen.education()) {
        if (code(e.occupationCode()) >= 0) {
          codes.add(code(e.occupationCode()));
          exact.add(ScoreModel.education(GoalMatchKind.EXACT_OCCUPATION, e.completed()));
        }
      }
      cvCodes = codes.stream().mapToInt(Integer::intValue).toArray();
      cvExact = exact.stream().mapToDouble(Double::doubleValue).toArray();
      skills = new TextQuery(citizen.skills());
      development = new TextQuery(citizen.developmentGoals());
      int wishes = 0;
      for (String wish : citizen.wishes()) {
        wishes |= 1 << wishBit.get(wish);
      }
      wishMask = wishes;
      wishTotal = citizen.wishes().size();
    }

    private void mark(int[] masks, List<String> terms, int goal) {
      for (String term : terms) {
        Integer id = termIds.get(term);
        if (id != null) {
          masks[id] |= 1 << goal;
        }
      }
    }

    /** The citizen's experience part for a task in occupation {@code code}: the best entry, as CvEvidence. */
    private double experience(int code) {
      double best = 0;
      for (int i = 0; i < cvCodes.length && code >= 0; i++) {
        GoalMatchKind kind = relation(cvCodes[i], code);
        double share = kind == null ? 0 : ScoreModel.relatedShare(kind);
        double v = cvExact[i] * share;
        best = Math.max(best, v);
      }
      return best;
    }

    /**
     * Its own reading of how two codes relate: the same code, the same three digits, one trade, the
     * same field; null for none.
     */
    private static GoalMatchKind relation(int a, int b) {
      if (a < 0 || b < 0) {
        return null;
      }
      if (a == b) {
        return GoalMatchKind.EXACT_OCCUPATION;
      }
      if (a / 10 == b / 10) {
        return GoalMatchKind.SAME_MINOR_GROUP;
      }
      if (TRADES.sameTrade(a, b)) {
        return GoalMatchKind.SAME_TRADE;
      }
      return FIELDS.indexOf(a) >= 0 && FIELDS.indexOf(a) == FIELDS.indexOf(b) ? GoalMatchKind.SAME_FIELD : null;
    }

    private static GoalMatchKind better(GoalMatchKind a, GoalMatchKind b) {
      return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** Every hard filter but the distance: hours, capacity, availability, exclusions, MUST needs. */
    boolean passesCheapFilters(int t) {
      if (hoursMin[t] > citizen.hoursNow() || !free[t]) {
        return false;
      }
      int c = company[t];
      if (availableFrom[c] > today || fullMonth[c] == thisMonth) {
        return false;
      }
      if ((violatedNeeds[profile[t]] & mustMask) != 0) {
        return false;
      }
      return excluded.isEmpty() || !excluded.contains(companyIds[c]);
    }

    /** The same parts, in the same order and with the same weights, as the index's ranking. */
    double score(int t, double km) {
      int code = occupation[t];
      int txt = text[t];
      // Which goals' words or parts the title and the text hold, as words or as compound parts.
      int titleWordHits = 0;
      int titlePartHits = 0;
      int textWordHits = 0;
      int textPartHits = 0;
      for (int k = titleStart[txt]; k < titleStart[txt + 1]; k++) {
        titleWordHits |= goalWords[titleWordTerms[k]];
        titlePartHits |= goalParts[titleWordTerms[k]];
      }
      for (int k = titlePartStart[txt]; k < titlePartStart[txt + 1]; k++) {
        titlePartHits |= goalWords[titlePartTerms[k]] | goalParts[titlePartTerms[k]];
      }
      for (int k = textStart[txt]; k < textStart[txt + 1]; k++) {
        textWordHits |= goalWords[textTerms[k]];
        textPartHits |= goalParts[textTerms[k]];
      }
      for (int k = partStart[txt]; k < partStart[txt + 1]; k++) {
        textPartHits |= goalWords[partTerms[k]] | goalParts[partTerms[k]];
      }
      double goals = 0;
      for (int i = 0; i < goalCodes.length; i++) {
        int bit = 1 << i;
        // The best of the code relation (over the goal's codes) and the text relation: the kinds are ordered best first.
        GoalMatchKind kind = null;
        for (int goalCode : goalCodes[i]) {
          kind = better(kind, relation(goalCode, code));
        }
        if ((titleWordHits & bit) != 0) {
          kind = better(kind, GoalMatchKind.TITLE_WORD);
        } else if ((titlePartHits & bit) != 0) {
          kind = better(kind, GoalMatchKind.TITLE_PART);
        } else if ((textWordHits & bit) != 0) {
          kind = better(kind, GoalMatchKind.TEXT_WORD);
        } else if ((textPartHits & bit) != 0) {
          kind = better(kind, GoalMatchKind.TEXT_PART);
        }
        if (kind != null) {
          goals = Math.max(goals, goalValues[i][kind.ordinal()]);
        }
      }
      values[ScorePart.GOALS.ordinal()] = goals;
      values[ScorePart.EXPERIENCE.ordinal()] = experience(code);
      values[ScorePart.SKILLS.ordinal()] = ScoreModel.text(skills.bm25(txt));
      values[ScorePart.DEVELOPMENT_GOALS.ordinal()] = ScoreModel.text(development.bm25(txt));
      values[ScorePart.WISHES.ordinal()] = ScoreModel.wishes(Integer.bitCount(metWishes[wishProfile[t]] & wishMask), wishTotal);
      values[ScorePart.HOURS_FIT.ordinal()] = ScoreModel.hoursFit(hoursMin[t], hoursMax[t], citizen.hoursNow(), citizen.hoursTarget());
      values[ScorePart.DISTANCE.ordinal()] = ScoreModel.distance(km, citizen.maxCommuteKm());
      values[ScorePart.PREFER_NEEDS.ordinal()] =
          ScoreModel.preferNeeds(preferTotal - Integer.bitCount(violatedNeeds[profile[t]] & preferMask), preferTotal);
      values[ScorePart.ORDINARY_HOURS.ordinal()] = ordinary[t];
      values[ScorePart.PAID_HOURS_RECORD.ordinal()] = record[company[t]];
      ScoreModel.scaleContext(values, weights);
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += values[i] * weights[i];
      }
      return sum;
    }
  }

  /**
   * A text part's query as MatchQuery.bm25 builds it: the phrases' words in the text at full weight,
   * their compound parts as words of the text and both inside the text's compounds at
   * {@link ScoreModel#PART_FACTOR}. Per term id: the weighted idf in each of the two fields.
   */
  private final class TextQuery {
    private final double[] wordIdf = new double[termIds.size()];
    private final double[] partIdf = new double[termIds.size()];
    private final boolean any;

    TextQuery(List<String> phrases) {
      List<String> words = TextStatistics.queryTerms(phrases);
      Set<String> parts = new LinkedHashSet<>(TextStatistics.queryParts(phrases));
      parts.removeAll(words);
      Set<String> both = new LinkedHashSet<>(words);
      both.addAll(parts);
      boolean some = false;
      for (String term : words) {
        some |= put(wordIdf, term, statistics.idf(term));
      }
      for (String term : parts) {
        some |= put(wordIdf, term, ScoreModel.PART_FACTOR * statistics.idf(term));
      }
      for (String term : both) {
        some |= put(partIdf, term, ScoreModel.PART_FACTOR * statistics.partIdf(term));
      }
      any = some;
    }

    private boolean put(double[] idf, String term, double value) {
      Integer id = termIds.get(term);
      if (id != null) {
        idf[id] = value;
      }
      return id != null;
    }

    /** The BM25 sum for the distinct text {@code txt}. */
    double bm25(int txt) {
      if (!any) {
        return 0;
      }
      double sum = 0;
      for (int k = textStart[txt]; k < textStart[txt + 1]; k++) {
        if (wordIdf[textTerms[k]] != 0) {
          sum += statistics.bm25(wordIdf[textTerms[k]], textFreqs[k], textLength[txt]);
        }
      }
      for (int k = partStart[txt]; k < partStart[txt + 1]; k++) {
        if (partIdf[partTerms[k]] != 0) {
          sum += statistics.partBm25(partIdf[partTerms[k]], partFreqs[k], partLength[txt]);
        }
      }
      return sum;
    }
  }

  /** The company being scanned: its best task and its best three, kept without allocation per task. */
  private final class CompanyBest {
    int company = -1;
    final int[] tasks = new int[TASKS_PER_COMPANY];
    final double[] scores = new double[TASKS_PER_COMPANY];
    final double[] kms = new double[TASKS_PER_COMPANY];
    int size;

    void start(int c) {
      company = c;
      size = 0;
    }

    /** Keeps the three best by score, then nearer, then task id (the order the index shows them in). */
    void add(int t, double score, double km) {
      int at = size;
      while (at > 0 && better(score, km, t, scores[at - 1], kms[at - 1], tasks[at - 1])) {
        at--;
      }
      if (at >= TASKS_PER_COMPANY) {
        return;
      }
      for (int i = Math.min(size, TASKS_PER_COMPANY - 1); i > at; i--) {
        tasks[i] = tasks[i - 1];
        scores[i] = scores[i - 1];
        kms[i] = kms[i - 1];
      }
      tasks[at] = t;
      scores[at] = score;
      kms[at] = km;
      size = Math.min(TASKS_PER_COMPANY, size + 1);
    }

    private boolean better(double score, double km, int t, double otherScore, double otherKm, int other) {
      if (score != otherScore) {
        return score > otherScore;
      }
      if (km != otherKm) {
        return km < otherKm;
      }
      return taskIds[t].compareTo(taskIds[other]) < 0;
    }

    void offerTo(PriorityQueue<CompanyRow> top, int limit) {
      if (company < 0 || size == 0) {
        return;
      }
      if (top.size() >= limit) {
        CompanyRow worst = top.peek();
        boolean better = scores[0] != worst.score() ? scores[0] > worst.score()
            : kms[0] != worst.distanceKm() ? kms[0] < worst.distanceKm()
            : companyIds[company].compareTo(worst.companyId()) < 0;
        if (!better) {
          company = -1;
          return;
        }
        top.poll();
      }
      List<String> shown = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        shown.add(taskIds[tasks[i]]);
      }
      top.add(new CompanyRow(companyIds[company], scores[0], kms[0], shown));
      company = -1;
    }
  }
}

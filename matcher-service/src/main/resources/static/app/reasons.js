// The API's match reasons as the short Danish phrases a consultant reads: job goals, CV experience
// and education, skills found as part of a word, wishes met, accommodation needs, and for near
// misses what keeps a company out and what relaxing a rule would open. No codes reach the screen.

import { date, num } from './dom.js';
import { cause, need, occupationTitle, weekday, wish } from './labels.js';

/** "a", "a og b", "a, b og c". */
export function danishList(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

const companies = n => `${n} ${n === 1 ? 'virksomhed' : 'virksomheder'}`;

/**
 * A word found inside a compound. The engine also reports two compounds that merely share a part
 * ("lagerstyring" and "Lagerarbejde"), and without "within" the part may lie either way round, so
 * "indgår i" is said only when it is literally true.
 */
export function wordPart({ part, within }) {
  if (!within) return `»${part}« og et ord i beskrivelsen har en orddel til fælles`;
  return within.toLowerCase().includes(part.toLowerCase())
    ? `»${part}« indgår i »${within}«`
    : `»${part}« og »${within}« har en orddel til fælles`;
}

/** How a task matched one job goal, e.g. "samme stilling" or "»lager« indgår i »Lagerarbejde«". */
export function goalMatch(goal) {
  switch (goal.kind) {
    case 'EXACT_OCCUPATION': return 'samme stilling';
    case 'SAME_MINOR_GROUP': return 'beslægtet stilling';
    case 'SAME_TRADE': return 'samme fag';
    case 'SAME_FIELD': return 'samme fagområde';
    case 'TITLE_WORD': return 'ordet står i titlen';
    case 'TEXT_WORD': return 'ordet står i beskrivelsen';
    case 'TITLE_PART': return goal.part?.within ? wordPart(goal.part) : 'en orddel står i titlen';
    // Without "within" the engine may name the goal's whole title as the part: say only what is sure.
    case 'TEXT_PART': return goal.part?.within ? wordPart(goal.part) : 'en orddel står i beskrivelsen';
    default: return 'ord fra jobmålet i opgaven';
  }
}

/** A CV title as it reads inside a sentence: "Pakkeriarbejder" becomes "pakkeriarbejder", "IT-supporter" stays. */
function inSentence(title) {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/** The CV entry behind an experience match: same occupation code, the same years when several share it. */
function cvEntry(match, cv) {
  const entries = (match.source === 'EDUCATION' ? cv?.education : cv?.experience) || [];
  const same = entries.filter(e => e.occupationCode === match.occupationCode);
  return same.find(e => match.years == null || e.years === match.years) || same[0] || null;
}

/**
 * The CV's evidence for a task: "10 års erfaring som pakkeriarbejder, senest for 2 år siden",
 * "uddannet til lagermedarbejder (Lagerlogistik)", "påbegyndt uddannelse til ...". The occupation is
 * named by the CV's own title, else by the occupation catalogue, else as "samme"/"beslægtet stilling".
 */
export function experienceMatch(match, cv) {
  const entry = cvEntry(match, cv);
  const relation = { SAME_FIELD: 'samme fagområde', SAME_TRADE: 'samme fag' }[match.kind] || 'beslægtet stilling';
  const related = match.sameOccupation ? '' : ` (${relation})`;
  const relatedAlone = match.kind === 'SAME_MINOR_GROUP' ? 'en beslægtet stilling' : relation;
  if (match.source === 'EDUCATION') {
    const occupation = occupationTitle(match.occupationCode);
    const education = entry?.title && entry.title.toLowerCase() !== occupation ? ` (${entry.title})` : '';
    const start = match.completed ? 'uddannet' : 'påbegyndt uddannelse';
    if (occupation) return `${start} til ${occupation}${related}${education}`;
    return `${start} i ${match.sameOccupation || match.kind === 'SAME_TRADE' ? 'samme fag' : match.kind === 'SAME_FIELD' ? 'samme fagområde' : 'et beslægtet fag'}${entry?.title ? ` (${entry.title})` : ''}`;
  }
  const title = entry?.title ? inSentence(entry.title) : occupationTitle(match.occupationCode);
  const years = match.years != null ? `${num(match.years)} års erfaring` : 'erfaring';
  const what = title ? ` som ${title}${related}` : (match.sameOccupation ? ' fra samme stilling' : ` fra ${relatedAlone}`);
  const when = match.yearsAgo > 0 ? `, senest for ${match.yearsAgo} år siden` : '';
  return `${years}${what}${when}`;
}

/** "ønske opfyldt: arbejde med kunder", or null when the task meets none of the citizen's wishes. */
export function wishesMet(codes) {
  if (!codes?.length) return null;
  return `${codes.length === 1 ? 'ønske' : 'ønsker'} opfyldt: ${danishList(codes.map(wish))}`;
}

/** A time of day as the API writes it ("08:00") the Danish way: "08.00". */
const clock = hhmm => hhmm.replace(':', '.');

/** A time slot outside daytime as the engine writes it ("SATURDAY 08:00-12:00") in Danish: "lørdag 08.00–12.00". */
export function timeSlot(text) {
  const m = /^([A-Z]+) (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(text);
  return m ? `${weekday(m[1])} ${clock(m[2])}–${clock(m[3])}` : text;
}

const WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** Days in week order, three or more in a row as a span: "mandag–fredag", "tirsdag og torsdag". */
function days(codes) {
  const sorted = [...new Set(codes)].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const runs = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && WEEK.indexOf(day) === WEEK.indexOf(last.at(-1)) + 1) last.push(day);
    else runs.push([day]);
  }
  return danishList(runs.flatMap(run => run.length >= 3
    ? [`${weekday(run[0])}–${weekday(run.at(-1))}`] : run.map(weekday)));
}

/**
 * When a task is done, from the API's time slots: the days with the same hours together,
 * "mandag–fredag 09.00–12.00", "tirsdag og torsdag 09.00–12.00, lørdag 08.00–12.00".
 */
export function schedule(slots) {
  if (!slots?.length) return 'tidspunkter aftales';
  const byTime = new Map();
  for (const s of slots) {
    const time = `${clock(s.from)}–${clock(s.to)}`;
    byTime.set(time, [...(byTime.get(time) || []), s.day]);
  }
  return [...byTime].map(([time, on]) => `${days(on)} ${time}`).join(', ');
}

/** How one need fares against a task, the words after its name: "klares med løftehjælpemidler". */
function needOutcome(check) {
  const because = (check.because || []).map(cause).join(', ');
  switch (check.outcome) {
    case 'NO_CONFLICT': return 'opgaven kræver intet, der strider mod det';
    case 'NEUTRALISED': return `klares med ${because}`;
    case 'REQUIREMENT_MET': return `tilbydes (${because})`;
    case 'WITHIN_DAYTIME': return 'tidspunkterne ligger i dagtimerne';
    case 'VIOLATED': return `opgaven kræver ${because}`;
    case 'OUTSIDE_DAYTIME': return `${danishList((check.because || []).map(timeSlot))} ligger uden for dagtimer`;
    default: return null;
  }
}

const NOT_MET = new Set(['VIOLATED', 'OUTSIDE_DAYTIME']);

/** One accommodation need against a task, as a sentence; violations start with "Ikke opfyldt". */
export function needCheck(check) {
  const name = need(check.code);
  const strict = check.strictness === 'MUST' ? 'skal' : 'foretrækkes';
  const outcome = needOutcome(check);
  const start = NOT_MET.has(check.outcome) ? 'Ikke opfyldt' : 'Skånehensyn';
  return outcome ? `${start} (${strict}) ${name}: ${outcome}.` : `${start} (${strict}) ${name}.`;
}

/** A need the task meets, short: "undgå tunge løft: klares med løftehjælpemidler"; null when not met. */
export function needMet(check) {
  return NOT_MET.has(check.outcome) ? null : `${need(check.code)}: ${needOutcome(check)}`;
}

/**
 * How a task matched one job goal, said with the goal: "samme stilling som jobmål A",
 * "jobmål B: »lager« indgår i »Lagerarbejde«".
 */
export function goalPhrase(goal) {
  return ['EXACT_OCCUPATION', 'SAME_FIELD'].includes(goal.kind)
    ? `${goalMatch(goal)} som jobmål ${goal.rank}`
    : `jobmål ${goal.rank}: ${goalMatch(goal)}`;
}

/** "kompetencer fra CV i opgaven: truckcertifikat og lagerstyring", or null. */
export function skillsMatched(skills) {
  return skills?.length ? `kompetencer fra CV i opgaven: ${danishList(skills)}` : null;
}

/** "udviklingsmål: arbejde udendørs", or null. */
export function developmentGoalsMet(goals) {
  return goals?.length ? `udviklingsmål: ${danishList(goals)}` : null;
}

/** "4–12 timer om ugen; borgeren kan 6 nu, mål 15", or short, in a list: "4–12 timer om ugen (borgeren kan 6 nu)". */
export function hoursFit(h, { short = false } = {}) {
  const task = `${h.taskMin}–${h.taskMax} timer om ugen`;
  return short ? `${task} (borgeren kan ${h.citizenNow} nu)` : `${task}; borgeren kan ${h.citizenNow} nu, mål ${h.citizenTarget}`;
}

export const distanceFromHome = km => `${num(km)} km fra hjemmet`;

export const ORDINARY_HOURS_POSSIBLE = 'mulighed for ordinære timer';

/** The company's record of placements that turned into ordinary hours. */
export function paidHoursRecord(r) {
  return r.placementsEnded === 0
    ? 'virksomheden har ingen afsluttede forløb endnu'
    : `${r.withOrdinaryHours} af ${r.placementsEnded} afsluttede forløb hos virksomheden gav ordinære timer`;
}

/**
 * One score part of a row said in words, from the row's reasons: the phrase the plain line under a
 * match's heading uses for what sets it apart. Null when the part has nothing to say for this task.
 */
export function partPhrase(part, task, match, cv) {
  const r = task.reasons;
  switch (part) {
    case 'goals': return r.goals.length ? goalPhrase(r.goals[0]) : null;
    case 'experience': return r.experience ? experienceMatch(r.experience, cv) : null;
    case 'skills': return skillsMatched(r.matchedSkills)
      || ((r.matchedSkillParts || []).length ? `kompetence fra CV: ${wordPart(r.matchedSkillParts[0])}` : null);
    case 'developmentGoals': return developmentGoalsMet(r.matchedDevelopmentGoals);
    case 'wishes': return wishesMet(r.wishesMet);
    case 'hoursFit': return hoursFit(r.hours, { short: true });
    case 'distance': return distanceFromHome(r.distanceKm);
    case 'preferNeeds': {
      const met = r.needs.filter(n => n.strictness === 'PREFER').map(needMet).filter(Boolean);
      return met.length ? danishList(met) : null;
    }
    case 'ordinaryHours': return r.paidHoursPotential ? ORDINARY_HOURS_POSSIBLE : null;
    case 'paidHoursRecord': return match?.paidHoursRecord ? paidHoursRecord(match.paidHoursRecord) : null;
    default: return null;
  }
}

/** Why a near miss is kept out, e.g. "9 km – 2 km uden for radius". */
export function keptOut(nearMiss) {
  const k = nearMiss.keptOutBy;
  switch (k.rule) {
    case 'COMMUTE_RADIUS': return `${num(nearMiss.distanceKm)} km – ${num(k.kmBeyondRadius)} km uden for radius`;
    case 'HOURS_NOW': return `kræver mindst ${nearMiss.task.weeklyHoursMin} timer om ugen – `
      + `${k.hoursAboveNow} ${k.hoursAboveNow === 1 ? 'time' : 'timer'} mere end borgeren kan nu`;
    case 'NOT_YET_AVAILABLE': return `tager først imod nye forløb fra ${date(k.availableFrom)}`;
    case 'MONTHLY_LIMIT': return 'har nået sin grænse for nye forløb i denne måned';
    case 'CONTACT_LIMIT': return `er kontaktet så ofte, som den ønsker – kan kontaktes igen fra ${date(k.availableFrom)}`;
    default: return 'holdes ude af en fast regel';
  }
}

/** What relaxing one rule would open, e.g. "Ved 12 timer om ugen: 4 virksomheder mere". */
export function opening(o) {
  const more = `${companies(o.companies)} mere`;
  switch (o.rule) {
    case 'COMMUTE_RADIUS': return `Inden for ${o.relaxedTo} km: ${more}`;
    case 'HOURS_NOW': return `Ved ${o.relaxedTo} timer om ugen: ${more}`;
    case 'NOT_YET_AVAILABLE': return `Når virksomhederne igen tager imod nye forløb: ${more}`;
    case 'MONTHLY_LIMIT': return `Når en ny måned begynder: ${more}`;
    case 'CONTACT_LIMIT': return `Når virksomhederne igen kan kontaktes: ${more}`;
    default: return `Hvis en regel lempes: ${more}`;
  }
}

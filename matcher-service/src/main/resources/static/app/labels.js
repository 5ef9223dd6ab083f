// Danish words for the API's codes. Needs, demands, accommodations, wishes and occupation titles
// come from the service's vocabulary and catalogue (GET /page/config); the rest are fixed here.

import { pageConfig } from './auth.js';

export const WEIGHTS = [
  ['goals', 'Jobmål'],
  ['experience', 'Erfaring'],
  ['skills', 'Kompetencer'],
  ['developmentGoals', 'Udviklingsmål'],
  ['wishes', 'Ønsker'],
  ['hoursFit', 'Timer'],
  ['distance', 'Afstand'],
  ['preferNeeds', 'Foretrukne skånehensyn'],
  ['ordinaryHours', 'Ordinære timer'],
  ['paidHoursRecord', 'Virksomhedens erfaring med løntimer'],
];

export const STRICTNESS = { MUST: 'Skal', PREFER: 'Foretrækkes' };

export const OPEN_TO_ORDINARY_HOURS = {
  YES: 'åben for ordinære timer',
  NO: 'ikke åben for ordinære timer',
  UNKNOWN: 'ukendt om ordinære timer er mulige',
};

function vocabulary(kind, code) {
  return pageConfig()?.labels?.[kind]?.[code] || code;
}

export const need = code => vocabulary('needs', code);
export const demand = code => vocabulary('demands', code);
export const accommodation = code => vocabulary('accommodations', code);
export const wish = code => vocabulary('wishes', code);

/**
 * An occupation's Danish title by its code for use in a sentence, or null when the catalogue does not
 * know it (never the code itself). The catalogue's "landbrugsmedhjælper, husdyr" reads as its first part.
 */
export const occupationTitle = code => pageConfig()?.labels?.occupations?.[code]?.split(',')[0].trim() || null;

/** [code, label] pairs of one vocabulary in Danish alphabetical order, for select lists and checkbox groups. */
function options(kind) {
  return Object.entries(pageConfig()?.labels?.[kind] || {}).sort((a, b) => a[1].localeCompare(b[1], 'da'));
}

export const needOptions = () => options('needs');
export const wishOptions = () => options('wishes');

/** A "because" code of a need check: either a demand or an accommodation. */
export function cause(code) {
  const labels = pageConfig()?.labels || {};
  return labels.demands?.[code] || labels.accommodations?.[code] || code;
}

export function jobCentreName(code) {
  return pageConfig()?.jobCentres?.find(j => j.code === code)?.name || code;
}

export const PLACEMENT_STATUS = {
  PROPOSED: 'Foreslået',
  AGREED: 'Aftalt',
  ACTIVE: 'I gang',
  ENDED: 'Afsluttet',
  WITHDRAWN: 'Trukket tilbage',
};

export const OUTCOME = {
  ORDINARY_JOB: 'Ordinært job',
  FLEX_JOB: 'Fleksjob',
  WAGE_SUBSIDY: 'Løntilskud',
  EDUCATION: 'Uddannelse',
  ENDED_WITHOUT_JOB: 'Afsluttet uden job',
};

export const PARTICIPANT = {
  CITIZEN: 'Borger',
  CONSULTANT: 'Virksomhedskonsulent',
  CASEWORKER: 'Sagsbehandler',
  MENTOR: 'Mentor',
  CONTACT_PERSON: 'Kontaktperson',
  OTHER: 'Andre',
};

export const WEEKDAY = { MON: 'mandag', TUE: 'tirsdag', WED: 'onsdag', THU: 'torsdag', FRI: 'fredag', SAT: 'lørdag', SUN: 'søndag' };

/** A day as the API writes it, short (SAT) or in full (SATURDAY, in a need's time slots), in Danish. */
export const weekday = day => WEEKDAY[day.slice(0, 3)] || day.toLowerCase();

/** How a contact with a company happened (kontaktlog). */
export const CONTACT_KIND = {
  CALL: 'Opkald',
  VISIT: 'Besøg',
  EMAIL: 'E-mail',
  MEETING: 'Møde',
  PROPOSAL: 'Forslag',
};

export const CONTACT_OUTCOME = {
  POSITIVE: 'Positivt',
  NEUTRAL: 'Neutralt',
  NEGATIVE: 'Negativt',
  NO_ANSWER: 'Intet svar',
};

/**
 * How the page names a citizen: the consultant's pseudonymous label (a case number or initials) when
 * there is one, else the start of the id. Never a name: citizens have none here.
 */
export function citizenRef(citizen) {
  return citizen?.label || citizen?.citizenId?.slice(0, 8) || '';
}

/** A municipality (kommune) by its code: the job centres are the municipalities, so the same list names both. */
export const municipalityName = code => jobCentreName(code);

/** [code, name] of every municipality, in Danish alphabetical order, for select lists. */
export const municipalityOptions = () => (pageConfig()?.jobCentres || [])
  .map(j => [j.code, j.name]).sort((a, b) => a[1].localeCompare(b[1], 'da'));

/** A municipality's centre {lat, lon}, where a new company is placed until its exact location is given. */
export function municipalityCentre(code) {
  const found = pageConfig()?.jobCentres?.find(j => j.code === code);
  return found ? { lat: found.lat, lon: found.lon } : null;
}

export const demandOptions = () => options('demands');
export const accommodationOptions = () => options('accommodations');

export const SIZE_BAND = {
  S_1_9: '1–9 ansatte',
  S_10_49: '10–49 ansatte',
  S_50_249: '50–249 ansatte',
  S_250_PLUS: '250 ansatte eller flere',
};

/** The job centre's relationship with the company (samarbejde). */
export const COLLABORATION_STATUS = {
  NEW: 'Ny virksomhed',
  ACTIVE: 'Aktivt samarbejde',
  PARTNERSHIP: 'Partnerskab',
  INACTIVE: 'Samarbejdet hviler',
};

/** Whether the company is open to ordinary hours, as a choice in a form. */
export const ORDINARY_HOURS_CHOICE = {
  YES: 'Ja',
  NO: 'Nej',
  UNKNOWN: 'Ved ikke',
};

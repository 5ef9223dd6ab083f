// Danish words for the API's codes. Needs, demands and accommodations come from the service's
// vocabulary (GET /page/config); the rest are fixed here.

import { pageConfig } from './auth.js';

export const WEIGHTS = [
  ['goals', 'Jobmål'],
  ['experience', 'Erfaring'],
  ['skills', 'Kompetencer'],
  ['developmentGoals', 'Udviklingsmål'],
  ['hoursFit', 'Timer'],
  ['distance', 'Afstand'],
  ['preferNeeds', 'Foretrukne skånehensyn'],
  ['ordinaryHours', 'Ordinære timer'],
  ['paidHoursRecord', 'Virksomhedens erfaring med løntimer'],
];

export const GOAL_KIND = {
  EXACT_OCCUPATION: 'samme stilling',
  SAME_MINOR_GROUP: 'beslægtet stilling',
  TITLE_TEXT: 'ord fra jobmålet i opgaven',
};

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

/** Needs in Danish alphabetical order, for select lists. */
export function needOptions() {
  const needs = pageConfig()?.labels?.needs || {};
  return Object.entries(needs).sort((a, b) => a[1].localeCompare(b[1], 'da'));
}

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

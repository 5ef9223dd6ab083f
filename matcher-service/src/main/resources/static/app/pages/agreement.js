// The work agreement (arbejdsaftale) as a page to print and sign: what the citizen will do at the
// company, on which days and how many hours, when the hours are reviewed and how often the job centre
// follows up, with signature lines for the three parties. The citizen appears by their pseudonymous
// reference only: the name is written by hand on the printed sheet.

import { api } from '../api.js';
import { jobCentreName, WEEKDAY } from '../labels.js';
import { date, h, show } from '../dom.js';

export async function agreementPage(placementId) {
  const { data: placement } = await api(`/placements/${placementId}`);
  const company = await api(`/companies/${placement.companyId}`).then(r => r.data, () => null);
  const a = placement.workAgreement;
  const back = h('p', { class: 'crumbs no-print' }, h('a', { href: `#/forloeb/${placementId}` }, '‹ Tilbage til forløbet'));
  if (!a) {
    show(back, h('h1', {}, 'Arbejdsaftale'), h('p', { class: 'notice' }, 'Der er ingen arbejdsaftale endnu. Skriv den på forløbets side.'));
    return;
  }
  const titles = new Map((placement.matchedTasks || []).map(t => [t.taskId, t.title]));
  const tasks = (company?.partialTasks || []).filter(t => a.taskIds.includes(t.taskId));
  const taskLines = a.taskIds.map(id => {
    const task = tasks.find(t => t.taskId === id);
    return h('li', {}, task?.title || titles.get(id) || 'Delfunktion',
      task?.description ? h('span', { class: 'muted' }, ` – ${task.description}`) : null);
  });
  const total = a.weeklyInternshipHours + a.plannedOrdinaryHours;
  show(
    back,
    h('article', { class: 'agreement-print', 'aria-labelledby': 'aftale-overskrift' },
      h('h1', { id: 'aftale-overskrift' }, 'Arbejdsaftale'),
      h('p', { class: 'lead' }, `Virksomhedsforløb hos ${placement.companyName || company?.name || 'virksomheden'}`),
      h('dl', { class: 'agreement' },
        h('dt', {}, 'Virksomhed'), h('dd', {}, [company?.name || placement.companyName, company?.cvr ? `CVR ${company.cvr}` : null,
          company?.address].filter(Boolean).join(' · ')),
        h('dt', {}, 'Borger'), h('dd', {}, `Reference ${placement.citizenId.slice(0, 8)} (navn skrives i hånden)`),
        h('dt', {}, 'Jobcenter'), h('dd', {}, `Jobcenter ${jobCentreName(placement.jobCentre)}, virksomhedskonsulent ${placement.consultant}`),
        h('dt', {}, 'Start'), h('dd', {}, date(placement.startDate || placement.plannedStartDate) || 'aftales'),
        h('dt', {}, 'Opgaver'), h('dd', {}, h('ul', {}, taskLines)),
        h('dt', {}, 'Timer om ugen'), h('dd', {}, `${a.weeklyInternshipHours} praktiktimer`
          + (a.plannedOrdinaryHours ? ` og ${a.plannedOrdinaryHours} ordinære timer med løn` : '') + `, i alt ${total} timer`),
        h('dt', {}, 'Dage'), h('dd', {}, a.days.map(d => WEEKDAY[d]).join(', ')),
        h('dt', {}, 'Timerne revurderes'), h('dd', {}, date(a.reviewDate)),
        h('dt', {}, 'Opfølgning'), h('dd', {}, `Jobcentret følger op mindst hver ${a.followUpEveryDays || 30}. dag`),
        a.contactPerson ? [h('dt', {}, 'Kontaktperson i virksomheden'), h('dd', {},
          [a.contactPerson.name, a.contactPerson.role, a.contactPerson.phone, a.contactPerson.email].filter(Boolean).join(' · '))] : null,
        a.note ? [h('dt', {}, 'Aftalt desuden'), h('dd', {}, a.note)] : null),
      h('div', { class: 'signatures' },
        ['Borger', 'Virksomhed', 'Jobcenter'].map(party => h('div', { class: 'signature' },
          h('div', { class: 'signature-line' }), h('p', {}, `${party}: dato og underskrift`))))),
    h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'primary', id: 'udskriv', onclick: () => window.print() }, 'Udskriv')));
}

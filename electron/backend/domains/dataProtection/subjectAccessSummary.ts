import { formatUkDate, formatUkDateTime } from '../../../../shared/dates';
import { CONSENT_CHANNEL_LABELS } from '../../../../shared/domain/enums';
import type { SubjectAccessData } from './subjectAccess.service';

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const date = (iso: string | null) => (iso ? formatUkDate(iso.slice(0, 10)) : '—');

function table(headings: string[], rows: unknown[][]): string {
  if (rows.length === 0) return '<p>None held.</p>';
  const head = headings.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function fields(pairs: [string, unknown][]): string {
  return `<dl>${pairs.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value) || '—'}</dd>`).join('')}</dl>`;
}

/**
 * The export's readable part: one HTML page a person can open and print, with every section of the
 * JSON file in words (the JSON holds the same, field for field).
 */
export function subjectAccessSummary(data: SubjectAccessData): string {
  const p = data.sections.constituents[0]!;
  const name = [p.title, p.firstName, p.lastName].filter(Boolean).join(' ');
  const cases = data.sections.cases
    .map((k) => {
      const events = data.sections.caseEvents.filter((e) => e.caseId === k.id);
      return `<section><h3>${escapeHtml(k.reference)}: ${escapeHtml(k.title)}</h3>
${fields([
  ['Category', k.category],
  ['Status', k.status],
  ['Opened', date(k.openedOn)],
  ['Closed', date(k.closedOn)],
  ['Outcome', [k.outcome, k.outcomeNote].filter(Boolean).join(' — ')],
  ['Assigned to', k.assignee],
  ['Consent to act', k.consentGivenBy ? `${CONSENT_CHANNEL_LABELS[k.consentGivenBy]}, ${date(k.consentGivenOn)}` : ''],
  ['What happened', k.description],
])}
<h4>Notes and changes</h4>
${table(
  ['When', 'Who', 'What'],
  events.map((e) => [
    formatUkDateTime(e.at),
    e.actor,
    e.body || [e.field ?? 'status', e.fromValue ?? e.fromStatus, '→', e.toValue ?? e.toStatus].join(' '),
  ]),
)}</section>`;
    })
    .join('\n');
  const letters = data.sections.correspondence
    .map(
      (
        m,
      ) => `<section><h3>${escapeHtml(m.direction === 'out' ? 'Sent' : 'Received')} ${date(m.datedOn)}: ${escapeHtml(m.subject)}</h3>
${fields([
  [m.direction === 'out' ? 'To' : 'From', m.organisation ?? ''],
  ['Their reference', m.theirReference],
  ['Our reference', m.ourReference],
])}<div class="text">${escapeHtml(m.body)}</div></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Personal data held about ${escapeHtml(name)}</title>
<style>
body { font: 11pt/1.4 system-ui, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; } th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }
dl { display: grid; grid-template-columns: 12em 1fr; gap: 2px 1em; } dt { font-weight: 600; } dd { margin: 0; white-space: pre-wrap; }
.text { white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: .8em; } section { break-inside: avoid; }
</style></head><body>
<h1>Personal data held about ${escapeHtml(name)}</h1>
<p>Prepared for a subject access request on ${escapeHtml(formatUkDateTime(data.exportedAt))} by ${escapeHtml(data.exportedBy)}${data.office ? `, ${escapeHtml(data.office)}` : ''}. Everything below is also in <code>data.json</code>, field for field; files attached to letters are in the <code>attachments</code> folder.</p>
<h2>Your details</h2>
${fields([
  ['Name', name],
  ['E-mail', p.email],
  ['Phone', p.phone],
  ['Address', [p.addressLine1, p.addressLine2, p.town, p.postcode].filter(Boolean).join(', ')],
  ['Preferred contact', p.preferredContact],
  ['Do not contact', p.doNotContact ? 'Yes' : 'No'],
  ['First recorded', formatUkDateTime(p.createdAt)],
])}
<h2>Cases (${data.sections.cases.length})</h2>
${cases || '<p>None held.</p>'}
<h2>Letters and replies (${data.sections.correspondence.length})</h2>
${letters || '<p>None held.</p>'}
<h2>Files attached to letters</h2>
${table(
  ['File', 'Size (bytes)', 'Added', 'In this export as'],
  data.sections.correspondenceAttachments.map((a) => [a.fileName, a.sizeBytes, date(a.addedAt), a.exportedAs]),
)}
<h2>Letter drafts</h2>
${table(
  ['Subject', 'Text', 'Last changed', 'By'],
  data.sections.letterDrafts.map((d) => [d.subject, d.body, formatUkDateTime(d.updatedAt), d.updatedBy]),
)}
<h2>Petition signatures</h2>
${table(
  ['Campaign', 'Signed', 'Name', 'E-mail', 'Address', 'Postcode', 'Comment'],
  data.sections.signatures.map((s) => [
    s.campaign,
    date(s.signedOn),
    s.fullName,
    s.email,
    s.address,
    s.postcode,
    s.comment,
  ]),
)}
<h2>Campaigns you are linked to</h2>
${table(
  ['Campaign', 'Linked'],
  data.sections.campaignConstituents.map((l) => [l.campaign, date(l.addedAt)]),
)}
<h2>Your subject access requests</h2>
${table(
  ['Received', 'How', 'Due', 'Answered'],
  data.sections.subjectAccessRequests.map((r) => [date(r.receivedOn), r.receivedBy, date(r.dueOn), date(r.answeredOn)]),
)}
<h2>Record of who worked on your records</h2>
${table(
  ['When', 'Who', 'Did', 'Record'],
  data.sections.auditLog.map((e) => [
    formatUkDateTime(e.at),
    e.actor,
    e.action.replace(/_/g, ' '),
    `${e.entity} ${e.entityId ?? ''}`,
  ]),
)}
</body></html>
`;
}

// One change of the clinic's log on one line (when, who, which action on what), its field-by-field diff collapsed
// behind a native disclosure: Enter or Space on the line opens it.
import { formatDateTime, SYSTEM_ACTOR } from '@bn/domain';
import { diffFields, useLocale } from '@bn/ui';
import type { AuditRow } from '../../api/types.js';
import { fieldLabel, formatValue } from './audit-format.js';
import { useAdminT, type AdminMessageKey } from '../../i18n/use-admin-t.js';

const ENTITY_KEYS: Record<string, AdminMessageKey> = {
  clinic: 'audit.entity.clinic',
  department: 'audit.entity.department',
  practitioner: 'audit.entity.practitioner',
  membership: 'audit.entity.membership',
  agreement: 'audit.entity.agreement',
  book: 'audit.entity.book',
  appointment: 'audit.entity.appointment',
  type: 'audit.entity.type',
  rule: 'audit.entity.rule',
  template: 'audit.entity.template',
  workPlan: 'audit.entity.workPlan',
  claim: 'audit.entity.claim',
  billingCard: 'audit.entity.billingCard',
  clinicPrice: 'audit.entity.clinicPrice',
  agreementPrice: 'audit.entity.agreementPrice',
  sellerDetails: 'audit.entity.sellerDetails',
  clinicPhone: 'audit.entity.clinicPhone',
  buyerDetails: 'audit.entity.buyerDetails',
  user: 'audit.entity.user',
};
const ACTION_KEYS = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
  import: 'audit.action.import',
} as const;

export function AuditEntry({ row, names }: { row: AuditRow; names: Map<string, string> }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const changes = diffFields(row.before, row.after);
  const entity = ENTITY_KEYS[row.entity] ? t(ENTITY_KEYS[row.entity]!) : row.entity;
  const subject = subjectOf(row, names);
  // Entries written without a signed-in user carry the name «system».
  const actor = row.actorName === SYSTEM_ACTOR ? t('audit.actor.system') : row.actorName;
  const line = (
    <>
      <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time> · <strong>{actor}</strong> ·{' '}
      {t(ACTION_KEYS[row.action])} {entity}
      {subject && ` «${subject}»`}
    </>
  );
  if (changes.length === 0)
    return (
      <li className="card audit-entry">
        <p className="audit-head">
          {line} <span className="muted">· {t('audit.noFieldChanges')}</span>
        </p>
      </li>
    );
  return (
    <li className="card audit-entry">
      <details>
        <summary className="audit-head">
          {line}{' '}
          <span className="muted">
            ({changes.length === 1 ? t('audit.fields.one') : t('audit.fields', { count: changes.length })})
          </span>
        </summary>
        <table className="data-table diff-table">
          <caption className="visually-hidden">{t('audit.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.col.field')}</th>
              <th scope="col">{t('audit.col.before')}</th>
              <th scope="col">{t('audit.col.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.path}>
                <th scope="row">{fieldLabel(c.path, t)}</th>
                <td className="diff-before">{formatValue(c.before, names, locale, t)}</td>
                <td className="diff-after">{formatValue(c.after, names, locale, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}

/** What the entry is about: its own name, or (a rule, a membership, an agreement) the names of what it links. */
function subjectOf(row: AuditRow, names: Map<string, string>): string {
  const fields = row.after ?? row.before ?? {};
  const own = names.get(row.entityId) ?? (typeof fields.name === 'string' ? fields.name : undefined);
  if (own) return own;
  return ['typeId', 'bookId', 'practitionerId', 'insurerId']
    .map((key) => (typeof fields[key] === 'string' ? names.get(fields[key]) : undefined))
    .filter((name): name is string => Boolean(name))
    .join(' · ');
}

// "Endringslogg": every configuration change of the clinic — who, when, and what changed, field by field.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LIST_LIMITS, formatDateTime } from '@bn/domain';
import { QueryView, diffFields, usePageTitle, useLocale, useTRPC } from '@bn/ui';
import { useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import type { AuditRow } from '../../api/types.js';
import { fieldLabel, formatValue, namesOf } from './audit-format.js';
import { useAdminT, type AdminMessageKey } from '../../i18n/use-admin-t.js';

const PAGE = 50;

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
};
const ACTION_KEYS = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
  import: 'audit.action.import',
} as const;

export function AuditPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const [limit, setLimit] = useState(PAGE);
  const audit = useQuery(
    trpc.audit.forClinic.queryOptions({ clinicId, limit }, { placeholderData: (previous) => previous }),
  );
  usePageTitle(t('clinic.tab.audit'));

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('clinic.tab.audit')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <QueryView
        query={audit}
        loadingLabel={t('audit.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('audit.empty')}
      >
        {(rows) => (
          <>
            <ol className="audit-list">
              {rows.map((row) => (
                <AuditEntry key={row.id} row={row} />
              ))}
            </ol>
            {rows.length >= limit && limit < LIST_LIMITS.audit.max && (
              <button
                type="button"
                className="button button-secondary"
                disabled={audit.isFetching}
                onClick={() => setLimit((l) => Math.min(LIST_LIMITS.audit.max, l + PAGE))}
              >
                {audit.isFetching ? t('state.loading') : t('audit.more')}
              </button>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

function AuditEntry({ row }: { row: AuditRow }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const config = useClinicConfig();
  const names = namesOf(config.data);
  const changes = diffFields(row.before, row.after);
  const entity = ENTITY_KEYS[row.entity] ? t(ENTITY_KEYS[row.entity]!) : row.entity;
  const subject = subjectOf(row, names);
  return (
    <li className="card audit-entry">
      <p className="audit-head">
        <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time> · <strong>{row.actorName}</strong> ·{' '}
        {t(ACTION_KEYS[row.action])} {entity}
        {subject && ` «${subject}»`}
      </p>
      {changes.length === 0 ? (
        <p className="muted">{t('audit.noFieldChanges')}</p>
      ) : (
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
      )}
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

// What keeps a row's whole book from the network, said once: the book's failing checks, a missing book or rules, and
// what keeps only some insurers away (their own reasons, not the ones every insurer shares).
import { useLocale } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { FixAction } from './fix-action.js';
import type { GridRow } from './readiness-grid.js';

export function RowBlockers({ row }: { row: GridRow }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const clinicId = useClinicId();
  const fixOf = (rule: string) => row.checks.find((c) => c.rule === rule)?.fix;

  const items: { key: string; text: string; fix: ReturnType<typeof fixOf> }[] = [];
  if (row.noBook) {
    items.push({
      key: 'noBook',
      text: t('readiness.blocker.noBook', { name: row.name }),
      fix: { screen: 'book', by: 'clinic_admin', clinicId },
    });
  }
  for (const c of row.blockers) items.push({ key: c.key, text: locale === 'nb' ? c.message : c.messageEn, fix: c.fix });
  if (!row.noBook && row.withRule === 0) {
    items.push({
      key: 'noRule',
      text: t('readiness.blocker.noRule'),
      fix: { screen: 'type', by: 'clinic_admin', clinicId },
    });
  }
  for (const i of row.insurers) {
    for (const r of i.reasons) {
      items.push({
        key: `${i.insurerId}|${r.key}`,
        text: t('readiness.blocker.onlyInsurer', {
          insurer: i.insurerName,
          reason: locale === 'nb' ? r.message : r.messageEn,
        }),
        fix: fixOf(r.rule),
      });
    }
  }

  if (items.length === 0) return <span className="muted">{t('readiness.blocker.none')}</span>;
  return (
    <ul className="blocker-list" aria-label={t('readiness.blocker.list', { name: row.name })}>
      {items.map((item) => (
        <li key={item.key}>
          <span>{item.text}</span> {item.fix && <FixAction fix={item.fix} status="fail" />}
        </li>
      ))}
    </ul>
  );
}

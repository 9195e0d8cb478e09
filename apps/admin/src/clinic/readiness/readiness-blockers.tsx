// What keeps a whole book (a row) or the whole clinic from the network, said once: the failing checks judged on the
// book, a missing book or rules, and what keeps only some insurers away (not what every insurer shares).
import type { FixTarget, ReadinessCheck } from '@bn/domain';
import { useLocale, useSessionUser } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT, type AdminTranslate } from '../../i18n/use-admin-t.js';
import { FixAction, fixTarget } from './fix-action.js';
import type { ClinicWide, GridRow, InsurerNote } from './readiness-grid.js';

interface Item {
  key: string;
  text: string;
  fix: FixTarget | undefined;
}

function itemsOf(
  blockers: readonly ReadinessCheck[],
  insurers: readonly InsurerNote[],
  checks: readonly ReadinessCheck[],
  t: AdminTranslate,
  nb: boolean,
): Item[] {
  const items: Item[] = blockers.map((c) => ({ key: c.key, text: nb ? c.message : c.messageEn, fix: c.fix }));
  for (const i of insurers) {
    for (const r of i.reasons) {
      items.push({
        key: `${i.insurerId}|${r.key}`,
        text: t('readiness.blocker.onlyInsurer', { insurer: i.insurerName, reason: nb ? r.message : r.messageEn }),
        fix: checks.find((c) => c.rule === r.rule)?.fix,
      });
    }
  }
  return items;
}

function BlockerList({ items, label }: { items: readonly Item[]; label: string }) {
  const { role } = useSessionUser();
  // The network's contact details once, on the last item the network must act on.
  const network = (i: Item) => {
    const target = i.fix && fixTarget(i.fix, role);
    return target !== undefined && 'contact' in target && target.contact === 'network';
  };
  const last = items.findLastIndex(network);
  return (
    <ul className="blocker-list" aria-label={label}>
      {items.map((item, index) => (
        <li key={item.key}>
          <span>{item.text}</span>{' '}
          {item.fix && <FixAction fix={item.fix} status="fail" contact={!network(item) || index === last} />}
        </li>
      ))}
    </ul>
  );
}

export function RowBlockers({ row }: { row: GridRow }) {
  const t = useAdminT();
  const nb = useLocale().locale === 'nb';
  const clinicId = useClinicId();
  const items = itemsOf(row.blockers, row.insurers, row.checks, t, nb);
  if (row.noBook) {
    const fix: FixTarget = { screen: 'book', by: 'clinic_admin', clinicId };
    items.unshift({ key: 'noBook', text: t('readiness.blocker.noBook', { name: row.name }), fix });
  } else if (row.withRule === 0) {
    const fix: FixTarget = { screen: 'type', by: 'clinic_admin', clinicId };
    items.push({ key: 'noRule', text: t('readiness.blocker.noRule'), fix });
  }
  if (items.length === 0) return <span className="muted">{t('readiness.blocker.none')}</span>;
  return <BlockerList items={items} label={t('readiness.blocker.list', { name: row.name })} />;
}

/** Above the grid: what every book of the clinic has alike about the clinic (its integration, its agreements). */
export function ClinicBlockers({ clinic, checks }: { clinic: ClinicWide; checks: readonly ReadinessCheck[] }) {
  const t = useAdminT();
  const nb = useLocale().locale === 'nb';
  const items = itemsOf(clinic.blockers, clinic.insurers, checks, t, nb);
  if (items.length === 0) return null;
  return (
    <section className="card clinic-blockers" aria-labelledby="clinic-blockers-heading">
      <h3 id="clinic-blockers-heading">{t('readiness.clinicWide.heading')}</h3>
      <BlockerList items={items} label={t('readiness.clinicWide.heading')} />
    </section>
  );
}

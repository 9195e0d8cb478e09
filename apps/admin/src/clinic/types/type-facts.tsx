import type { AppointmentTypeConfig, DepartmentConfig } from '@bn/domain';
import { FactsList, YesNo } from '@bn/ui';
import { restrictionsSummary } from '../books/restrictions-summary.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

/** A type as the network and support see it: every setting, read-only. */
export function TypeFacts({
  type,
  departments,
}: {
  type: AppointmentTypeConfig;
  departments: readonly DepartmentConfig[];
}) {
  const t = useAdminT();
  const yesNo = (v: boolean) => <YesNo value={v} yes={t('common.yes')} no={t('common.no')} />;
  return (
    <section className="card" aria-labelledby="type-facts-heading">
      <h3 id="type-facts-heading">{type.name}</h3>
      <FactsList
        facts={[
          { label: t('types.duration'), value: t('types.minutes', { n: type.durationMinutes }) },
          { label: t('types.online'), value: yesNo(type.bookableOnline) },
          { label: t('types.notifications'), value: yesNo(type.notificationsOn) },
          {
            label: t('types.department'),
            value: departments.find((d) => d.id === type.departmentId)?.name ?? t('types.department.all'),
          },
          {
            label: t('types.ownLimits'),
            value: type.ownLimitsEnabled ? restrictionsSummary(type.ownLimits, t) : t('common.no'),
          },
          { label: t('types.dialog'), value: type.automaticDialog ?? '–' },
        ]}
      />
    </section>
  );
}

import { PROFESSION_INFO } from '@bn/domain';
import type { AppRouter, inferRouterOutputs } from '@bn/api';
import { DataTable, EmptyState, useLocale, useT } from '@bn/ui';
import { HprNumber } from '../components/hpr-number.js';

type Practitioner = inferRouterOutputs<AppRouter>['clinics']['get']['practitioners'][number];

/** N1/N2: who works at the clinic, with profession and HPR number. */
export function ClinicPractitioners({ practitioners }: { practitioners: readonly Practitioner[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section>
      <h2>{t('clinic.practitioners')}</h2>
      {practitioners.length === 0 ? (
        <EmptyState>{t('clinic.practitioners.empty')}</EmptyState>
      ) : (
        <DataTable
          caption={t('clinic.practitioners')}
          captionHidden
          rows={practitioners}
          rowKey={(p) => p.id}
          columns={[
            { key: 'name', header: t('clinic.practitioners.col.name'), cell: (p) => p.name },
            { key: 'profession', header: t('clinic.practitioners.col.profession'), cell: (p) => PROFESSION_INFO[p.profession][locale] },
            { key: 'hpr', header: t('clinic.practitioners.col.hpr'), cell: (p) => <HprNumber profession={p.profession} hprNumber={p.hprNumber} /> },
          ]}
        />
      )}
    </section>
  );
}

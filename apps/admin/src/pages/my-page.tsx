// "Min side" for a practitioner: its own record and clinic, and the calendar of its own books.
import { useQuery } from '@tanstack/react-query';
import { PROFESSION_INFO } from '@bn/domain';
import { EmptyState, FactsList, QueryView, usePageTitle, useLocale, useTRPC } from '@bn/ui';
import { HprNumber } from '../components/hpr-number.js';
import { MyCalendar } from './my-calendar.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export function MyPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const profile = useQuery(trpc.practitioner.me.queryOptions());
  usePageTitle(t('myPage.heading'));

  return (
    <section className="page">
      <h1>{t('myPage.heading')}</h1>
      <QueryView query={profile} loadingLabel={t('myPage.loading')}>
        {(p) => (
          <>
            <p className="lead">{p.name}</p>
            <FactsList
              facts={[
                { label: t('myPage.profession'), value: PROFESSION_INFO[p.profession][locale] },
                { label: t('myPage.hpr'), value: <HprNumber profession={p.profession} hprNumber={p.hprNumber} /> },
                { label: t('myPage.clinic'), value: p.clinic.name },
                { label: t('myPage.books'), value: p.books.map((b) => b.name).join(', ') || t('details.none') },
              ]}
            />
            {p.books.length === 0 ? (
              <EmptyState>{t('myCalendar.noBooks')}</EmptyState>
            ) : (
              <MyCalendar clinicId={p.clinic.id} books={p.books} />
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

// One practitioner's free times for a week, Monday to Sunday. The week is in the address (?uke=), so previous/next
// work with the back button; the buttons, and the arrow keys inside the week, change it.
import { useCallback, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { addDays, PROFESSION_INFO } from '@bn/domain';
import { ErrorState, LoadingState, NotFoundPage, usePageTitle, useLocale, useTRPC } from '@bn/ui';
import { displayDate, mondayOf, weekNumber } from '../dates.js';
import { PATHS, whyPath } from '../paths.js';
import { useToday } from '../use-today.js';
import { WeekGrid } from './week-grid.js';
import { useAgentT } from '../i18n/agent-messages.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function WeekPage() {
  const { practitionerId = '' } = useParams();
  return practitionerId ? <PractitionerWeek practitionerId={practitionerId} /> : <NotFoundPage />;
}

function PractitionerWeek({ practitionerId }: { practitionerId: string }) {
  const t = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const asked = params.get('uke');
  const monday = mondayOf(asked && ISO_DATE.test(asked) ? asked : today);
  const sunday = addDays(monday, 6);
  const tariff = params.get('takst') ?? '';

  const practitioner = useQuery(trpc.search.practitioner.queryOptions({ practitionerId }, { staleTime: 5 * 60_000 }));
  const slots = useQuery(
    trpc.search.practitionerSlots.queryOptions(
      { practitionerId, from: monday, to: sunday, tariffCode: tariff || undefined },
      { staleTime: 15_000 },
    ),
  );
  const name = practitioner.data?.name ?? '';
  usePageTitle(name ? t('week.heading', { name }) : t('week.practitioner.loading'));

  const goTo = useCallback(
    (week: string) => {
      const next = new URLSearchParams(params);
      next.set('uke', week);
      setParams(next);
    },
    [params, setParams],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft') goTo(addDays(monday, -7));
    else if (event.key === 'ArrowRight') goTo(addDays(monday, 7));
    else return;
    event.preventDefault();
  };

  if (practitioner.isError && !practitioner.data) {
    return (
      <ErrorState
        error={practitioner.error}
        onRetry={() => void practitioner.refetch()}
        retrying={practitioner.isFetching}
      />
    );
  }
  const caption = t('week.caption', { week: weekNumber(monday), from: displayDate(monday), to: displayDate(sunday) });
  return (
    <section className="page">
      <Link className="back-link" to={PATHS.search}>
        {t('week.back')}
      </Link>
      {practitioner.data ? (
        <>
          <h1>{t('week.heading', { name })}</h1>
          <p className="muted">
            {PROFESSION_INFO[practitioner.data.profession][locale]} · {practitioner.data.clinicName}
          </p>
        </>
      ) : (
        <LoadingState label={t('week.practitioner.loading')} />
      )}
      <div
        className="week"
        role="group"
        aria-label={caption}
        aria-keyshortcuts="ArrowLeft ArrowRight"
        onKeyDown={onKeyDown}
      >
        <div className="week-nav">
          <button
            type="button"
            className="button button-secondary"
            data-shortcut="previous-week"
            aria-keyshortcuts="f"
            onClick={() => goTo(addDays(monday, -7))}
          >
            ← {t('week.previous')}
          </button>
          <p className="week-caption" aria-live="polite">
            {caption}
          </p>
          <button
            type="button"
            className="button button-secondary"
            data-shortcut="next-week"
            aria-keyshortcuts="n"
            onClick={() => goTo(addDays(monday, 7))}
          >
            {t('week.next')} →
          </button>
          {mondayOf(today) !== monday && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => goTo(mondayOf(today))}
            >
              {t('week.thisWeek')}
            </button>
          )}
        </div>
        <p className="muted week-keys">{t('week.keys')}</p>
        {slots.data ? (
          <>
            <WeekGrid monday={monday} data={slots.data} />
            {slots.data.slots.length === 0 && practitioner.data && (
              // "Why?" over exactly this week.
              <p>
                <Link to={whyPath(practitioner.data, { from: monday, to: sunday })}>{t('why.heading')}</Link>
              </p>
            )}
          </>
        ) : slots.isError ? (
          <ErrorState error={slots.error} onRetry={() => void slots.refetch()} retrying={slots.isFetching} />
        ) : (
          <LoadingState label={t('week.loading')} />
        )}
      </div>
    </section>
  );
}

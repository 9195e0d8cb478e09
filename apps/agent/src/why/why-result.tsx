// The reasons for one practitioner over the range the agent searched, per book × type: not offered to the agent's
// insurer (readiness, the same check the clinic sees), offered but nothing free (the engine's reasons), or bookable.
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState, StatusBadge, useLocale, useTRPC } from '@bn/ui';
import type { WhyItem } from '../api-types.js';
import { displayDate } from '../dates.js';
import { weekPath } from '../paths.js';
import { reasonText } from './reason-text.js';
import { useAgentT } from '../i18n/agent-messages.js';

const BADGE = { bookable: 'ok', not_offered: 'fail', no_slots: 'na' } as const;
const STATUS = {
  bookable: 'why.status.bookable',
  not_offered: 'why.status.not_offered',
  no_slots: 'why.status.no_slots',
} as const;

export function WhyResult({ practitionerId, from, to }: { practitionerId: string; from: string; to: string }) {
  const t = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const why = useQuery(trpc.search.whyNoTimes.queryOptions({ practitionerId, from, to }, { staleTime: 15_000 }));

  if (!why.data) {
    if (why.isError)
      return <ErrorState error={why.error} onRetry={() => void why.refetch()} retrying={why.isFetching} />;
    return <LoadingState label={t('why.loading')} />;
  }
  const { practitioner, items, general } = why.data;
  return (
    <section className="why-result" aria-labelledby="why-result-heading">
      <h2 id="why-result-heading" tabIndex={-1}>
        {practitioner.name}
      </h2>
      <p className="muted">
        {practitioner.clinicName} · {t('why.range', { from: displayDate(from), to: displayDate(to) })}
      </p>
      {general.length > 0 && (
        <div className="notice notice-info">
          <p className="alert-title">{t('why.general')}</p>
          <ul>
            {general.map((g) => (
              <li key={g.code}>{locale === 'nb' ? g.message : g.messageEn}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="why-items">
        {items.map((item) => (
          <WhyItemCard key={`${item.bookId}|${item.typeId}`} item={item} practitionerId={practitioner.id} />
        ))}
      </ul>
    </section>
  );
}

function WhyItemCard({ item, practitionerId }: { item: WhyItem; practitionerId: string }) {
  const t = useAgentT();
  const { locale } = useLocale();
  return (
    <li className="why-item card">
      <div className="why-item-head">
        <h3>{item.typeName}</h3>
        <StatusBadge status={BADGE[item.status]} label={t(STATUS[item.status])} />
      </div>
      <p className="muted">
        {item.tariffs.length > 0 ? t('why.tariffs', { tariffs: item.tariffs.join(', ') }) : t('why.tariffs.none')}
      </p>
      {item.status === 'bookable' ? (
        <p>
          {t('why.bookable.hint')} <Link to={weekPath(practitionerId)}>{t('why.showWeek')}</Link>
        </p>
      ) : (
        <ul className="why-reasons">
          {item.reasons.map((reason, i) => (
            <li key={`${reason.code}-${i}`}>{reasonText(t, locale, reason)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

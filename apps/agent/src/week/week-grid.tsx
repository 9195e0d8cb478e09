// Seven columns, Monday to Sunday, each a heading (weekday and date) and its free times (HH:mm) with the tariff's
// and the type's name (and the street, when the practitioner is offered at more than one address). Headings and
// lists, so a screen reader can jump from day to day. A time opens the booking page; its link's name says which
// kind of time it is (time-link-name.ts), so no two links sound the same.
import { Link, useLocation } from 'react-router';
import { formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { EmptyState, useLocale } from '@bn/ui';
import type { PractitionerSlots } from '../api-types.js';
import { bookingPath, choiceFromOffer } from '../booking/slot-choice.js';
import { displayDate, weekDays } from '../dates.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { offerDescriber, timeLinkName } from '../search/time-link-name.js';

type Slot = PractitionerSlots['slots'][number];

export function WeekGrid({ monday, data }: { monday: string; data: PractitionerSlots }) {
  const at = useAgentT();
  const { locale } = useLocale();
  const { pathname, search } = useLocation();
  // With one kind of time the tariff and type are said once, above the week; with several, on every time.
  const single = data.offers.length === 1 ? data.offers[0] : undefined;
  const describe = offerDescriber(data.offers);
  const severalAddresses = new Set(data.offers.map((o) => o.departmentId)).size > 1;
  const byDay = new Map<string, Slot[]>();
  for (const slot of data.slots) {
    const date = osloDate(new Date(slot.startMs));
    byDay.set(date, [...(byDay.get(date) ?? []), slot]);
  }
  return (
    <>
      {data.slots.length === 0 ? (
        <EmptyState>{at('week.empty')}</EmptyState>
      ) : (
        <p className="muted">{at('week.count', { count: data.slots.length })}</p>
      )}
      {single && (
        <p className="week-offer">
          <span className="result-tariff">{single.tariffName}</span> <span className="muted">{single.typeName}</span>
        </p>
      )}
      <ol className="week-grid">
        {weekDays(monday).map((date) => {
          const daySlots = byDay.get(date) ?? [];
          return (
            <li key={date} className="week-day">
              <h2 className="week-day-head">
                <span className="week-day-name">{WEEKDAY_LABELS[locale][isoWeekday(date) - 1]}</span>{' '}
                {displayDate(date)}
              </h2>
              {daySlots.length === 0 ? (
                <p className="muted week-none">{at('week.day.none')}</p>
              ) : (
                <ul className="week-times">
                  {daySlots.map((slot) => {
                    const offer = data.offers[slot.offer]!;
                    const choice = choiceFromOffer(offer, slot);
                    return (
                      <li key={`${slot.offer}|${slot.startMs}`} className="week-time">
                        <Link
                          className="week-time-at"
                          to={bookingPath(choice)}
                          state={{ slot: choice, from: pathname + search }}
                          aria-label={timeLinkName(at, slot.startMs, offer.practitionerName, describe(offer))}
                        >
                          <time dateTime={new Date(slot.startMs).toISOString()}>{formatTime(slot.startMs)}</time>
                        </Link>
                        {!single && (
                          <>
                            <span className="week-time-tariff">{offer.tariffName}</span>
                            <span className="week-time-type muted">{offer.typeName}</span>
                            {severalAddresses && <span className="week-time-type muted">{offer.street}</span>}
                          </>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

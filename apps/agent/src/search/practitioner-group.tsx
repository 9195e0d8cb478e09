// One practitioner in the results: owner's name (B2), profession, clinic, address (with the distance to the patient
// when sorted by it), and the next free times per type — the tariff's name with the type's name under it (T1) — the
// first day's times in a row, the next days' behind «Flere tider». Each time opens the booking page, which holds it at
// once. A time shows only HH:mm; its link's name says the rest (the type, and the tariff or the address when the
// practitioner has more than one: see time-link-name.ts).
import { Link, useLocation } from 'react-router';
import { formatDate, formatTime, PROFESSION_INFO, WEEKDAY_LABELS, isoWeekday, type Profession } from '@bn/domain';
import { useLocale } from '@bn/ui';
import { bookingPath, choiceFromHit } from '../booking/slot-choice.js';
import { mondayOf } from '../dates.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { weekPath } from '../paths.js';
import { hitKey, type HitGroup } from './group-hits.js';
import { timeLinkName, type OfferFacts } from './time-link-name.js';

export interface PractitionerGroupProps {
  group: HitGroup;
  tariff: string;
  /** How a kind of time is told apart from the others on the page, in its links' names. */
  describe: (offer: OfferFacts) => string;
  /** The distance to the patient's postcode, when the agent gave one and the register places both. */
  distance: { km: number; postcode: string } | null;
  /** «Flere tider»: every next time, not only the first day's. */
  expanded: boolean;
  onToggle: () => void;
}

export function PractitionerGroup({ group, tariff, describe, distance, expanded, onToggle }: PractitionerGroupProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const { pathname, search } = useLocation();
  const p = group.first;
  const safeKey = group.key.replace(/[^A-Za-z0-9_-]/g, '-');
  const headingId = `group-${safeKey}`;
  const timesId = `times-${safeKey}`;
  const firstDate = group.types[0]?.days[0]?.date;
  const severalAddresses = group.departments > 1;
  const hasMore = group.types.some((type) => type.days.length > 1);

  return (
    <article className="result-group card" aria-labelledby={headingId} data-practitioner={p.practitionerId}>
      <header className="result-head">
        <div>
          <h3 id={headingId}>{p.practitionerName}</h3>
          <p className="muted">
            {PROFESSION_INFO[p.profession as Profession]?.[locale] ?? p.profession} · {p.clinicName}
          </p>
          {!severalAddresses && (
            <p className="result-address">
              {p.departmentName}, {p.street}, {p.postcode} {p.city}
            </p>
          )}
          {distance && (
            <p className="result-distance muted">
              {distance.km < 1
                ? at('search.group.near', { postcode: distance.postcode })
                : at('search.group.distance', { km: Math.round(distance.km), postcode: distance.postcode })}
            </p>
          )}
        </div>
        <Link
          className="button button-secondary button-small"
          to={weekPath(p.practitionerId, { week: firstDate && mondayOf(firstDate), tariff })}
        >
          {at('search.group.week')}
          <span className="visually-hidden">: {p.practitionerName}</span>
        </Link>
      </header>
      <div id={timesId}>
        {group.types.map((type) => {
          const description = describe(type.first);
          const days = expanded ? type.days : type.days.slice(0, 1);
          return (
            <section
              key={type.key}
              className="result-type"
              // With several addresses each section says where, so no two sections of a card sound the same.
              aria-label={[type.tariffName, type.typeName, ...(severalAddresses ? [type.first.street] : [])].join(', ')}
            >
              <p className="result-tariff">{type.tariffName}</p>
              <p className="result-type-name muted">{type.typeName}</p>
              {severalAddresses && (
                <p className="result-address">
                  {type.first.departmentName}, {type.first.street}, {type.first.postcode} {type.first.city}
                </p>
              )}
              <ul className="result-days">
                {days.map((day) => (
                  <li key={day.date}>
                    <span className="result-day">
                      {WEEKDAY_LABELS[locale][isoWeekday(day.date) - 1]} {formatDate(day.hits[0]!.startAt)}
                    </span>
                    <ul className="time-list" aria-label={at('search.group.times', { name: p.practitionerName })}>
                      {day.hits.map((hit) => {
                        const choice = choiceFromHit(hit);
                        return (
                          <li key={`${hit.bookId}|${hit.typeId}|${choice.startAt}`}>
                            <Link
                              className="time-chip"
                              data-hit={hitKey(hit)}
                              to={bookingPath(choice)}
                              state={{ slot: choice, from: pathname + search }}
                              aria-label={timeLinkName(at, hit.startAt, p.practitionerName, description)}
                            >
                              <time dateTime={choice.startAt}>{formatTime(hit.startAt)}</time>
                            </Link>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {hasMore && (
        <button
          type="button"
          className="button button-secondary button-small result-more"
          aria-expanded={expanded}
          aria-controls={timesId}
          onClick={onToggle}
        >
          {at(expanded ? 'search.group.fewerTimes' : 'search.group.moreTimes')}
          <span className="visually-hidden">: {p.practitionerName}</span>
        </button>
      )}
    </article>
  );
}

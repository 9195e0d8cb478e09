// Seven columns, Monday to Sunday, each a heading (weekday and date) and its free times (HH:mm) with the tariff's
// and the type's name. Headings and lists, so a screen reader can jump from day to day.
import { formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { EmptyState, useLocale, useT } from '@bn/ui';
import type { SlotHit } from '../api-types.js';
import { displayDate, weekDays } from '../dates.js';

export function WeekGrid({ monday, hits }: { monday: string; hits: readonly SlotHit[] }) {
  const t = useT();
  const { locale } = useLocale();
  const byDay = new Map<string, SlotHit[]>();
  for (const hit of hits) {
    const date = osloDate(new Date(hit.startAt));
    byDay.set(date, [...(byDay.get(date) ?? []), hit]);
  }
  return (
    <>
      {hits.length === 0 ? <EmptyState>{t('week.empty')}</EmptyState> : <p className="muted">{t('week.count', { count: hits.length })}</p>}
      <ol className="week-grid">
        {weekDays(monday).map((date) => {
          const dayHits = byDay.get(date) ?? [];
          return (
            <li key={date} className="week-day">
              <h2 className="week-day-head">
                <span className="week-day-name">{WEEKDAY_LABELS[locale][isoWeekday(date) - 1]}</span> {displayDate(date)}
              </h2>
              {dayHits.length === 0 ? (
                <p className="muted week-none">{t('week.day.none')}</p>
              ) : (
                <ul className="week-times">
                  {dayHits.map((hit) => (
                    <li key={`${hit.bookId}|${hit.typeId}|${hit.departmentId}|${new Date(hit.startAt).toISOString()}`} className="week-time">
                      <time dateTime={new Date(hit.startAt).toISOString()} className="week-time-at">
                        {formatTime(hit.startAt)}
                      </time>
                      <span className="week-time-tariff">{hit.tariffName}</span>
                      <span className="week-time-type muted">{hit.typeName}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

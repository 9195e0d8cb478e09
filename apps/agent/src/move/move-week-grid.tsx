// Seven columns, Monday to Sunday, as in the week view (the same classes, headings and lists, so a screen reader jumps
// from day to day): each day's free times as buttons, and the booking's own time where it is, marked as such.
import { formatDate, formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { EmptyState, useLocale } from '@bn/ui';
import { displayDate, weekDays } from '../dates.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { targetsByDay, type MoveTarget } from './move-times.js';

export interface MoveWeekGridProps {
  monday: string;
  targets: readonly MoveTarget[];
  current: { startAt: Date; endAt: Date };
  picked: number | null;
  onPick: (target: MoveTarget) => void;
}

export function MoveWeekGrid({ monday, targets, current, picked, onPick }: MoveWeekGridProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const byDay = targetsByDay(targets);
  const currentMs = new Date(current.startAt).getTime();
  const currentDay = osloDate(new Date(currentMs));
  return (
    <>
      {targets.length === 0 ? (
        <EmptyState>{at('move.empty')}</EmptyState>
      ) : (
        <p className="muted">{at('move.count', { count: targets.length })}</p>
      )}
      <ol className="week-grid">
        {weekDays(monday).map((date) => {
          const weekday = WEEKDAY_LABELS[locale][isoWeekday(date) - 1]!;
          const free = byDay.get(date) ?? [];
          const items: ({ kind: 'free'; target: MoveTarget } | { kind: 'current' })[] = free.map((target) => ({
            kind: 'free' as const,
            target,
          }));
          if (date === currentDay) {
            const later = items.findIndex((i) => i.kind === 'free' && i.target.startMs > currentMs);
            items.splice(later === -1 ? items.length : later, 0, { kind: 'current' });
          }
          return (
            <li key={date} className="week-day">
              <h3 className="week-day-head">
                <span className="week-day-name">{weekday}</span> {displayDate(date)}
              </h3>
              {items.length === 0 ? (
                <p className="muted week-none">{at('week.day.none')}</p>
              ) : (
                <ul className="week-times">
                  {items.map((item) =>
                    item.kind === 'current' ? (
                      <li key="current" className="week-time week-time-current">
                        <span className="week-time-at">
                          <time dateTime={new Date(currentMs).toISOString()}>{formatTime(currentMs)}</time>
                        </span>
                        <span className="week-time-type">{at('move.currentTime')}</span>
                      </li>
                    ) : (
                      <li key={item.target.startMs} className="week-time">
                        <button
                          type="button"
                          className="week-time-at week-time-pick"
                          data-time={item.target.startMs}
                          aria-pressed={picked === item.target.startMs}
                          aria-label={at('move.pick.time', {
                            time: formatTime(item.target.startMs),
                            weekday,
                            date: formatDate(item.target.startMs),
                          })}
                          onClick={() => onPick(item.target)}
                        >
                          <time dateTime={new Date(item.target.startMs).toISOString()}>
                            {formatTime(item.target.startMs)}
                          </time>
                        </button>
                      </li>
                    ),
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

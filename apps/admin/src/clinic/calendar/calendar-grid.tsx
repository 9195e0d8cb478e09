// The calendar itself: a time axis on the left, one column per book (day view) or per day of one book (week view), the
// free time as pale bands behind, the appointments placed by time and laid side by side where they overlap, and a
// «now» line across today's columns. Each column is a labelled region with a list of buttons, so a screen reader
// moves column by column, time by time; a block too small for its text shows all of it on focus and hover.
import { useEffect, useRef, type CSSProperties } from 'react';
import { formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { useLocale } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { AppointmentBlock } from './appointment-block.js';
import { columnKey, displayDate, type CalendarColumn } from './calendar-params.js';
import type { Interval } from './free-bands.js';
import { layoutOverlaps } from './overlap-layout.js';
import { dayAxis, offsetMinutes, placeOnAxis, type HourWindow, type TimeAxis } from './time-axis.js';

/** 30 minutes are 60 pixels: three lines of an appointment's text. */
export const PX_PER_MINUTE = 2;

interface Props {
  columns: readonly CalendarColumn[];
  dates: readonly string[];
  books: readonly { id: string; name: string }[];
  window: HourWindow;
  appointments: readonly BookAppointment[];
  freeBands: ReadonlyMap<string, Interval[]>;
  label: string;
  /** The product's clock: the «now» line is drawn on the columns of its Oslo date. */
  now: Date;
  onOpen: (appointment: BookAppointment) => void;
  /** Opens the clinic's booking dialog on a free band; without it the bands are only shown. */
  onFree?: (bookId: string, band: Interval) => void;
}

export function CalendarGrid({
  columns,
  dates,
  books,
  window,
  appointments,
  freeBands,
  label,
  now,
  onOpen,
  onFree,
}: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const axes = new Map(dates.map((d) => [d, dayAxis(d, window)]));
  // The gutter follows an ordinary day; a column whose day is an hour longer or shorter (DST) labels its own hours.
  const regular = window.toHour * 60 - window.fromHour * 60;
  const gutter = [...axes.values()].find((a) => a.minutes === regular) ?? axes.get(dates[0]!)!;
  const height = Math.max(...[...axes.values()].map((a) => a.minutes)) * PX_PER_MINUTE;
  const week = dates.length > 1;
  const multiBook = new Set(columns.map((c) => c.bookId)).size > 1;
  // A week is seven columns of one book: they share the width (no sideways scrolling from 1024 px). Books side by side
  // in the day view keep a readable width and scroll when there are many.
  const template: CSSProperties = {
    gridTemplateColumns: `4rem repeat(${columns.length}, minmax(${week && !multiBook ? '0' : '10rem'}, 1fr))`,
  };
  const today = osloDate(now);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A period with today in it opens with the «now» line in sight (an hour is 120 px: a day is taller than the screen);
  // once per period shown, so the line moving never takes the scroll from the user.
  const period = dates.join();
  const todayShown = dates.includes(today);
  useEffect(() => {
    const area = scrollRef.current;
    const line = area?.querySelector<HTMLElement>('.cal-now');
    if (!area || !line || !todayShown) return;
    const at = line.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop;
    if (at < area.scrollTop + 60 || at > area.scrollTop + area.clientHeight - 60)
      area.scrollTop = Math.max(0, at - area.clientHeight / 3);
  }, [period, todayShown]);
  const byColumn = new Map<string, BookAppointment[]>();
  for (const a of appointments) {
    for (const c of columns) {
      const axis = axes.get(c.date)!;
      if (c.bookId === a.bookId && a.startAt < axis.end && a.endAt > axis.start)
        byColumn.set(c.key, [...(byColumn.get(c.key) ?? []), a]);
    }
  }
  const weekday = (date: string) => WEEKDAY_LABELS[locale][isoWeekday(date) - 1] ?? '';
  const bookName = (id: string) => books.find((b) => b.id === id)?.name ?? id;

  return (
    // Scrolls both ways inside the page; focusable so it can be scrolled from the keyboard.
    <div ref={scrollRef} className="cal-scroll" role="region" aria-label={label} tabIndex={0}>
      <div className="cal-head" style={template}>
        <div className="cal-corner" style={week && multiBook ? { gridRow: 'span 2' } : undefined} />
        {week &&
          dates.map((d) => (
            <div
              key={d}
              className="cal-day-head"
              style={{ gridColumn: `span ${columns.length / dates.length}` }}
              aria-current={d === today ? 'date' : undefined}
            >
              <span className="cal-weekday">{weekday(d)}</span> {displayDate(d)}
            </div>
          ))}
        {(!week || multiBook) &&
          columns.map((c) => (
            <div key={c.key} className="cal-col-head">
              {bookName(c.bookId)}
            </div>
          ))}
      </div>
      <div className="cal-body" style={{ ...template, height }}>
        <div className="cal-gutter" aria-hidden="true">
          <Ticks axis={gutter} />
        </div>
        {columns.map((c) => (
          <Column
            key={c.key}
            axis={axes.get(c.date)!}
            ownTicks={axes.get(c.date)!.minutes !== gutter.minutes}
            label={t('calendar.column', {
              book: bookName(c.bookId),
              weekday: weekday(c.date),
              date: displayDate(c.date),
            })}
            appointments={byColumn.get(c.key) ?? []}
            free={freeBands.get(columnKey(c.bookId, c.date)) ?? []}
            now={c.date === today ? now : null}
            onOpen={onOpen}
            onFree={onFree && ((band) => onFree(c.bookId, band))}
          />
        ))}
      </div>
    </div>
  );
}

function Ticks({ axis }: { axis: TimeAxis }) {
  const t = useAdminT();
  return axis.ticks.map((tick) => (
    <span key={tick.offset} className="cal-tick" style={{ top: tick.offset * PX_PER_MINUTE }}>
      {tick.repeated ? t('calendar.repeatedHour', { time: tick.label }) : tick.label}
    </span>
  ));
}

interface ColumnProps {
  axis: TimeAxis;
  ownTicks: boolean;
  label: string;
  appointments: readonly BookAppointment[];
  free: readonly Interval[];
  /** Set on today's columns. */
  now: Date | null;
  onOpen: (appointment: BookAppointment) => void;
  onFree?: (band: Interval) => void;
}

function Column({ axis, ownTicks, label, appointments, free, now, onOpen, onFree }: ColumnProps) {
  const t = useAdminT();
  const placed = layoutOverlaps(appointments, (a) => ({ start: a.startAt.getTime(), end: a.endAt.getTime() }));
  const lines = { backgroundSize: `100% ${60 * PX_PER_MINUTE}px` };
  return (
    <section className="cal-col" aria-label={label} style={lines}>
      {ownTicks && (
        <div className="cal-col-ticks" aria-hidden="true">
          <Ticks axis={axis} />
        </div>
      )}
      {free.map((band) => {
        const place = placeOnAxis(axis, band, PX_PER_MINUTE);
        if (!place) return null;
        return (
          <div key={band.start.toISOString()} className="cal-free" style={place}>
            {onFree ? (
              <button
                type="button"
                className="cal-free-label cal-free-book"
                aria-label={t('clinicBooking.open', { from: formatTime(band.start), to: formatTime(band.end) })}
                onClick={() => onFree(band)}
              >
                {t('calendar.free', { from: formatTime(band.start), to: formatTime(band.end) })}
              </button>
            ) : (
              <span className="cal-free-label">
                {t('calendar.free', { from: formatTime(band.start), to: formatTime(band.end) })}
              </span>
            )}
          </div>
        );
      })}
      {placed.length === 0 ? (
        <p className="visually-hidden">{t('calendar.column.empty')}</p>
      ) : (
        <ol className="cal-items">
          {placed.map(({ item, lane, lanes }) => {
            const place = placeOnAxis(axis, { start: item.startAt, end: item.endAt }, PX_PER_MINUTE);
            if (!place) return null;
            const style: CSSProperties = { ...place, left: `${(lane / lanes) * 100}%`, width: `${100 / lanes}%` };
            return (
              <li key={item.id} className="cal-item" style={style}>
                <AppointmentBlock appointment={item} onOpen={() => onOpen(item)} />
              </li>
            );
          })}
        </ol>
      )}
      {now && now >= axis.start && now < axis.end && (
        <NowLine top={offsetMinutes(axis, now) * PX_PER_MINUTE} now={now} />
      )}
    </section>
  );
}

/** Where the time is now: a line across the column, named for a screen reader («Nå 10:32»). */
function NowLine({ top, now }: { top: number; now: Date }) {
  const t = useAdminT();
  return (
    <div className="cal-now" role="img" aria-label={t('calendar.now', { time: formatTime(now) })} style={{ top }} />
  );
}

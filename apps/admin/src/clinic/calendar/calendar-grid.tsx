// The calendar itself: a time axis on the left, one column per book (day view) or per day × book (week view), the
// free time as pale bands behind, the appointments placed by time and laid side by side where they overlap.
// Each column is a labelled region with a list of buttons, so a screen reader moves column by column, time by time.
import type { CSSProperties } from 'react';
import { formatTime, isoWeekday, WEEKDAY_LABELS } from '@bn/domain';
import { useLocale } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { AppointmentBlock } from './appointment-block.js';
import { columnKey, displayDate, type CalendarColumn } from './calendar-params.js';
import type { Interval } from './free-bands.js';
import { layoutOverlaps } from './overlap-layout.js';
import { dayAxis, placeOnAxis, type HourWindow, type TimeAxis } from './time-axis.js';

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
  onOpen: (appointment: BookAppointment) => void;
  /** Opens the clinic's booking dialog on a free band; without it the bands are only shown. */
  onFree?: (bookId: string, band: Interval) => void;
}

export function CalendarGrid({ columns, dates, books, window, appointments, freeBands, label, onOpen, onFree }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const axes = new Map(dates.map((d) => [d, dayAxis(d, window)]));
  // The gutter follows an ordinary day; a column whose day is an hour longer or shorter (DST) labels its own hours.
  const regular = window.toHour * 60 - window.fromHour * 60;
  const gutter = [...axes.values()].find((a) => a.minutes === regular) ?? axes.get(dates[0]!)!;
  const height = Math.max(...[...axes.values()].map((a) => a.minutes)) * PX_PER_MINUTE;
  const week = dates.length > 1;
  const template: CSSProperties = {
    gridTemplateColumns: `4rem repeat(${columns.length}, minmax(${week ? '7.5rem' : '12rem'}, 1fr))`,
  };
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
    <div className="cal-scroll" role="region" aria-label={label} tabIndex={0}>
      <div className="cal-head" style={template}>
        <div className="cal-corner" style={week && books.length > 1 ? { gridRow: 'span 2' } : undefined} />
        {week &&
          dates.map((d) => (
            <div key={d} className="cal-day-head" style={{ gridColumn: `span ${books.length}` }}>
              <span className="cal-weekday">{weekday(d)}</span> {displayDate(d)}
            </div>
          ))}
        {(!week || books.length > 1) &&
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
  onOpen: (appointment: BookAppointment) => void;
  onFree?: (band: Interval) => void;
}

function Column({ axis, ownTicks, label, appointments, free, onOpen, onFree }: ColumnProps) {
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
    </section>
  );
}

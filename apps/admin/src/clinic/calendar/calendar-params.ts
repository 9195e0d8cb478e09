// What the calendar shows, kept in the address so a view can be shared, reloaded and walked back with the browser:
// `?visning=dag|uke&dato=YYYY-MM-DD&bok=<id>&bok=<id>&ukebok=<id>&avbestilte=1`.
import { addDays, isoWeek, isoWeekday } from '@bn/domain';

export type CalendarView = 'day' | 'week';

export interface CalendarState {
  view: CalendarView;
  /** The day shown, or a day of the week shown (stepping keeps its weekday, so «dag» comes back to it). */
  date: string;
  /** Chosen books in the clinic's order; never empty when the clinic has books. */
  bookIds: string[];
  /** The one book the week view shows: seven columns fit a screen, seven per book do not (issue 15). */
  weekBookId: string;
  showCancelled: boolean;
}

export interface CalendarColumn {
  key: string;
  date: string;
  bookId: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const VIEW_PARAM: Record<string, CalendarView> = { dag: 'day', uke: 'week' };
const VIEW_VALUE: Record<CalendarView, string> = { day: 'dag', week: 'uke' };

export function isIsoDate(value: string | null): value is string {
  if (value === null || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  // 2026-02-30 parses (as 2 March) in some engines; a real date reads back the same.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** `allBookIds` in the clinic's order; unknown ids in the address are dropped, none left means every book. */
export function readCalendarParams(
  params: URLSearchParams,
  today: string,
  allBookIds: readonly string[],
): CalendarState {
  const asked = new Set(params.getAll('bok'));
  const chosen = allBookIds.filter((id) => asked.has(id));
  const date = params.get('dato');
  const bookIds = chosen.length > 0 ? chosen : [...allBookIds];
  const weekBook = params.get('ukebok');
  return {
    view: VIEW_PARAM[params.get('visning') ?? ''] ?? 'day',
    date: isIsoDate(date) ? date : today,
    bookIds,
    // Unknown or missing: the first chosen book.
    weekBookId: weekBook && allBookIds.includes(weekBook) ? weekBook : (bookIds[0] ?? ''),
    showCancelled: params.get('avbestilte') === '1',
  };
}

export function writeCalendarParams(state: CalendarState, allBookIds: readonly string[]): URLSearchParams {
  const out = new URLSearchParams();
  out.set('visning', VIEW_VALUE[state.view]);
  out.set('dato', state.date);
  // All books is the default: a short address that also picks up a book added later.
  if (state.bookIds.length < allBookIds.length) for (const id of state.bookIds) out.append('bok', id);
  if (state.weekBookId && state.weekBookId !== state.bookIds[0]) out.set('ukebok', state.weekBookId);
  if (state.showCancelled) out.set('avbestilte', '1');
  return out;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The dates on screen: the day, or Monday to Sunday. */
export function visibleDates(view: CalendarView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** One day or one week back (−1) or forward (+1). */
export function stepDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === 'day' ? 1 : 7));
}

/** The books on screen: the chosen ones side by side in the day view, the one week book in the week view. */
export function shownBookIds(state: CalendarState): string[] {
  return state.view === 'week' && state.weekBookId ? [state.weekBookId] : state.bookIds;
}

/**
 * The columns, left to right: the days, each with the given books side by side. The day view passes the chosen books
 * (a receptionist compares the practitioners on one day), the week view one book (`shownBookIds`), as the calendars
 * of Cliniko, Timely and PatientSky do: 7 readable columns rather than 7 × books cut ones.
 */
export function calendarColumns(view: CalendarView, date: string, bookIds: readonly string[]): CalendarColumn[] {
  return visibleDates(view, date).flatMap((d) =>
    bookIds.map((bookId) => ({ key: columnKey(bookId, d), date: d, bookId })),
  );
}

export function columnKey(bookId: string, date: string): string {
  return `${bookId}|${date}`;
}

/** `dd.mm.yyyy`, as formatDate shows instants. */
export function displayDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** What a person types for a date: `3.12.2026`, `03.12.2026` (also with / or -), or ISO; null when it is no date. */
export function parseDisplayDate(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function weekNumber(date: string): number {
  return isoWeek(date).isoWeek;
}

// Free time behind the appointments: the free slots of a book (of every type, often overlapping) merged into bands
// of time, one list per calendar column.
import { osloDate } from '@bn/domain';

export interface Interval {
  start: Date;
  end: Date;
}

/** The union of intervals, sorted; touching intervals become one. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start.getTime() <= last.end.getTime()) {
      if (end > last.end) last.end = end;
    } else {
      out.push({ start, end });
    }
  }
  return out;
}

/** Free bands per column key (`columnKey(bookId, date)`), the date being the Oslo date of the slot's start. */
export function freeBandsByColumn(
  slots: readonly { bookId: string; startAt: Date; endAt: Date }[],
  columnKey: (bookId: string, date: string) => string,
): Map<string, Interval[]> {
  const byColumn = new Map<string, Interval[]>();
  for (const slot of slots) {
    const key = columnKey(slot.bookId, osloDate(slot.startAt));
    const list = byColumn.get(key) ?? [];
    list.push({ start: slot.startAt, end: slot.endAt });
    byColumn.set(key, list);
  }
  return new Map([...byColumn].map(([key, list]) => [key, mergeIntervals(list)]));
}

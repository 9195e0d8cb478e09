/**
 * The slot sweep: windows × a type's grid, minus busy time, inside the booking horizon. Linear in windows + busy +
 * slots after one sort of the busy list; no Intl call per slot (instants are stepped in milliseconds).
 */
import { AppError } from '../errors.js';
import type { Restrictions } from '../config/books.js';
import { bookingHorizon } from './restrictions.js';
import type { ConcreteWindow, Interval, Slot, SlotType } from './types.js';

const MINUTE_MS = 60_000;

export interface FreeSlotsOptions {
  /** From `expandWorkPlan`; windows without the type are skipped. Sorted by start is fastest (otherwise sorted here). */
  windows: readonly ConcreteWindow[];
  type: SlotType;
  /** Step between slot starts, from each window's start. Default: the type's duration. */
  gridMinutes?: number;
  /** Appointments and holds in the book, of any type; a slot overlapping any of them is dropped. */
  busy: readonly Interval[];
  /** Only slots starting at or after this instant. */
  earliestStart?: Date;
  /** Only slots starting before this instant. */
  startsBefore?: Date | null;
}

export interface GenerateSlotsOptions extends Omit<FreeSlotsOptions, 'earliestStart' | 'startsBefore'> {
  now: Date;
  restrictions: Pick<Restrictions, 'minNoticeHours' | 'daysAhead'>;
  /** The end of what the insurer's offer covers (an agreement's last day, see readinessWindows): later starts are out. */
  offeredUntil?: Date | null;
}

function positiveMinutes(value: number, what: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new AppError('BAD_INPUT', { field: what, value });
  return value * MINUTE_MS;
}

/** Busy time sorted and merged into disjoint [start, end) ms pairs, so one forward pointer can sweep it. */
function mergeBusy(busy: readonly Interval[]): { start: number; end: number }[] {
  const sorted = busy.map((b) => ({ start: b.start.getTime(), end: b.end.getTime() })).filter((b) => b.end > b.start);
  sorted.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const b of sorted) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
    else merged.push({ ...b });
  }
  return merged;
}

function sortedByStart(windows: readonly ConcreteWindow[]): readonly ConcreteWindow[] {
  for (let i = 1; i < windows.length; i++) {
    if (windows[i]!.start.getTime() < windows[i - 1]!.start.getTime())
      return [...windows].sort((a, b) => a.start.getTime() - b.start.getTime());
  }
  return windows;
}

/** Slots minus busy time, without the clock-dependent restrictions (what the free-slot table stores). */
export function freeSlots({ windows, type, gridMinutes, busy, earliestStart, startsBefore }: FreeSlotsOptions): Slot[] {
  const duration = positiveMinutes(type.durationMinutes, 'durationMinutes');
  const grid = positiveMinutes(gridMinutes ?? type.durationMinutes, 'gridMinutes');
  const lower = earliestStart ? earliestStart.getTime() : -Infinity;
  const upper = startsBefore ? startsBefore.getTime() : Infinity;
  const taken = mergeBusy(busy);
  const out: Slot[] = [];
  let p = 0;
  // Slots of one type never overlap, even if a malformed template has overlapping windows.
  let lastEnd = -Infinity;
  // The pointer has passed busy time ending at or before `swept`; starts below it would need a rewind.
  let swept = -Infinity;

  for (const w of sortedByStart(windows)) {
    const ws = w.start.getTime();
    if (ws >= upper) break;
    if (!w.typeIds.includes(type.id)) continue;
    const we = w.end.getTime();
    const floor = Math.max(lower, lastEnd, swept);
    let t = ws < floor ? ws + Math.ceil((floor - ws) / grid) * grid : ws;
    while (t + duration <= we && t < upper) {
      swept = t;
      while (p < taken.length && taken[p]!.end <= t) p++;
      const b = taken[p];
      if (b && b.start < t + duration) {
        // Jump to the first grid point at or after the busy stretch ends.
        t = ws + Math.ceil((b.end - ws) / grid) * grid;
        continue;
      }
      out.push({ start: new Date(t), end: new Date(t + duration) });
      lastEnd = t + duration;
      t += grid;
    }
  }
  return out;
}

/**
 * The bookable slots of one type in one book: each window stepped on the grid from its start, every slot wholly
 * inside its window, not overlapping busy time, starting no earlier than now + minimum notice, no later than the
 * end of the Oslo day today + daysAhead and before the offer's end. Sorted and non-overlapping.
 */
export function generateSlots({ now, restrictions, offeredUntil, ...rest }: GenerateSlotsOptions): Slot[] {
  const horizon = bookingHorizon({ now, restrictions });
  const ends = [horizon.startsBefore, offeredUntil ?? null].filter((d): d is Date => d !== null);
  const startsBefore = ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null;
  return freeSlots({ ...rest, earliestStart: horizon.earliestStart, startsBefore });
}

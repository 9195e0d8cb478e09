import { describe, expect, it } from 'vitest';
import { expandWorkPlan } from './expand-work-plan.js';
import { generateSlots, freeSlots } from './generate-slots.js';
import { everyDay, planFor, restrictions, template } from './testing/fixtures.js';
import { osloInstant, toOslo } from '../time/oslo.js';
import type { ConcreteWindow } from './types.js';

const windowsOn = (date: string, windows: { start: string; end: string; typeIds: string[] }[], to = date) =>
  expandWorkPlan({ plan: planFor(date, to), templates: [template(everyDay(windows))], holidays: [], from: date, to });
const longAgo = new Date('2020-01-01T00:00:00Z');
const slots = (
  windows: ConcreteWindow[],
  durationMinutes: number,
  extra: Partial<Parameters<typeof generateSlots>[0]> = {},
) =>
  generateSlots({
    windows,
    type: { id: 't', durationMinutes },
    busy: [],
    now: longAgo,
    restrictions: restrictions(),
    ...extra,
  });
/** Oslo wall time with its UTC offset, e.g. "02:00+02". */
function wall(d: Date): string {
  const { time } = toOslo(d);
  const [h, m] = time.split(':').map(Number) as [number, number];
  const offsetHours = ((((h * 60 + m - (d.getUTCHours() * 60 + d.getUTCMinutes())) % 1440) + 1440) % 1440) / 60;
  return `${time}+0${offsetHours}`;
}

describe('generateSlots on the daylight-saving days (S2), stepping in real time', () => {
  it.each(['2026-10-25', '2027-10-31'])(
    'fall back %s: 01:00–04:00 gives 01:00, 02:00 (+02), 02:00 (+01), 03:00 for 60 minutes',
    (date) => {
      const s = slots(windowsOn(date, [{ start: '01:00', end: '04:00', typeIds: ['t'] }]), 60);
      expect(s.map((x) => wall(x.start))).toEqual(['01:00+02', '02:00+02', '02:00+01', '03:00+01']);
      expect(s.every((x) => x.end.getTime() - x.start.getTime() === 3_600_000)).toBe(true);
    },
  );

  it('fall back: 30-minute slots fill the four real hours', () => {
    expect(slots(windowsOn('2026-10-25', [{ start: '01:00', end: '04:00', typeIds: ['t'] }]), 30)).toHaveLength(8);
  });

  it('spring forward 2027-03-28: 01:00–04:00 gives 01:00 and 03:00', () => {
    const s = slots(windowsOn('2027-03-28', [{ start: '01:00', end: '04:00', typeIds: ['t'] }]), 60);
    expect(s.map((x) => wall(x.start))).toEqual(['01:00+01', '03:00+02']);
  });

  it.each([
    ['2026-10-25', '07:00', '12:30'],
    ['2027-03-28', '06:00', '11:30'],
    ['2027-10-31', '07:00', '12:30'],
  ])(
    '%s: windows before and after 13:00 start on the wall clock (08:00 = %sZ, 13:30 = %sZ)',
    (date, morningZ, afternoonZ) => {
      const s = slots(
        windowsOn(date, [
          { start: '08:00', end: '12:00', typeIds: ['t'] },
          { start: '13:30', end: '17:00', typeIds: ['t'] },
        ]),
        30,
      );
      expect(s.map((x) => toOslo(x.start).time)).toEqual([
        '08:00',
        '08:30',
        '09:00',
        '09:30',
        '10:00',
        '10:30',
        '11:00',
        '11:30',
        '13:30',
        '14:00',
        '14:30',
        '15:00',
        '15:30',
        '16:00',
        '16:30',
      ]);
      expect(s[0]!.start.toISOString()).toBe(`${date}T${morningZ}:00.000Z`);
      expect(s[8]!.start.toISOString()).toBe(`${date}T${afternoonZ}:00.000Z`);
    },
  );

  it('summer and winter: 08:00 is 06:00Z on 2026-07-15 and 07:00Z on 2026-01-15', () => {
    expect(
      slots(windowsOn('2026-07-15', [{ start: '08:00', end: '09:00', typeIds: ['t'] }]), 60)[0]!.start.toISOString(),
    ).toBe('2026-07-15T06:00:00.000Z');
    expect(
      slots(windowsOn('2026-01-15', [{ start: '08:00', end: '09:00', typeIds: ['t'] }]), 60)[0]!.start.toISOString(),
    ).toBe('2026-01-15T07:00:00.000Z');
  });
});

describe('generateSlots: the grid', () => {
  const date = '2026-11-26';
  const ws = windowsOn(date, [{ start: '08:00', end: '10:00', typeIds: ['a', 'b', 'c'] }]);
  const of = (id: string, durationMinutes: number, gridMinutes?: number) =>
    generateSlots({
      windows: ws,
      type: { id, durationMinutes },
      gridMinutes,
      busy: [],
      now: longAgo,
      restrictions: restrictions(),
    }).map((x) => toOslo(x.start).time);

  it('several types in one window each step by their own duration from the window start', () => {
    expect(of('a', 30)).toEqual(['08:00', '08:30', '09:00', '09:30']);
    expect(of('b', 45)).toEqual(['08:00', '08:45']);
    expect(of('c', 60)).toEqual(['08:00', '09:00']);
  });

  it('a type longer than what is left of the window gives no slot at the end', () => {
    expect(of('b', 45)).not.toContain('09:30');
    expect(of('a', 150)).toEqual([]);
  });

  it('a fixed grid steps by the grid, each slot still wholly inside the window', () => {
    expect(of('b', 45, 15)).toEqual(['08:00', '08:15', '08:30', '08:45', '09:00', '09:15']);
  });

  it('a type not placed in the window gets nothing', () => {
    expect(of('x', 30)).toEqual([]);
  });

  it('a slot never crosses a break: the piece after the break steps from the break end', () => {
    const withBreak = expandWorkPlan({
      plan: planFor(date, date),
      templates: [
        template(everyDay([{ start: '08:00', end: '12:00', typeIds: ['t'] }]), [
          { weekday: 4, start: '09:40', end: '10:10' },
        ]),
      ],
      holidays: [],
      from: date,
      to: date,
    });
    expect(slots(withBreak, 45).map((x) => `${toOslo(x.start).time}–${toOslo(x.end).time}`)).toEqual([
      '08:00–08:45',
      '08:45–09:30',
      '10:10–10:55',
      '10:55–11:40',
    ]);
  });

  it('rejects a zero or fractional duration or grid', () => {
    expect(() => of('a', 0)).toThrow();
    expect(() => of('a', 30, 7.5)).toThrow();
  });
});

describe('generateSlots: busy time and restrictions', () => {
  const date = '2026-11-26';
  const ws = windowsOn(date, [{ start: '08:00', end: '12:00', typeIds: ['t'] }], '2026-12-31');
  const at = (d: string, time: string) => osloInstant(d, time);

  it('drops every slot overlapping an appointment or hold of any type; touching is fine', () => {
    const busy = [
      { start: at(date, '08:30'), end: at(date, '09:00') }, // exactly one slot
      { start: at(date, '09:50'), end: at(date, '10:40') }, // overlaps three: 09:30, 10:00, 10:30
      { start: at(date, '09:55'), end: at(date, '10:05') }, // inside the previous one, unsorted
    ];
    const s = generateSlots({
      windows: ws.filter((w) => w.date === date),
      type: { id: 't', durationMinutes: 30 },
      busy,
      now: longAgo,
      restrictions: restrictions(),
    });
    expect(s.map((x) => toOslo(x.start).time)).toEqual(['08:00', '09:00', '11:00', '11:30']);
  });

  it('keeps to the minimum notice and to the end of the Oslo day today + days ahead', () => {
    const now = at(date, '09:10');
    const s = generateSlots({
      windows: ws,
      type: { id: 't', durationMinutes: 60 },
      busy: [],
      now,
      restrictions: restrictions({ minNoticeHours: 24, daysAhead: 3 }),
    });
    expect(s[0]!.start).toEqual(at('2026-11-27', '10:00'));
    expect(s.at(-1)!.start).toEqual(at('2026-11-29', '11:00'));
  });

  it('never offers a slot that has begun, even without a minimum notice', () => {
    const s = generateSlots({
      windows: ws,
      type: { id: 't', durationMinutes: 60 },
      busy: [],
      now: at(date, '09:00'),
      restrictions: restrictions({ daysAhead: 1 }),
    });
    expect(s.map((x) => `${toOslo(x.start).date} ${toOslo(x.start).time}`)).toEqual([
      '2026-11-26 09:00',
      '2026-11-26 10:00',
      '2026-11-26 11:00',
      '2026-11-27 08:00',
      '2026-11-27 09:00',
      '2026-11-27 10:00',
      '2026-11-27 11:00',
    ]);
  });

  it('freeSlots leaves the clock out (what a stored free-slot table holds)', () => {
    expect(
      freeSlots({ windows: ws.filter((w) => w.date === date), type: { id: 't', durationMinutes: 60 }, busy: [] }),
    ).toHaveLength(4);
  });
});

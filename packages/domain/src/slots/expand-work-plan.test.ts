import { describe, expect, it } from 'vitest';
import { expandWorkPlan } from './expand-work-plan.js';
import { everyDay, planFor, template } from './testing/fixtures.js';
import { toOslo } from '../time/oslo.js';

const HOUR = 3_600_000;
const day = (date: string, windows: { start: string; end: string }[], breaks: { start: string; end: string }[] = []) =>
  expandWorkPlan({
    plan: planFor(date, date),
    templates: [
      template(
        everyDay(windows.map((w) => ({ ...w, typeIds: ['t'] }))),
        [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => breaks.map((b) => ({ weekday, ...b }))),
      ),
    ],
    holidays: [],
    from: date,
    to: date,
  });
const span = (ws: { start: Date; end: Date }[]) =>
  ws.map((w) => [w.start.toISOString(), w.end.toISOString(), (w.end.getTime() - w.start.getTime()) / HOUR]);

describe('expandWorkPlan: Oslo offsets (S2)', () => {
  it('08:00 is 06:00Z in summer and 07:00Z in winter', () => {
    expect(span(day('2026-07-15', [{ start: '08:00', end: '12:00' }]))).toEqual([
      ['2026-07-15T06:00:00.000Z', '2026-07-15T10:00:00.000Z', 4],
    ]);
    expect(span(day('2026-01-15', [{ start: '08:00', end: '12:00' }]))).toEqual([
      ['2026-01-15T07:00:00.000Z', '2026-01-15T11:00:00.000Z', 4],
    ]);
  });

  it('the days either side of a change use their own offset', () => {
    expect(day('2026-10-24', [{ start: '08:00', end: '09:00' }])[0]!.start.toISOString()).toBe(
      '2026-10-24T06:00:00.000Z',
    );
    expect(day('2026-10-26', [{ start: '08:00', end: '09:00' }])[0]!.start.toISOString()).toBe(
      '2026-10-26T07:00:00.000Z',
    );
    expect(day('2027-03-27', [{ start: '08:00', end: '09:00' }])[0]!.start.toISOString()).toBe(
      '2027-03-27T07:00:00.000Z',
    );
    expect(day('2027-03-29', [{ start: '08:00', end: '09:00' }])[0]!.start.toISOString()).toBe(
      '2027-03-29T06:00:00.000Z',
    );
  });
});

describe.each([
  ['2026-10-25', 'fall back', '2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z', 4, 1],
  ['2027-10-31', 'fall back', '2027-10-30T23:00:00.000Z', '2027-10-31T03:00:00.000Z', 4, 1],
  ['2027-03-28', 'spring forward', '2027-03-28T00:00:00.000Z', '2027-03-28T02:00:00.000Z', 2, 2],
])('expandWorkPlan on %s (%s)', (date, _kind, crossStart, crossEnd, crossHours, afternoonOffset) => {
  it(`a window 01:00–04:00 across the changed hour is ${crossHours} real hours`, () => {
    expect(span(day(date, [{ start: '01:00', end: '04:00' }]))).toEqual([[crossStart, crossEnd, crossHours]]);
  });

  it('windows before and after 13:00 use the offset in force after the change', () => {
    const [morning, afternoon] = day(date, [
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ]);
    expect(morning!.start.getUTCHours()).toBe(8 - afternoonOffset);
    expect(toOslo(morning!.start).time).toBe('08:00');
    expect(toOslo(afternoon!.start)).toEqual({ date, time: '13:30' });
    expect(toOslo(afternoon!.end)).toEqual({ date, time: '17:00' });
    expect((afternoon!.end.getTime() - afternoon!.start.getTime()) / HOUR).toBe(3.5);
  });
});

describe('expandWorkPlan: boundaries inside the changed hour', () => {
  it('fall back: a boundary in the repeated hour is its first pass, so adjacent windows stay adjacent', () => {
    expect(
      span(
        day('2026-10-25', [
          { start: '01:00', end: '02:30' },
          { start: '02:30', end: '04:00' },
        ]),
      ),
    ).toEqual([
      ['2026-10-24T23:00:00.000Z', '2026-10-25T00:30:00.000Z', 1.5],
      ['2026-10-25T00:30:00.000Z', '2026-10-25T03:00:00.000Z', 2.5],
    ]);
  });

  it('spring forward: a boundary in the skipped hour is the jump; a window wholly inside it disappears', () => {
    expect(
      span(
        day('2027-03-28', [
          { start: '01:00', end: '02:30' },
          { start: '03:00', end: '04:00' },
        ]),
      ),
    ).toEqual([
      ['2027-03-28T00:00:00.000Z', '2027-03-28T01:00:00.000Z', 1],
      ['2027-03-28T01:00:00.000Z', '2027-03-28T02:00:00.000Z', 1],
    ]);
    expect(day('2027-03-28', [{ start: '02:00', end: '02:45' }])).toEqual([]);
    expect(span(day('2027-03-28', [{ start: '02:30', end: '03:30' }]))).toEqual([
      ['2027-03-28T01:00:00.000Z', '2027-03-28T01:30:00.000Z', 0.5],
    ]);
  });
});

describe('expandWorkPlan: breaks, closed days, holidays, weeks', () => {
  it('cuts breaks out of windows', () => {
    const ws = day(
      '2026-11-26',
      [{ start: '08:00', end: '16:00' }],
      [
        { start: '11:30', end: '12:00' },
        { start: '15:30', end: '16:30' },
      ],
    );
    expect(ws.map((w) => `${toOslo(w.start).time}–${toOslo(w.end).time}`)).toEqual(['08:00–11:30', '12:00–15:30']);
  });

  it('leaves out closed days and public holidays, but not an opened holiday', () => {
    const tpl = template(everyDay([{ start: '08:00', end: '09:00', typeIds: ['t'] }]));
    const from = '2026-12-23';
    const to = '2026-12-28';
    const dates = (extra: Parameters<typeof planFor>[2]) =>
      expandWorkPlan({
        plan: planFor(from, to, extra),
        templates: [tpl],
        holidays: ['2026-12-25', '2026-12-26'],
        from,
        to,
      }).map((w) => w.date);
    expect(dates({})).toEqual(['2026-12-23', '2026-12-24', '2026-12-27', '2026-12-28']);
    expect(dates({ openedHolidays: ['2026-12-26'], closedDays: [{ date: '2026-12-24', reason: 'Julaften' }] })).toEqual(
      ['2026-12-23', '2026-12-26', '2026-12-27', '2026-12-28'],
    );
    // A day taken out by hand stays closed even when it is also an opened holiday.
    expect(
      dates({ openedHolidays: ['2026-12-26'], closedDays: [{ date: '2026-12-26', reason: 'Ferie' }] }),
    ).not.toContain('2026-12-26');
  });

  it('uses the template the plan assigns to each ISO week, and nothing for weeks without one', () => {
    const a = template(everyDay([{ start: '08:00', end: '09:00', typeIds: ['t'] }]), [], 'a');
    const b = template(everyDay([{ start: '10:00', end: '11:00', typeIds: ['t'] }]), [], 'b');
    // Week 53 of 2026 is 2026-12-28 … 2027-01-03; week 1 of 2027 starts 2027-01-04.
    const ws = expandWorkPlan({
      plan: {
        weeks: [
          { isoYear: 2026, isoWeek: 53, templateId: 'a' },
          { isoYear: 2027, isoWeek: 2, templateId: 'b' },
        ],
        closedDays: [],
        openedHolidays: [],
      },
      templates: [a, b],
      holidays: [],
      from: '2027-01-02',
      to: '2027-01-11',
    });
    expect(ws.map((w) => `${w.date} ${toOslo(w.start).time}`)).toEqual([
      '2027-01-02 08:00',
      '2027-01-03 08:00',
      '2027-01-11 10:00',
    ]);
  });

  it('gives nothing for an empty or reversed range, and rejects malformed dates', () => {
    expect(day('2026-11-26', [])).toEqual([]);
    expect(
      expandWorkPlan({
        plan: planFor('2026-11-26', '2026-11-26'),
        templates: [],
        holidays: [],
        from: '2026-11-27',
        to: '2026-11-26',
      }),
    ).toEqual([]);
    expect(() =>
      expandWorkPlan({
        plan: planFor('2026-11-26', '2026-11-26'),
        templates: [],
        holidays: [],
        from: '26.11.2026',
        to: '2026-11-26',
      }),
    ).toThrow(expect.objectContaining({ code: 'BAD_INPUT', values: { from: '26.11.2026', to: '2026-11-26' } }));
  });
});

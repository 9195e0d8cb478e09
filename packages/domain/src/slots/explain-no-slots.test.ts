import { describe, expect, it } from 'vitest';
import { explainNoSlots, type ExplainNoSlotsOptions } from './explain-no-slots.js';
import { effectiveRestrictions } from './restrictions.js';
import { everyDay, planFor, restrictions, template } from './testing/fixtures.js';
import { addDays, osloInstant } from '../time/oslo.js';

const from = '2026-12-21';
const to = '2026-12-27';
const tpl = template(everyDay([{ start: '08:00', end: '10:00', typeIds: ['t'] }]));
const base = (extra: Partial<ExplainNoSlotsOptions> = {}): ExplainNoSlotsOptions => ({
  plan: planFor(from, to),
  templates: [tpl],
  holidays: ['2026-12-25', '2026-12-26'],
  from,
  to,
  type: { id: 't', name: 'Fysioterapi', durationMinutes: 60 },
  busy: [],
  now: osloInstant('2026-12-01', '12:00'),
  restrictions: restrictions(),
  ...extra,
});
const codes = (o: ExplainNoSlotsOptions) => explainNoSlots(o).map((r) => r.code);
const allDay = (f: string, t: string) => [{ start: osloInstant(f, '00:00'), end: osloInstant(addDays(t, 1), '00:00') }];

describe('explainNoSlots: why a book × type has no times', () => {
  it('says nothing when there is a slot', () => {
    expect(explainNoSlots(base())).toEqual([]);
  });

  it('no work plan weeks in the range', () => {
    const [r] = explainNoSlots(base({ plan: { weeks: [], closedDays: [], openedHolidays: [] } }));
    expect(r).toMatchObject({
      code: 'no_plan_weeks',
      message: 'Arbeidsplanen har ingen uker i perioden 21.12.2026–27.12.2026.',
    });
  });

  it('a plan week whose template is gone', () => {
    expect(codes(base({ templates: [] }))).toEqual(['template_missing']);
  });

  it('the type is not in the templates, or never fits', () => {
    expect(explainNoSlots(base({ type: { id: 'x', name: 'Akupunktur', durationMinutes: 30 } }))[0]!.message).toBe(
      '«Akupunktur» ligger ikke i ukemalen for uke 52/2026.',
    );
    const tooLong = explainNoSlots(base({ type: { id: 't', name: 'Lang', durationMinutes: 150 } }));
    expect(tooLong.map((r) => r.code)).toEqual(['type_too_long']);
    expect(tooLong[0]!.message).toContain('varer 150 min');
  });

  it('only public holidays and closed days; an opened holiday has times', () => {
    const only = explainNoSlots(
      base({
        from: '2026-12-24',
        to: '2026-12-26',
        plan: planFor(from, to, { closedDays: [{ date: '2026-12-24', reason: 'Julaften' }] }),
      }),
    );
    expect(only).toEqual([
      expect.objectContaining({
        code: 'closed_days',
        dates: ['2026-12-24', '2026-12-25', '2026-12-26'],
        message:
          'Det er bare helligdager og stengte dager i perioden: 24.12.2026 (Julaften), 25.12.2026 (helligdag), 26.12.2026 (helligdag).',
      }),
    ]);
    expect(
      explainNoSlots(
        base({ from: '2026-12-25', to: '2026-12-25', plan: planFor(from, to, { openedHolidays: ['2026-12-25'] }) }),
      ),
    ).toEqual([]);
  });

  it('fully booked until a date', () => {
    const r = explainNoSlots(base({ busy: allDay(from, to) }));
    // Christmas could have been booked, so it is named too.
    expect(r.map((x) => x.code)).toEqual(['closed_days', 'fully_booked']);
    expect(r[0]!.message).toBe('Stengt: 25.12.2026 (helligdag), 26.12.2026 (helligdag).');
    expect(r[1]).toMatchObject({ message: 'Fullbooket til og med 27.12.2026.', dates: ['2026-12-27'] });
  });

  it('inside the minimum notice, said with whose rule it is', () => {
    const eff = effectiveRestrictions({
      clinic: { maxSelfBooked: null },
      book: restrictions(),
      type: { ownLimitsEnabled: true, ownLimits: restrictions({ minNoticeHours: 48 }) },
    });
    const r = explainNoSlots(
      base({ from: '2026-12-22', to: '2026-12-23', now: osloInstant('2026-12-21', '12:00'), restrictions: eff }),
    );
    expect(r).toEqual([
      expect.objectContaining({
        code: 'min_notice',
        message: 'Tidene før 23.12.2026 12:00 ligger innenfor minste varsel på 48 timer (satt på timetypen).',
      }),
    ]);
  });

  it('beyond the days available ahead', () => {
    const r = explainNoSlots(
      base({ now: osloInstant('2026-12-01', '12:00'), restrictions: restrictions({ daysAhead: 14 }) }),
    );
    expect(r).toEqual([
      expect.objectContaining({
        code: 'beyond_days_ahead',
        message: 'Det kan bestilles høyst 14 dager frem i tid, til og med 15.12.2026.',
      }),
    ]);
  });

  it('in the past', () => {
    expect(codes(base({ now: osloInstant('2027-01-05', '12:00') }))).toEqual(['in_the_past']);
  });

  it('several causes at once, in the order of time', () => {
    // Today 21.12 at 08:30, 2 hours' notice, 2 days ahead; the rest of today's slots are booked.
    const r = explainNoSlots(
      base({
        now: osloInstant(from, '08:30'),
        busy: [{ start: osloInstant(from, '10:00'), end: osloInstant('2026-12-23', '23:00') }],
        restrictions: restrictions({ minNoticeHours: 1, daysAhead: 2 }),
      }),
    );
    expect(r.map((x) => x.code)).toEqual(['in_the_past', 'min_notice', 'fully_booked', 'beyond_days_ahead']);
    expect(r.find((x) => x.code === 'fully_booked')!.dates).toEqual(['2026-12-23']);
  });

  it('a range with no windows for the type on those days', () => {
    const weekdaysOnly = template(
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '10:00', typeIds: ['t'] })),
    );
    expect(
      codes(base({ templates: [weekdaysOnly], from: '2026-12-19', to: '2026-12-20', plan: planFor('2026-12-14', to) })),
    ).toEqual(['no_windows_in_range']);
  });
});

import { describe, expect, it } from 'vitest';
import { planFromThisWeek } from './demo-work-plans.js';

describe('the demo work plans, moved to the current week', () => {
  const document = {
    version: 1 as const,
    workPlans: [
      {
        id: 'plan',
        bookId: 'book',
        weeks: [
          { isoYear: 2026, isoWeek: 48, templateId: 'a' },
          { isoYear: 2026, isoWeek: 53, templateId: 'b' },
          { isoYear: 2027, isoWeek: 1, templateId: 'a' },
        ],
        closedDays: [{ date: '2026-12-11', reason: 'Planleggingsdag' }],
        openedHolidays: ['2026-12-26'],
      },
    ],
  };

  it('starts in the current week, keeping the pattern, the weekdays of closed days and the opened holidays', () => {
    // Wednesday 2028-03-01 is in ISO week 2028-W09.
    const moved = planFromThisWeek(document, new Date('2028-03-01T10:00:00Z')).workPlans![0]!;
    expect(moved.weeks).toEqual([
      { isoYear: 2028, isoWeek: 9, templateId: 'a' },
      { isoYear: 2028, isoWeek: 14, templateId: 'b' },
      { isoYear: 2028, isoWeek: 15, templateId: 'a' },
    ]);
    expect(moved.closedDays).toEqual([{ date: '2028-03-17', reason: 'Planleggingsdag' }]);
    expect(moved.openedHolidays).toEqual(['2026-12-26']);
  });

  it('changes nothing in the week the document was written', () => {
    expect(planFromThisWeek(document, new Date('2026-11-26T12:00:00Z'))).toEqual(document);
  });

  it('uses the Oslo date: late Sunday evening UTC is already Monday in Oslo', () => {
    const moved = planFromThisWeek(document, new Date('2026-12-06T23:30:00Z')).workPlans![0]!;
    expect(moved.weeks?.[0]).toEqual({ isoYear: 2026, isoWeek: 50, templateId: 'a' });
  });
});

import { describe, expect, it } from 'vitest';
import { listHolidays } from './list-holidays.js';

describe("Norway's public holidays", () => {
  it('are the twelve red days, in date order, as YYYY-MM-DD with Norwegian names', () => {
    expect(listHolidays({ year: 2026 })).toEqual([
      { date: '2026-01-01', name: 'Første nyttårsdag' },
      { date: '2026-04-02', name: 'Skjærtorsdag' },
      { date: '2026-04-03', name: 'Langfredag' },
      { date: '2026-04-05', name: 'Første påskedag' },
      { date: '2026-04-06', name: 'Andre påskedag' },
      { date: '2026-05-01', name: 'Arbeidernes dag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-17', name: 'Grunnlovsdagen' },
      { date: '2026-05-24', name: 'Første pinsedag' },
      { date: '2026-05-25', name: 'Andre pinsedag' },
      { date: '2026-12-25', name: 'Første juledag' },
      { date: '2026-12-26', name: 'Andre juledag' },
    ]);
  });

  it('move with Easter', () => {
    expect(listHolidays({ year: 2025 }).find((d) => d.name === 'Langfredag')?.date).toBe('2025-04-18');
  });
});

import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '@bn/domain';
import { sharedCatalogues } from '@bn/ui';
import { AGENT_PARTS, agentTranslator } from './agent-messages.js';

describe('the agent app’s catalogue', () => {
  it('has an English text for every Norwegian one, none empty, well-formed, with the same values; no key twice', () => {
    expect(catalogueProblems({ shared: sharedCatalogues, ...AGENT_PARTS }, { sameInBoth: SAME_IN_BOTH })).toEqual([]);
  });

  it('fills in values and counts in the chosen language', () => {
    expect(agentTranslator('nb', 'booking.fact.minutes', { minutes: 30 })).toBe('30 minutter');
    expect(agentTranslator('nb', 'booking.fact.minutes', { minutes: 1 })).toBe('1 minutt');
    expect(agentTranslator('en', 'week.count', { count: 1 })).toBe('1 free time');
    expect(agentTranslator('nb', 'week.count', { count: 3 })).toBe('3 ledige timer');
    expect(
      agentTranslator('nb', 'move.question', { from: 'tirsdag 10.03.2026 09:00', to: 'onsdag 11.03.2026 10:30' }),
    ).toBe('Flytt timen fra tirsdag 10.03.2026 09:00 til onsdag 11.03.2026 10:30?');
  });
});

/** Texts that read the same in both languages (names, codes, symbols). */
const SAME_IN_BOTH: string[] = ['bookings.col.status'];

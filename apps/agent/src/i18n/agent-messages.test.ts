import { describe, expect, it } from 'vitest';
import { bookingEn } from './booking.en.js';
import { bookingNb } from './booking.nb.js';
import { moveEn } from './move.en.js';
import { moveNb } from './move.nb.js';
import { agentText } from './agent-messages.js';

describe('the agent’s own texts', () => {
  it('have an English text for every Norwegian one, none empty, and fill in placeholders', () => {
    expect(Object.keys(bookingEn).sort()).toEqual(Object.keys(bookingNb).sort());
    expect(Object.keys(moveEn).sort()).toEqual(Object.keys(moveNb).sort());
    // The two catalogues share one key space: a key in both would silently hide one of the texts.
    expect(Object.keys(moveNb).filter((k) => k in bookingNb)).toEqual([]);
    for (const text of [
      ...Object.values(bookingNb),
      ...Object.values(bookingEn),
      ...Object.values(moveNb),
      ...Object.values(moveEn),
    ])
      expect(text.trim()).not.toBe('');
    // A placeholder in one language is in the other too.
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en: Record<string, string> = { ...bookingEn, ...moveEn };
    for (const [key, text] of Object.entries({ ...bookingNb, ...moveNb }))
      expect(holes(en[key]!), key).toEqual(holes(text));
    expect(agentText('nb', 'booking.fact.minutes', { minutes: 30 })).toBe('30 minutter');
    expect(agentText('en', 'booking.done.claimCreated', {})).toContain('{caseId}');
    expect(agentText('nb', 'move.question', { from: 'tirsdag 10.03.2026 09:00', to: 'onsdag 11.03.2026 10:30' })).toBe(
      'Flytt timen fra tirsdag 10.03.2026 09:00 til onsdag 11.03.2026 10:30?',
    );
  });
});

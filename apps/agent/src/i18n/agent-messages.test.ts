import { describe, expect, it } from 'vitest';
import { bookingEn } from './booking.en.js';
import { bookingNb } from './booking.nb.js';
import { agentText } from './agent-messages.js';

describe('the agent’s own texts', () => {
  it('have an English text for every Norwegian one, none empty, and fill in placeholders', () => {
    expect(Object.keys(bookingEn).sort()).toEqual(Object.keys(bookingNb).sort());
    for (const text of [...Object.values(bookingNb), ...Object.values(bookingEn)]) expect(text.trim()).not.toBe('');
    expect(agentText('nb', 'booking.fact.minutes', { minutes: 30 })).toBe('30 minutter');
    expect(agentText('en', 'booking.done.claimCreated', {})).toContain('{caseId}');
  });
});

import { describe, expect, it } from 'vitest';
import { bookingIdPrefixOfReference, bookingReference } from './reference.js';

const ID = '0193f2a4-7c1e-7b3a-9d2f-5e6a7b8c9d0e';

describe('booking reference', () => {
  it('is eight characters a person can read out, without I, L, O or U', () => {
    expect(bookingReference(ID)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('leads back to the start of the id it was made from, typed in any case, with or without the dash', () => {
    const reference = bookingReference(ID);
    expect(bookingIdPrefixOfReference(reference)).toBe('0193f2a4-7c');
    expect(bookingIdPrefixOfReference(reference.toLowerCase().replace('-', ' '))).toBe('0193f2a4-7c');
    expect(ID.startsWith(bookingIdPrefixOfReference(reference)!)).toBe(true);
  });

  it('reads O as 0 and I or L as 1, and is no reference for other text', () => {
    expect(bookingIdPrefixOfReference('OOOO-OOOI')).toBe(bookingIdPrefixOfReference('0000-0001'));
    expect(bookingIdPrefixOfReference('0000-000L')).toBe('00000000-01');
    expect(bookingIdPrefixOfReference('6QPTR')).toBeNull();
    expect(bookingIdPrefixOfReference('01819012365')).toBeNull();
    expect(bookingIdPrefixOfReference('ABCD-EFGU')).toBeNull();
  });
});

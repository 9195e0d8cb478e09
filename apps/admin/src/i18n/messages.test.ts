import { describe, expect, it } from 'vitest';
import { adminNb } from './messages.nb.js';
import { adminEn } from './messages.en.js';
import { translateAdmin } from './use-admin-t.js';

describe('the admin app’s own texts', () => {
  it('has an English text for every Norwegian one, none empty, with the same placeholders', () => {
    expect(Object.keys(adminEn).sort()).toEqual(Object.keys(adminNb).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(adminNb) as (keyof typeof adminNb)[]) {
      expect(adminNb[key].trim()).not.toBe('');
      expect(adminEn[key].trim()).not.toBe('');
      expect(placeholders(adminEn[key]), key).toEqual(placeholders(adminNb[key]));
    }
  });

  it('fills in placeholders in the chosen language', () => {
    expect(translateAdmin('nb', 'calendar.caption.week', { week: 49, from: '30.11.2026', to: '06.12.2026' })).toBe(
      'Uke 49: 30.11.2026–06.12.2026',
    );
    expect(translateAdmin('en', 'appointment.caseId', { caseId: '6QPTR' })).toBe('Case id 6QPTR');
  });
});

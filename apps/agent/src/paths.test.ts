import { describe, expect, it } from 'vitest';
import { whyPath, whyRange } from './paths.js';

describe('"why no times?" carries the searched range', () => {
  it('puts the range in the address and reads it back', () => {
    const path = whyPath({ id: 'p1', name: 'Kari Nordmann' }, { from: '2027-01-04', to: '2027-01-10' });
    expect(path).toBe('/hvorfor?navn=Kari+Nordmann&behandler=p1&fra=2027-01-04&til=2027-01-10');
    expect(whyRange(new URLSearchParams(path.split('?')[1]), '2026-12-02')).toEqual({
      from: '2027-01-04',
      to: '2027-01-10',
    });
  });

  it('without a range (or with one the server would refuse) it is today and the next 14 days', () => {
    expect(whyRange(new URLSearchParams(''), '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-16' });
    expect(whyRange(new URLSearchParams('fra=2027-01-10&til=2027-01-04'), '2026-12-02')).toEqual({
      from: '2027-01-10',
      to: '2027-01-24',
    });
    expect(whyRange(new URLSearchParams('fra=2027-01-01&til=2027-06-01'), '2026-12-02')).toEqual({
      from: '2027-01-01',
      to: '2027-01-15',
    });
    expect(whyRange(new URLSearchParams('fra=tomorrow'), '2026-12-02')).toEqual({
      from: '2026-12-02',
      to: '2026-12-16',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { distanceKm, nearbyPostcodes, postcodeDistance } from './distance.js';
import { loadPlaceRegister } from './register.js';

const register = await loadPlaceRegister();

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    const oslo = { lat: 59.9127, lon: 10.7461 };
    const bergen = { lat: 60.393, lon: 5.3242 };
    expect(distanceKm(oslo, oslo)).toBe(0);
    expect(distanceKm(oslo, bergen)).toBeGreaterThan(300);
    expect(distanceKm(oslo, bergen)).toBeLessThan(310);
    expect(distanceKm(oslo, bergen)).toBeCloseTo(distanceKm(bergen, oslo), 9);
  });
});

describe('postcodeDistance', () => {
  it("gives the distance between two postcodes, marked approximate when a point is a town's", () => {
    const osloSandvika = postcodeDistance(register, '0366', '1337')!;
    expect(osloSandvika.km).toBeGreaterThan(8);
    expect(osloSandvika.km).toBeLessThan(20);
    expect(osloSandvika.approximate).toBe(true);
    expect(postcodeDistance(register, '0366', '9008')!.km).toBeGreaterThan(1100);
    expect(postcodeDistance(register, '0366', '0000')).toBeNull();
  });
});

describe('nearbyPostcodes', () => {
  it('lists postcodes within the radius, nearest first, neighbours by number within one town', () => {
    const near = nearbyPostcodes(register, '0366', { radiusKm: 15 });
    expect(near[0]).toMatchObject({ code: '0366', km: 0 });
    expect(
      near
        .slice(1, 3)
        .map((n) => n.code)
        .sort(),
    ).toEqual(['0365', '0367']);
    expect(near.every((n) => n.km <= 15)).toBe(true);
    const kms = near.map((n) => n.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(near.some((n) => n.place === 'Sandvika')).toBe(true);
    expect(near.some((n) => n.place === 'Drammen')).toBe(false);
  });

  it('keeps to the limit and knows no neighbours of an unknown postcode', () => {
    expect(nearbyPostcodes(register, '9008', { radiusKm: 50, limit: 5 })).toHaveLength(5);
    expect(nearbyPostcodes(register, '0000', { radiusKm: 50 })).toEqual([]);
  });
});

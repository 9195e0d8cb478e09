// Distances between postcodes, and the postcodes near one: as exact as the register's points (see PointPrecision).
import type { GeoPoint, PlaceRegister, Postcode } from './place-register.js';

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface PostcodeDistance {
  km: number;
  /** True unless both postcodes have their own point: then two addresses in one town can be «0 km» apart. */
  approximate: boolean;
}

/** The distance between two postcodes, or null when either is unknown or has no point. */
export function postcodeDistance(register: PlaceRegister, from: string, to: string): PostcodeDistance | null {
  const a = register.postcode(from);
  const b = register.postcode(to);
  if (!a?.point || !b?.point) return null;
  return { km: distanceKm(a.point, b.point), approximate: a.precision !== 'postcode' || b.precision !== 'postcode' };
}

export interface NearbyPostcode {
  code: string;
  place: string;
  municipality: string;
  km: number;
  approximate: boolean;
}

export interface NearbyOptions {
  radiusKm: number;
  /** At most this many, nearest first. */
  limit?: number;
}

/**
 * The postcodes within `radiusKm` of a postcode, nearest first. Postcodes that share a point (one town) are ranked
 * by how close their numbers are, which in Norway follows the streets: 0366 is nearer 0367 than 0301.
 */
export function nearbyPostcodes(register: PlaceRegister, from: string, options: NearbyOptions): NearbyPostcode[] {
  const origin = register.postcode(from);
  if (!origin?.point) return [];
  const o = origin.point;
  const fromNumber = Number(from);
  const found: (NearbyPostcode & { gap: number })[] = [];
  for (const code of register.codes) {
    const p = register.postcode(code) as Postcode;
    if (!p.point) continue;
    const km = distanceKm(o, p.point);
    if (km > options.radiusKm) continue;
    found.push({
      code,
      place: p.place,
      municipality: p.municipality.name,
      km,
      approximate: origin.precision !== 'postcode' || p.precision !== 'postcode',
      gap: Math.abs(Number(code) - fromNumber),
    });
  }
  found.sort((a, b) => a.km - b.km || a.gap - b.gap || a.code.localeCompare(b.code));
  return found.slice(0, options.limit ?? found.length).map(({ gap: _gap, ...rest }) => rest);
}

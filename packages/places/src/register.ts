// The shipped register, loaded once per process (server only: it holds ~200 kB of data the SPAs must not bundle).
// The JSON is imported rather than read from disk so the server's bundle carries it; the dynamic import keeps it
// out of memory until the first place search.
import { createPlaceIndex, type PlaceIndex } from './place-index.js';
import { createPlaceRegister, type PlaceRegister } from './place-register.js';
import type { RegisterData } from './register-data.js';

let register: Promise<PlaceRegister> | undefined;
let index: Promise<PlaceIndex> | undefined;

/** The register of data/postcodes.json (see its README for sources and date). */
export function loadPlaceRegister(): Promise<PlaceRegister> {
  register ??= import('../data/postcodes.json', { with: { type: 'json' } }).then((m) =>
    createPlaceRegister(m.default as RegisterData),
  );
  return register;
}

/**
 * The name index over the shipped register, built once. Callers with extra names (districts from clinics'
 * addresses) build their own with `createPlaceIndex(await loadPlaceRegister(), { extraNames })`.
 */
export function loadPlaceIndex(): Promise<PlaceIndex> {
  index ??= loadPlaceRegister().then((r) => createPlaceIndex(r));
  return index;
}

// The names a place search can mean — poststeds, municipalities, counties and any extra names the caller knows (a
// clinic's district) — each folded once, with the postcodes it stands for.
import { fold } from './normalize.js';
import type { PlaceRegister } from './place-register.js';

export type PlaceKind = 'poststed' | 'municipality' | 'county' | 'district';

export interface PlaceName {
  /** The folded name this entry is found by. */
  key: string;
  words: readonly string[];
  kind: PlaceKind;
  /** The name to show, e.g. «Herøy». */
  label: string;
  /** What tells two equal labels apart, e.g. the county «Nordland» for Herøy, or the municipality for a poststed. */
  qualifier: string | null;
  /** Identity of the place (two keys of one place, «Karasjok» and «Karasjohka Karasjok», share it). */
  id: string;
  /** Sorted. */
  postcodes: readonly string[];
}

/**
 * A name the register does not have, mapped to postcodes by the caller: Oslo's districts and neighbourhoods
 * («Majorstuen») are not in Bring's register, but a clinic's address or an operator's list may name them.
 */
export interface ExtraPlaceName {
  name: string;
  postcodes: readonly string[];
  qualifier?: string;
}

export interface PlaceIndex {
  register: PlaceRegister;
  names: readonly PlaceName[];
}

export function createPlaceIndex(
  register: PlaceRegister,
  options: { extraNames?: readonly ExtraPlaceName[] } = {},
): PlaceIndex {
  const names: PlaceName[] = [];
  const seen = new Set<string>();
  const add = (name: string, entry: Omit<PlaceName, 'key' | 'words'>) => {
    const key = fold(name);
    if (key === '' || seen.has(`${entry.id} ${key}`)) return;
    seen.add(`${entry.id} ${key}`);
    names.push({ ...entry, key, words: key.split(' ') });
  };

  const poststeds = new Map<string, { label: string; codes: string[]; municipalities: Set<string> }>();
  for (const code of register.codes) {
    const p = register.postcode(code)!;
    const key = fold(p.place);
    const entry = poststeds.get(key) ?? { label: p.place, codes: [], municipalities: new Set<string>() };
    entry.codes.push(code);
    entry.municipalities.add(p.municipality.name);
    poststeds.set(key, entry);
  }
  for (const [key, p] of poststeds) {
    add(p.label, {
      kind: 'poststed',
      label: p.label,
      qualifier: [...p.municipalities].join(', '),
      id: `poststed:${key}`,
      postcodes: p.codes,
    });
  }

  for (const m of register.municipalities) {
    const entry = {
      kind: 'municipality' as const,
      label: m.name,
      qualifier: m.county?.name ?? null,
      id: `municipality:${m.key}`,
      postcodes: m.postcodes,
    };
    add(m.name, entry);
    for (const other of m.otherNames) add(other, entry);
  }

  for (const c of register.counties) {
    const postcodes = register
      .municipalitiesOf(c.number)
      .flatMap((m) => m.postcodes)
      .sort();
    const entry = { kind: 'county' as const, label: c.name, qualifier: null, id: `county:${c.number}`, postcodes };
    add(c.name, entry);
    for (const other of c.otherNames) add(other, entry);
  }

  // Several sources may name one district with different postcodes: one entry with all of them.
  const districts = new Map<string, { name: string; qualifier: string | null; postcodes: Set<string> }>();
  for (const extra of options.extraNames ?? []) {
    const id = `district:${fold(extra.name)}:${fold(extra.qualifier ?? '')}`;
    const entry = districts.get(id) ?? {
      name: extra.name,
      qualifier: extra.qualifier ?? null,
      postcodes: new Set<string>(),
    };
    for (const code of extra.postcodes) if (register.postcode(code)) entry.postcodes.add(code);
    districts.set(id, entry);
  }
  for (const [id, d] of districts) {
    if (d.postcodes.size === 0) continue;
    add(d.name, { kind: 'district', label: d.name, qualifier: d.qualifier, id, postcodes: [...d.postcodes].sort() });
  }

  return { register, names };
}

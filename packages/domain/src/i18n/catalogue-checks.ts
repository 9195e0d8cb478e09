// What every catalogue's test checks (the shared one, each SPA's, the refusals): the same keys in both languages, no
// text empty, each text well-formed, the same values in both, and no key of one part hiding another's when merged.
import { messageArguments } from './message-format.js';
import type { Catalogue, Catalogues } from './translator.js';

export interface CatalogueCheckOptions {
  /** Keys whose English text may equal the Bokmål one (a name, a code, a symbol). */
  sameInBoth?: readonly string[];
}

/** Every problem found, as a line naming the key; none is the answer a test expects. */
export function catalogueProblems(
  parts: Readonly<Record<string, Catalogues<Catalogue>>>,
  options: CatalogueCheckOptions = {},
): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const same = new Set(options.sameInBoth ?? []);
  for (const [part, { nb, en }] of Object.entries(parts)) {
    const enKeys = new Set(Object.keys(en));
    for (const key of Object.keys(nb)) {
      const where = `${part}: ${key}`;
      const other = owner.get(key);
      if (other) problems.push(`${where}: also in ${other}`);
      owner.set(key, part);
      const [n, e] = [nb[key]!, (en as Record<string, string>)[key]];
      if (e === undefined) {
        problems.push(`${where}: no English text`);
        continue;
      }
      if (!n.trim() || !e.trim()) problems.push(`${where}: empty`);
      if (n === e && !same.has(key)) problems.push(`${where}: the English text is the Bokmål one`);
      try {
        const [a, b] = [[...messageArguments(n).keys()].sort(), [...messageArguments(e).keys()].sort()];
        if (a.join() !== b.join())
          problems.push(`${where}: values {${a.join(', ')}} in Bokmål, {${b.join(', ')}} in English`);
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
      }
      enKeys.delete(key);
    }
    for (const key of enKeys) problems.push(`${part}: ${key}: English only`);
  }
  return problems;
}

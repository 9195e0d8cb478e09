// Measures how deeply a JSON text nests arrays and objects without parsing it, so a body nested thousands of levels
// deep is refused before JSON.parse, superjson and zod recurse through it (each recursion level costs stack).

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the text opens more than `max` arrays or objects inside each other. One pass, no allocation; brackets
 * inside strings do not count. The bytes of a UTF-8 Buffer can be scanned directly: every byte of a multi-byte
 * character is ≥ 0x80, so none of them is mistaken for a bracket, a quote or a backslash.
 */
export function jsonDepthExceeds(json: string | Uint8Array, max: number): boolean {
  const at = typeof json === 'string' ? (i: number) => json.charCodeAt(i) : (i: number) => json[i]!;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

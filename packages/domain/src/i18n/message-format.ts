// The product's message format: a small, well-defined part of ICU MessageFormat, formatted with the platform's
// Intl.PluralRules (so "1 time", "2 timer" follow CLDR's rules for Bokmål and English). Pure, safe in a browser.
//
//   {name}                                  a value, as written (numbers with String())
//   {count, plural, one {# time} other {# timer}}   plural by CLDR category; `=0 {…}` matches exactly; `#` is the number
//   {kind, select, past {…} other {…}}      a choice by value, `other` when none matches
//
// Branches may hold further arguments. There is no quoting: a message never contains a literal brace.
import type { Locale } from '../auth.js';

export type MessageValue = string | number;
export type MessageValues = Readonly<Record<string, MessageValue>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; branches: Record<string, Part[]> };

const parsed = new Map<string, Part[]>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

class MessageSyntaxError extends Error {
  constructor(message: string, source: string) {
    super(`${message} in message «${source}»`);
    this.name = 'MessageSyntaxError';
  }
}

/** Reads `source` from `start` up to the closing brace at depth 0 (or the end at the top level). */
function parseParts(source: string, start: number, nested: boolean, inPlural: boolean): [Part[], number] {
  const parts: Part[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '}') {
      if (!nested) throw new MessageSyntaxError('Unmatched }', source);
      flush();
      return [parts, i + 1];
    }
    if (c === '#' && inPlural) {
      flush();
      parts.push({ kind: 'pound' });
      i += 1;
      continue;
    }
    if (c !== '{') {
      text += c;
      i += 1;
      continue;
    }
    flush();
    const close = source.indexOf('}', i);
    const comma = source.indexOf(',', i);
    if (close < 0) throw new MessageSyntaxError('Unclosed {', source);
    if (comma < 0 || close < comma) {
      parts.push({ kind: 'value', name: source.slice(i + 1, close).trim() });
      i = close + 1;
      continue;
    }
    const name = source.slice(i + 1, comma).trim();
    const typeEnd = source.indexOf(',', comma + 1);
    if (typeEnd < 0) throw new MessageSyntaxError(`No branches for {${name}}`, source);
    const type = source.slice(comma + 1, typeEnd).trim();
    if (type !== 'plural' && type !== 'select') throw new MessageSyntaxError(`Unknown argument type ${type}`, source);
    const branches: Record<string, Part[]> = {};
    i = typeEnd + 1;
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i += 1;
      if (source[i] === '}') {
        i += 1;
        break;
      }
      const open = source.indexOf('{', i);
      if (open < 0) throw new MessageSyntaxError(`Unclosed {${name}, ${type}}`, source);
      const selector = source.slice(i, open).trim();
      if (!selector || /[\s}]/.test(selector)) throw new MessageSyntaxError(`Bad selector «${selector}»`, source);
      const [body, next] = parseParts(source, open + 1, true, type === 'plural' || inPlural);
      branches[selector] = body;
      i = next;
    }
    if (!branches.other) throw new MessageSyntaxError(`{${name}, ${type}} has no «other» branch`, source);
    parts.push({ kind: type, name, branches });
  }
  if (nested) throw new MessageSyntaxError('Unclosed {', source);
  flush();
  return [parts, i];
}

function parse(source: string): Part[] {
  let parts = parsed.get(source);
  if (!parts) parsed.set(source, (parts = parseParts(source, 0, false, false)[0]));
  return parts;
}

function render(parts: Part[], locale: Locale, values: MessageValues, count: number | null): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'pound':
        out += count === null ? '#' : String(count);
        break;
      case 'value':
        // A value the caller did not give stays visible as {name}: a bug is seen, not hidden.
        out += part.name in values ? String(values[part.name]) : `{${part.name}}`;
        break;
      case 'plural': {
        const n = Number(values[part.name]);
        const branch =
          part.branches[`=${n}`] ??
          (Number.isFinite(n) ? part.branches[rulesFor(locale).select(n)] : undefined) ??
          part.branches.other!;
        out += render(branch, locale, values, n);
        break;
      }
      case 'select': {
        const v = values[part.name];
        out += render(part.branches[String(v)] ?? part.branches.other!, locale, values, count);
        break;
      }
    }
  }
  return out;
}

/** Formats one message in `locale`; throws on a message that is not well-formed (caught by the catalogue tests). */
export function formatMessage(locale: Locale, message: string, values: MessageValues = {}): string {
  return render(parse(message), locale, values, null);
}

/** The names of the values a message takes, and whether each is a plural count: for tests across catalogues. */
export function messageArguments(message: string): Map<string, 'value' | 'plural' | 'select'> {
  const found = new Map<string, 'value' | 'plural' | 'select'>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === 'value') found.set(part.name, found.get(part.name) ?? 'value');
      if (part.kind === 'plural' || part.kind === 'select') {
        found.set(part.name, part.kind);
        Object.values(part.branches).forEach(walk);
      }
    }
  };
  walk(parse(message));
  return found;
}

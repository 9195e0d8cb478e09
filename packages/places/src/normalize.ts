// Folding text to a search key: what an agent types on a phone call (any case, with or without æ/ø/å, the old
// spellings aa/ae/oe) and what the register spells must land on the same key.

// Letters that Unicode does not decompose into a base letter and a mark. Sami letters included (đ, ŋ, ŧ).
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  ö: 'o',
  œ: 'o',
  æ: 'a',
  ä: 'a',
  ð: 'd',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  þ: 'th',
  ß: 'ss',
  ł: 'l',
};

// The transliterations Norwegians use without the letters æ, ø, å: Baerum, Tromsoe, Aalesund. Folding these
// digraphs on both sides makes «Baerum», «Bærum» and «Barum» one key. A real «ae» in a name folds the same way
// on both sides, so nothing is lost but a little precision.
const DIGRAPHS = /aa|ae|oe|ue/g;
const DIGRAPH_TO: Readonly<Record<string, string>> = { aa: 'a', ae: 'a', oe: 'o', ue: 'u' };

/** The search key of a text: lower case, letters without marks, æ→a, ø→o, å→a, digraphs folded, words separated by one space. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFD')) {
    const mapped = LETTERS[ch];
    if (mapped) out += mapped;
    else if (/\p{M}/u.test(ch)) continue;
    else if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
    else out += ' ';
  }
  return out
    .replace(DIGRAPHS, (d) => DIGRAPH_TO[d] ?? d)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a folded key (hyphens and other punctuation separate words). */
export function foldWords(text: string): string[] {
  const key = fold(text);
  return key === '' ? [] : key.split(' ');
}

// Small words that stay lower case inside Norwegian place names: «Mo i Rana», «Os i Østerdalen», «Leirvik i Sogn».
const SMALL_WORDS = new Set(['i', 'på', 'og', 'ved', 'under', 'over', 'av']);

/**
 * A register name in upper case («MO I RANA», «SØR-FRON») written as people write it («Mo i Rana», «Sør-Fron»). Used only
 * where the register gives no better spelling.
 */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(/(^|[-/.(])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase()),
    )
    .join(' ');
}

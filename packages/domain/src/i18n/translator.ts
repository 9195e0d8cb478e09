// The one translator of the product: a catalogue per language, Bokmål first; keys and values typed from the Bokmål
// texts. The shared UI, both SPAs and the server's command line make theirs with `createTranslator`.
import type { Locale } from '../auth.js';
import { formatMessage, type MessageValues } from './message-format.js';
import type { ArgsParam } from './message-args.js';

/** A catalogue: key → message. The Bokmål one is declared `as const`, so its texts are types. */
export type Catalogue = Readonly<Record<string, string>>;

/** The English (or any further) catalogue of a Bokmål one: the same keys, each a message. */
export type Translation<C extends Catalogue> = { readonly [K in keyof C]: string };

export interface Catalogues<C extends Catalogue> {
  nb: C;
  en: Translation<C>;
}

/** `t('booking.heading')`, `t('bookings.count', { count: 3 })`: in one language, checked at compile time. */
export type Translate<C extends Catalogue> = <K extends keyof C & string>(key: K, ...values: ArgsParam<C[K]>) => string;

export interface Translator<C extends Catalogue> {
  /** The message `key` in `locale`, its values filled in. */
  <K extends keyof C & string>(locale: Locale, key: K, ...values: ArgsParam<C[K]>): string;
  /** The same, bound to one language. */
  in(locale: Locale): Translate<C>;
  /** Whether `key` is a message of the catalogue, for keys made at run time (`error.${code}`). */
  has(key: string): key is keyof C & string;
  /** A key made at run time with values from the wire: null when the catalogue has no such message. */
  loose(locale: Locale, key: string, values?: MessageValues): string | null;
  readonly catalogues: Catalogues<C>;
}

export function createTranslator<C extends Catalogue>(catalogues: Catalogues<C>): Translator<C> {
  const byLocale = catalogues as unknown as Record<Locale, Record<string, string>>;
  const translate = (locale: Locale, key: string, values?: MessageValues) =>
    formatMessage(locale, byLocale[locale][key] ?? key, values);
  const bound = new Map<Locale, Translate<C>>();
  const translator = translate as unknown as Translator<C>;
  translator.in = (locale) => {
    let t = bound.get(locale);
    if (!t)
      bound.set(
        locale,
        (t = ((key: string, values?: MessageValues) => translate(locale, key, values)) as Translate<C>),
      );
    return t;
  };
  translator.has = (key): key is keyof C & string => Object.hasOwn(catalogues.nb, key);
  translator.loose = (locale, key, values) => (translator.has(key) ? translate(locale, key, values) : null);
  Object.defineProperty(translator, 'catalogues', { value: catalogues });
  return translator;
}

/** Two catalogues as one (a SPA's own beside the shared one); a key in both is a mistake the catalogue tests catch. */
export function mergeCatalogues<A extends Catalogue, B extends Catalogue>(
  a: Catalogues<A>,
  b: Catalogues<B>,
): Catalogues<A & B> {
  return {
    nb: { ...a.nb, ...b.nb },
    en: { ...a.en, ...b.en },
  };
}

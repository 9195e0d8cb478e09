// The shared catalogue's translator, and the hook that binds any catalogue's translator to the chosen language. Each
// SPA makes its own with `createTranslator(mergeCatalogues(sharedCatalogues, itsOwn))`: one implementation for all.
import { createTranslator, type Catalogue, type Translate as TranslateIn, type Translator } from '@bn/domain';
import { nb, type MessageKey } from './messages.nb.js';
import { en } from './messages.en.js';
import { useLocale } from './i18n-provider.js';

export type { MessageKey };
/** `t('signIn.email')` for the shared texts, in one language. */
export type Translate = TranslateIn<typeof nb>;

/** The texts both SPAs read, in both languages: merged into each SPA's catalogue. */
export const sharedCatalogues = { nb, en };
export const uiTranslator = createTranslator(sharedCatalogues);

/** A translator bound to the language chosen in the shared switch; the same function while the language stays. */
export function useTranslate<C extends Catalogue>(translator: Translator<C>): TranslateIn<C> {
  const { locale } = useLocale();
  return translator.in(locale);
}

/** `t('signIn.email')` → «E-post» or "Email", in the current language. */
export function useT(): Translate {
  return useTranslate(uiTranslator);
}

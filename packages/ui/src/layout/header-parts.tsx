// Small pieces every header uses: the skip link, the product name and the language switch.
import type { MouseEvent } from 'react';
import { LOCALES, type Locale } from '@bn/domain';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { useSpa } from '../spa/spa-context.js';
import { isLocale } from '../i18n/locale.js';

export const MAIN_ID = 'main';

/** First thing in the tab order: jumps past header and menu. Moves focus itself, so the router never sees a hash. */
export function SkipLink() {
  const t = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {t('shell.skipToContent')}
    </a>
  );
}

export function Brand() {
  const t = useT();
  const { name } = useSpa();
  return (
    <span className="brand">
      <span className="brand-product">{t('app.productName')}</span>
      <span className="brand-app">{t(name === 'admin' ? 'app.admin.name' : 'app.agent.name')}</span>
    </span>
  );
}

/** Each language is named in itself, so a reader finds their own whatever the current language is. */
const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Norsk (bokmål)', en: 'English' };

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

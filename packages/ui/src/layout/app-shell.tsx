// The signed-in frame: skip link, header (product, who is signed in, language, sign out), menu and main.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ROLE_LABELS } from '@bn/domain';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { useSessionUser } from '../auth/session-context.js';
import { SignOutButton } from '../auth/sign-out-button.js';
import { AppNav, type NavItem } from './app-nav.js';
import { Brand, LanguageSwitch, MAIN_ID, SkipLink } from './header-parts.js';

export interface AppShellProps {
  nav: readonly NavItem[];
  /** Shown next to the product name, e.g. the agent's insurer. */
  context?: ReactNode;
  children: ReactNode;
}

export function AppShell({ nav, context, children }: AppShellProps) {
  const t = useT();
  const { locale } = useLocale();
  const user = useSessionUser();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After moving to another page, put focus at the start of the new content, as a full page load would.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
        <Brand />
        {context && <div className="header-context">{context}</div>}
        <div className="header-tools">
          <p className="user">
            <span className="visually-hidden">{t('shell.signedInAs')} </span>
            <span className="user-name">{user.name}</span>
            <span className="visually-hidden">, </span>
            <span className="user-role">{ROLE_LABELS[user.role][locale]}</span>
          </p>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </header>
      {nav.length > 0 && <AppNav items={nav} />}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}

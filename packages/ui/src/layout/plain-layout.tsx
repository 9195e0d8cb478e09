// The frame for screens without a signed-in user of this app: sign-in, wrong app, first load.
import type { ReactNode } from 'react';
import { Brand, LanguageSwitch, MAIN_ID, SkipLink } from './header-parts.js';

export function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <div className="plain-layout">
      <SkipLink />
      <header className="app-header">
        <Brand />
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="plain-main">
        {children}
      </main>
    </div>
  );
}

// Which SPA this is (admin or agent) and which roles belong in it; everything shared reads it from here.
import { createContext, StrictMode, useContext, type ReactNode } from 'react';
import type { Role } from '@bn/domain';
import { ApiProvider } from '../api/api-provider.js';
import { I18nProvider } from '../i18n/i18n-provider.js';

export type SpaName = 'admin' | 'agent';

export interface SpaConfig {
  name: SpaName;
  /** Roles that work in this SPA (`ADMIN_ROLES` or `AGENT_ROLES`); others are sent to the other app. */
  allowedRoles: readonly Role[];
}

/** Where the other SPA lives, for users who signed in to the wrong one. */
export const OTHER_SPA_PATH: Record<SpaName, string> = { admin: '/agent/', agent: '/admin/' };

const SpaContext = createContext<SpaConfig | null>(null);

export function useSpa(): SpaConfig {
  const spa = useContext(SpaContext);
  if (!spa) throw new Error('useSpa must be used inside <SpaProviders>');
  return spa;
}

/** Everything an SPA needs around its router: which app it is, the language, and the API client. */
export function SpaProviders({ config, children }: { config: SpaConfig; children: ReactNode }) {
  return (
    <StrictMode>
      <SpaContext value={config}>
        <I18nProvider>
          <ApiProvider>{children}</ApiProvider>
        </I18nProvider>
      </SpaContext>
    </StrictMode>
  );
}

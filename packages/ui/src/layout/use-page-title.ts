import { useEffect } from 'react';
import { useT } from '../i18n/translate.js';
import { useSpa } from '../spa/spa-context.js';

/** Sets `<title>` to "Page – app title", or just the app title without a page (the sign-in page). */
export function usePageTitle(page: string | null): void {
  const t = useT();
  const { name } = useSpa();
  const appTitle = t(name === 'admin' ? 'app.admin.title' : 'app.agent.title');
  useEffect(() => {
    document.title = page ? `${page} – ${appTitle}` : appTitle;
  }, [page, appTitle]);
}

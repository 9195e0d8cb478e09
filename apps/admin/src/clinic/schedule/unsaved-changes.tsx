// A warning before unsaved changes of the schedule's editors (a week template, the work plan) are lost: leaving for
// another section or book asks first in a dialog, a reload or closing the tab gets the browser's own question. One
// router blocker for the page (React Router allows one at a time); each editor reports whether it holds changes.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ModalDialog } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

/** The schedule page's choice of book in the address (schedule-page.tsx). */
export const BOOK_PARAM = 'bok';

const Report = createContext<(part: string, dirty: boolean) => void>(() => {});

/** An editor says whether it holds unsaved changes; gone from the page, it holds none. */
export function useReportUnsaved(part: string, dirty: boolean): void {
  const report = useContext(Report);
  useEffect(() => {
    report(part, dirty);
    return () => report(part, false);
  }, [report, part, dirty]);
}

export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const t = useAdminT();
  const [parts, setParts] = useState<Record<string, boolean>>({});
  const report = useCallback(
    (part: string, dirty: boolean) => setParts((p) => (Boolean(p[part]) === dirty ? p : { ...p, [part]: dirty })),
    [],
  );
  const dirty = useMemo(() => Object.values(parts).some(Boolean), [parts]);
  // Another section or another book loses the editors; opening or closing a form (`?rediger=`) does not.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname ||
        new URLSearchParams(currentLocation.search).get(BOOK_PARAM) !==
          new URLSearchParams(nextLocation.search).get(BOOK_PARAM)),
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <Report.Provider value={report}>
      {children}
      {blocker.state === 'blocked' && (
        <ModalDialog labelledBy="unsaved-heading" onClose={() => blocker.reset()}>
          <h2 id="unsaved-heading">{t('unsaved.heading')}</h2>
          <p>{t('unsaved.text')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => blocker.reset()}>
              {t('unsaved.stay')}
            </button>
            <button type="button" className="button button-secondary button-danger" onClick={() => blocker.proceed()}>
              {t('unsaved.leave')}
            </button>
          </div>
        </ModalDialog>
      )}
    </Report.Provider>
  );
}

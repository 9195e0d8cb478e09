// The agent's keyboard shortcuts (shortcut-keys.ts) and their help overlay: a button in the header opens it, and so does
// «?». Each shortcut acts on what the page shows — the search form's first field, the first free time of the results
// or of a practitioner's week, the week's previous/next buttons — and says so in a status line when the page has none.
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ModalDialog } from '@bn/ui';
import { PATHS } from '../paths.js';
import { useAgentT, type AgentMessageKey } from '../i18n/agent-messages.js';
import { SHORTCUTS, shortcutFor, type KeyAction, type ShortcutAction } from './shortcut-keys.js';

/** The first free time on the page: the results' time links, or a practitioner's week. */
const FIRST_TIME = 'main [data-hit], main .week-time-at';
const WEEK_BUTTON = {
  nextWeek: 'main [data-shortcut="next-week"]',
  previousWeek: 'main [data-shortcut="previous-week"]',
};
const SEARCH_FIELD = 'main form[role="search"] select, main form[role="search"] input';

/** Focuses the element once it is on the page (after a navigation it takes a render or two); false if it never came. */
function focusWhenThere(selector: string, frames = 30): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = (left: number) => {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        resolve(true);
      } else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
      else resolve(false);
    };
    attempt(frames);
  });
}

const DESCRIPTIONS: Record<ShortcutAction, AgentMessageKey> = {
  search: 'shortcuts.search',
  firstTime: 'shortcuts.firstTime',
  nextWeek: 'shortcuts.nextWeek',
  previousWeek: 'shortcuts.previousWeek',
  bookings: 'shortcuts.bookings',
  help: 'shortcuts.help',
};

export function ShortcutsHelp() {
  const t = useAgentT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  // A note belongs to the page it was said on: kept with its address, shown only there.
  const [said, setSaid] = useState({ text: '', on: '' });
  const note = said.on === pathname ? said.text : '';

  const run = useCallback(
    (action: KeyAction) => {
      const setNote = (text: string) => setSaid({ text, on: pathname });
      setNote('');
      switch (action) {
        case 'search':
          if (pathname !== PATHS.search) void navigate(PATHS.search);
          void focusWhenThere(SEARCH_FIELD);
          return;
        case 'firstTime':
          void focusWhenThere(FIRST_TIME, 0).then((found) => found || setNote(t('shortcuts.none.firstTime')));
          return;
        case 'nextWeek':
        case 'previousWeek': {
          const button = document.querySelector<HTMLButtonElement>(WEEK_BUTTON[action]);
          if (button) button.click();
          else setNote(t('shortcuts.none.week'));
          return;
        }
        case 'bookings':
          void navigate(PATHS.bookings);
          return;
        case 'help':
          setHelpOpen(true);
          return;
        case 'leaveField':
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      }
    },
    [navigate, pathname, t],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal (this overview, or a confirmation) has the keyboard: its own keys only.
      if (document.querySelector('dialog[open]')) return;
      const action = shortcutFor({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        defaultPrevented: event.defaultPrevented,
        target: event.target instanceof HTMLElement ? event.target : null,
      });
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [run]);

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small shortcuts-button"
        aria-keyshortcuts="?"
        onClick={() => setHelpOpen(true)}
      >
        {t('shortcuts.button')} <kbd>?</kbd>
      </button>
      <p className="shortcut-note" role="status">
        {note}
      </p>
      {helpOpen && (
        <ModalDialog labelledBy="shortcuts-heading" onClose={() => setHelpOpen(false)}>
          <div className="shortcuts-dialog">
            <div className="dialog-head">
              <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
              <button type="button" className="button button-secondary button-small" onClick={() => setHelpOpen(false)}>
                {t('shortcuts.close')}
              </button>
            </div>
            <p className="muted">{t('shortcuts.intro')}</p>
            <dl className="shortcut-list">
              {SHORTCUTS.map((s) => (
                <div key={s.action}>
                  <dt>
                    <kbd>{s.keys[0]}</kbd>
                  </dt>
                  <dd>{t(DESCRIPTIONS[s.action])}</dd>
                </div>
              ))}
              <div>
                <dt>
                  <kbd>←</kbd> <kbd>→</kbd>
                </dt>
                <dd>{t('shortcuts.arrows')}</dd>
              </div>
              <div>
                <dt>
                  <kbd>Enter</kbd>
                </dt>
                <dd>{t('shortcuts.enter')}</dd>
              </div>
              <div>
                <dt>
                  <kbd>Esc</kbd>
                </dt>
                <dd>{t('shortcuts.escape')}</dd>
              </div>
            </dl>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

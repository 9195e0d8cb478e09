// The agent's keyboard shortcuts: which key does what, and when a key press is the agent typing rather than a shortcut.
// Kept free of React and the DOM's globals so the rules are unit-tested (shortcut-keys.test.ts).

export const SHORTCUTS = [
  { action: 'search', keys: ['/'] },
  { action: 'firstTime', keys: ['t'] },
  { action: 'nextWeek', keys: ['n'] },
  { action: 'previousWeek', keys: ['f'] },
  { action: 'bookings', keys: ['b'] },
  { action: 'help', keys: ['?'] },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** Esc in a text field leaves it (the keyboard goes to the page), so the shortcuts work without reaching for the mouse. */
export type KeyAction = ShortcutAction | 'leaveField';

/** What the handler needs of a keydown event (a subset of KeyboardEvent, so a test can pass a plain object). */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  /** The element the key was pressed in. */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

/** Inputs whose keys are text; a checkbox, radio or button takes no letters, so shortcuts work from there. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password', 'date', 'time', '']);

function typingIn(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? '').toLowerCase());
}

/**
 * The shortcut a key press asks for, or null: never while the agent types in a field (there only Esc, which leaves
 * it), never with Ctrl, Alt or Cmd (the browser's and the screen reader's own keys), never when something on the page
 * has already handled the key. Shift is allowed, since «?» needs it on Norwegian and English keyboards.
 */
export function shortcutFor(press: KeyPress): KeyAction | null {
  if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey) return null;
  if (typingIn(press.target)) {
    // A select's Esc closes its list; a text field's has nothing else to do.
    return press.key === 'Escape' && press.target?.tagName?.toUpperCase() !== 'SELECT' ? 'leaveField' : null;
  }
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return SHORTCUTS.find((s) => (s.keys as readonly string[]).includes(key))?.action ?? null;
}

// English texts of the agent's keyboard shortcuts; the keys are exactly those of shortcuts.nb.ts.
import type { shortcutsNb } from './shortcuts.nb.js';

export const shortcutsEn: Record<keyof typeof shortcutsNb, string> = {
  'shortcuts.button': 'Keyboard shortcuts',
  'shortcuts.heading': 'Keyboard shortcuts',
  'shortcuts.intro': 'The keys work everywhere in the app, except while you type in a field: press Esc first.',
  'shortcuts.close': 'Close',
  'shortcuts.search': 'Go to the search (first field)',
  'shortcuts.firstTime': 'First free time on the page',
  'shortcuts.nextWeek': 'Next week, when a practitioner’s week is open',
  'shortcuts.previousWeek': 'Previous week, when a practitioner’s week is open',
  'shortcuts.bookings': 'My bookings',
  'shortcuts.help': 'This overview',
  'shortcuts.arrows': 'Change the week inside a practitioner’s week',
  'shortcuts.enter': 'Open the focused time or link, submit the form',
  'shortcuts.escape': 'Leave the field you type in (then the keys work), close this overview or a dialog',
  'shortcuts.none.firstTime': 'No free times on this page.',
  'shortcuts.none.week': 'Next and previous week are there when a practitioner’s week is open.',
};

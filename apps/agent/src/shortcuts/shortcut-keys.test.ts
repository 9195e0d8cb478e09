import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcut-keys.js';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  target: { tagName: 'BODY' },
  ...more,
});

describe('the agent’s shortcuts', () => {
  it('maps each key to its action, letters in either case', () => {
    expect(shortcutFor(press('/'))).toBe('search');
    expect(shortcutFor(press('t'))).toBe('firstTime');
    expect(shortcutFor(press('T'))).toBe('firstTime');
    expect(shortcutFor(press('n'))).toBe('nextWeek');
    expect(shortcutFor(press('f'))).toBe('previousWeek');
    expect(shortcutFor(press('b'))).toBe('bookings');
    expect(shortcutFor(press('?'))).toBe('help');
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('Enter'))).toBeNull();
  });

  it('leaves the keys alone while the agent types in a field', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'input', type: '' },
      { tagName: 'INPUT', type: 'email' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(shortcutFor(press('t', { target })), JSON.stringify(target)).toBeNull();
    }
    // Esc leaves a text field, so the next key is a shortcut; in a select it closes the list, as always.
    expect(shortcutFor(press('Escape', { target: { tagName: 'INPUT', type: 'text' } }))).toBe('leaveField');
    expect(shortcutFor(press('Escape', { target: { tagName: 'SELECT' } }))).toBeNull();
    expect(shortcutFor(press('Escape'))).toBeNull();
    // A checkbox or a link takes no letters: from there a key is a shortcut.
    expect(shortcutFor(press('t', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('firstTime');
    expect(shortcutFor(press('t', { target: { tagName: 'A' } }))).toBe('firstTime');
  });

  it('leaves the browser’s and the screen reader’s keys alone, and keys already handled', () => {
    expect(shortcutFor(press('f', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('t', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { defaultPrevented: true }))).toBeNull();
  });
});

// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, useLocale } from '../i18n/i18n-provider.js';
import { DateField } from './date-field.js';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

function Harness({ initial = '', english = false }: { initial?: string; english?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider>
      <Language english={english} />
      <DateField id="from" label="Fra dato" value={value} onChange={setValue} min="2026-01-01" />
      <output data-testid="value">{value}</output>
    </I18nProvider>
  );
}

function Language({ english }: { english: boolean }) {
  const { locale, setLocale } = useLocale();
  if (english && locale !== 'en') setLocale('en');
  return null;
}

const input = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Fra dato' });
const value = () => screen.getByTestId('value').textContent;
const focusedDay = () => document.activeElement?.getAttribute('data-date');

describe('DateField typed', () => {
  it('takes a long date while typing and gives the ISO value', () => {
    render(<Harness />);
    fireEvent.change(input(), { target: { value: '2.12.2026' } });
    expect(value()).toBe('2026-12-02');
  });

  it('reads a short form on leaving the field and writes it back as dd.mm.yyyy', () => {
    render(<Harness />);
    fireEvent.change(input(), { target: { value: '021226' } });
    expect(value()).toBe('');
    fireEvent.blur(input());
    expect(value()).toBe('2026-12-02');
    expect(input().value).toBe('02.12.2026');
  });

  it('says in Bokmål that a date that does not exist is not a date, and empties the value', () => {
    render(<Harness initial="2026-12-02" />);
    fireEvent.change(input(), { target: { value: '31.02.2026' } });
    fireEvent.blur(input());
    expect(value()).toBe('');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Skriv en dato som finnes/)).toBeTruthy();
  });

  it('says it in English when the UI is in English', () => {
    render(<Harness english />);
    fireEvent.change(input(), { target: { value: '12/31/2026' } });
    fireEvent.blur(input());
    expect(screen.getByText(/Enter a date that exists/)).toBeTruthy();
  });
});

describe('DateField calendar', () => {
  const open = () =>
    fireEvent.click(screen.getByRole('button', { name: /Velg dato i kalender|Choose date in calendar/ }));

  it('shows the month in Bokmål with Monday first and focuses the chosen day', () => {
    render(<Harness initial="2026-12-02" />);
    open();
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('h2')?.textContent).toBe('desember 2026');
    const headers = [...dialog.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers[0]).toMatch(/^man/);
    expect(headers[6]).toMatch(/^søn/);
    expect(focusedDay()).toBe('2026-12-02');
    expect(screen.getByRole('grid')).toBeTruthy();
  });

  it('follows the UI language', () => {
    render(<Harness initial="2026-12-02" english />);
    open();
    expect(screen.getByRole('dialog').querySelector('h2')?.textContent).toBe('December 2026');
    expect(screen.getByRole('dialog').querySelector('th')?.textContent).toBe('Mon');
  });

  it('moves with arrows and PageUp/PageDown, chooses with Enter and gives the focus back', () => {
    render(<Harness initial="2026-12-02" />);
    open();
    const grid = screen.getByRole('grid');
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(focusedDay()).toBe('2026-12-03');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(focusedDay()).toBe('2026-12-10');
    fireEvent.keyDown(grid, { key: 'ArrowLeft' });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(focusedDay()).toBe('2026-12-02');
    fireEvent.keyDown(grid, { key: 'PageDown' });
    expect(focusedDay()).toBe('2027-01-02');
    expect(screen.getByRole('dialog').querySelector('h2')?.textContent).toBe('januar 2027');
    fireEvent.keyDown(grid, { key: 'PageUp' });
    fireEvent.keyDown(grid, { key: 'PageUp' });
    expect(focusedDay()).toBe('2026-11-02');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(value()).toBe('2026-11-02');
    expect(input().value).toBe('02.11.2026');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement?.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('closes on Escape without choosing, and the focus goes back to its button', () => {
    render(<Harness initial="2026-12-02" />);
    open();
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(value()).toBe('2026-12-02');
    expect(document.activeElement?.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('does not move before the earliest allowed day', () => {
    render(<Harness initial="2026-01-02" />);
    open();
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'PageUp' });
    expect(focusedDay()).toBe('2026-01-01');
  });
});

// @vitest-environment happy-dom
// A refused save says each field's message once, beside its field; the summary by the button counts the fields to
// correct (not «Ugyldige data.» above the same sentences again) and lists only what no field of the form shows.
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider, useLocale } from '../i18n/i18n-provider.js';
import { EditForm, useFieldErrors } from './edit-form.js';
import { TextField } from './text-field.js';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** What a refused tRPC call carries (the server's error formatter). */
const refusal = (appCode: string, issues: { path: string[]; code: string; values?: object }[]) => ({
  data: { appCode, issues, values: {} },
});

function Harness({ error, english = false }: { error: unknown; english?: boolean }) {
  return (
    <I18nProvider>
      <Language english={english} />
      <Form error={error} />
    </I18nProvider>
  );
}

function Form({ error }: { error: unknown }) {
  const [name, setName] = useState('');
  const errors = useFieldErrors(error);
  return (
    <EditForm id="f" label="Ny behandler" error={error} pending={false} submitLabel="Lagre" onSubmit={() => {}}>
      <TextField id="f-name" label="Navn" value={name} onChange={setName} error={errors.name} />
    </EditForm>
  );
}

function Language({ english }: { english: boolean }) {
  const { locale, setLocale } = useLocale();
  if (english && locale !== 'en') setLocale('en');
  return null;
}

describe('a refused save', () => {
  it('says a field’s message once, beside the field, and the summary says one field must be corrected', () => {
    render(<Harness error={refusal('BAD_INPUT', [{ path: ['name'], code: 'required' }])} />);
    expect(screen.getAllByText('Fyll ut feltet.')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Navn' }).getAttribute('aria-describedby')).toContain('f-name-error');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Ett felt må rettes; meldingen står ved feltet.');
    expect(alert.textContent).not.toContain('Ugyldige data.');
    expect(alert.textContent).toContain('Ingenting er lagret.');
  });

  it('lists in the summary what no field of the form shows, under the refusal’s own sentence', () => {
    render(
      <Harness
        error={refusal('BAD_INPUT', [
          { path: ['name'], code: 'required' },
          { path: ['windows', '0', 'start'], code: 'text.control' },
        ])}
      />,
    );
    expect(screen.getAllByText('Fyll ut feltet.')).toHaveLength(1);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Ugyldige data.');
    expect(alert.textContent).toContain('Teksten inneholder et kontrolltegn som ikke kan lagres.');
    expect(alert.textContent).not.toContain('Fyll ut feltet.');
  });

  it('does the same in English', () => {
    render(<Harness english error={refusal('VALIDATION', [{ path: ['name'], code: 'required' }])} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('One field needs correcting; its message is beside it.');
    expect(screen.getAllByText(/^Fill in this field\.$/)).toHaveLength(1);
  });
});

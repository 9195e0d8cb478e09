import { describe, expect, it } from 'vitest';
import { tariffSchema } from '@bn/domain';
import { fieldErrorTexts, readApiError } from '../api/api-error.js';
import { checkedBy, missingChoices, schemaRefusal } from './local-error.js';

describe('a save refused in the browser', () => {
  it('is shaped like the server’s refusal: a choice not made, with the form’s own sentence', () => {
    expect(missingChoices([['bookId', '', 'Velg timebok.']])).toSatisfy((e) => e !== null);
    const info = readApiError(
      missingChoices([
        ['bookId', '', 'Velg timebok.'],
        ['typeId', 'x', 'Velg type.'],
      ]),
    );
    expect(info.appCode).toBe('VALIDATION');
    expect(fieldErrorTexts(info, 'nb')).toEqual({ bookId: 'Velg timebok.' });
    expect(missingChoices([['bookId', 'b1', 'Velg timebok.']])).toBeNull();
  });

  it('runs the server’s own schema, and words its issues as the server’s would be', () => {
    const tariff = { id: 't1', code: 'X100', name: '', kind: 'insurance', professions: [] };
    const info = readApiError(schemaRefusal(tariffSchema, tariff));
    expect(info.appCode).toBe('BAD_INPUT');
    expect(fieldErrorTexts(info, 'nb')).toEqual({
      name: 'Skriv inn navnet på taksten.',
      code: 'Bare B-takster (f.eks. B1011) kan brukes som forsikringstakst i nettverket.',
    });
    expect(fieldErrorTexts(info, 'en')).toEqual({
      name: 'Enter the name of the tariff.',
      code: 'Only B-codes (e.g. B1011) can be insurance tariffs in the network.',
    });
    expect(schemaRefusal(tariffSchema, { ...tariff, code: 'B1011', name: 'Fysio' })).toBeNull();
  });

  it('never sends a value the schema refuses', async () => {
    const sent: unknown[] = [];
    const options = checkedBy(tariffSchema, {
      mutationFn: (input: unknown) => {
        sent.push(input);
        return Promise.resolve('saved');
      },
    });
    await expect(options.mutationFn({ id: 't1', code: '', name: '', kind: 'own' })).rejects.toMatchObject({
      data: { appCode: 'BAD_INPUT' },
    });
    expect(sent).toEqual([]);
    const ok = { id: 't1', code: 'A3a', name: 'Behandling', kind: 'helfo', professions: [] };
    await expect(options.mutationFn(ok)).resolves.toBe('saved');
    expect(sent).toEqual([ok]);
  });
});

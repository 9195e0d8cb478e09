import { describe, expect, it } from 'vitest';
import { clearFormDraft, readFormDraft, saveFormDraft } from './form-draft.js';
import { EMPTY_PATIENT_FORM } from './patient-fields.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('the patient form draft', () => {
  it('keeps everything but the national id, per attempt, and forgets it when cleared', () => {
    const storage = memoryStorage();
    const values = { ...EMPTY_PATIENT_FORM, nationalId: '01819012365', name: 'Kari Nordmann', caseId: 'DEMO1' };
    saveFormDraft('a1', values, storage);
    expect([...storage.map.values()].join()).not.toContain('01819012365');
    expect(readFormDraft('a1', storage)).toEqual({ ...values, nationalId: '' });
    expect(readFormDraft('a2', storage)).toEqual(EMPTY_PATIENT_FORM);
    clearFormDraft('a1', storage);
    expect(readFormDraft('a1', storage)).toEqual(EMPTY_PATIENT_FORM);
  });

  it('reads a damaged draft as an empty form', () => {
    const storage = memoryStorage();
    storage.setItem('bn.booking.form.a1', '{not json');
    expect(readFormDraft('a1', storage)).toEqual(EMPTY_PATIENT_FORM);
    storage.setItem('bn.booking.form.a1', JSON.stringify({ name: 5, phone: '912' }));
    expect(readFormDraft('a1', storage)).toEqual({ ...EMPTY_PATIENT_FORM, phone: '912' });
  });
});

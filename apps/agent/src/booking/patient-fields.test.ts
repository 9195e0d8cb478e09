import { describe, expect, it } from 'vitest';
import { NATIONAL_ID_MESSAGES } from '@bn/domain';
import { agentText } from '../i18n/agent-messages.js';
import { checkPatientForm, EMPTY_PATIENT_FORM, serverFieldErrors, type PatientFormValues } from './patient-fields.js';

/** Nine digits and both check digits; K1 with the given remainder (0 classic, 1–3 from 2032). */
function withCheckDigits(nine: string, remainder = 0): string {
  for (let i = 0; i < 1000; i++) {
    const head = `${nine.slice(0, 6)}${String((Number(nine.slice(6)) + i) % 1000).padStart(3, '0')}`;
    const d = [...head].map(Number);
    const k1 = (((remainder - [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, j) => s + w * d[j]!, 0)) % 11) + 11) % 11;
    if (k1 === 10) continue;
    const k2raw = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, j) => s + w * [...d, k1][j]!, 0) % 11);
    if (k2raw === 10) continue;
    return `${head}${k1}${k2raw === 11 ? 0 : k2raw}`;
  }
  throw new Error('no number');
}

const valid: PatientFormValues = {
  ...EMPTY_PATIENT_FORM,
  nationalId: '02013299997',
  name: 'Kari Pasient',
  phone: '912 34 567',
};
const problemsOf = (values: Partial<PatientFormValues>) => {
  const result = checkPatientForm({ ...valid, ...values });
  return result.ok ? {} : result.problems;
};

describe('the booking form’s patient fields', () => {
  it('accepts a fødselsnummer, a D-number and a number under the 2032 rule, and sends what the server expects', () => {
    for (const nationalId of [
      '02013299997',
      '301 082 999 39',
      withCheckDigits('410190100'),
      withCheckDigits('150585100', 2),
    ]) {
      expect(checkPatientForm({ ...valid, nationalId }).ok, nationalId).toBe(true);
    }
    const result = checkPatientForm({
      ...valid,
      nationalId: '301 082 999 39',
      name: '  Kari Pasient ',
      email: ' Kari@Example.NO',
      caseId: ' 6qptr ',
      remark: ' Vondt i kneet ',
    });
    expect(result).toEqual({
      ok: true,
      payload: {
        patient: { nationalId: '30108299939', name: 'Kari Pasient', phone: '+4791234567', email: 'kari@example.no' },
        caseId: '6QPTR',
        patientRemark: 'Vondt i kneet',
      },
    });
  });

  it('says exactly what is wrong with a national identity number, in the domain’s own words', () => {
    expect(problemsOf({ nationalId: '' }).nationalId).toBe('nationalId.missing');
    expect(problemsOf({ nationalId: '0201329999' }).nationalId).toBe('nationalId.format');
    expect(problemsOf({ nationalId: '0201329999x' }).nationalId).toBe('nationalId.format');
    expect(problemsOf({ nationalId: '02013299998' }).nationalId).toBe('nationalId.check_digits');
    expect(problemsOf({ nationalId: withCheckDigits('320190100') }).nationalId).toBe('nationalId.date');
    // Individual numbers 500–749 were never issued for years 40–53.
    expect(problemsOf({ nationalId: withCheckDigits('010145600') }).nationalId).toBe('nationalId.individual_number');
    for (const problem of ['format', 'check_digits', 'date', 'individual_number'] as const) {
      expect(agentText('nb', `booking.patient.problem.nationalId.${problem}`)).toBe(NATIONAL_ID_MESSAGES[problem]);
      expect(agentText('en', `booking.patient.problem.nationalId.${problem}`)).not.toBe(NATIONAL_ID_MESSAGES[problem]);
    }
  });

  it('needs a name and at least one of phone and e-mail, and checks each one given', () => {
    expect(problemsOf({ name: ' K ' }).name).toBe('name.missing');
    expect(problemsOf({ name: 'x'.repeat(201) }).name).toBe('name.tooLong');
    expect(problemsOf({ phone: '', email: '' }).phone).toBe('contact.missing');
    expect(problemsOf({ phone: '', email: 'kari@example.no' })).toEqual({});
    expect(problemsOf({ phone: '12 34' }).phone).toBe('phone.invalid');
    expect(problemsOf({ phone: '+46 70 123 45 67' })).toEqual({});
    expect(problemsOf({ email: 'kari@' }).email).toBe('email.invalid');
  });

  it('takes an optional case id (SakID) with the domain’s rule, and limits the remark', () => {
    expect(problemsOf({ caseId: '' })).toEqual({});
    expect(problemsOf({ caseId: '6Q' }).caseId).toBe('caseId.invalid');
    expect(problemsOf({ caseId: '6QP-TR' }).caseId).toBe('caseId.invalid');
    expect(problemsOf({ remark: 'x'.repeat(1001) }).remark).toBe('remark.tooLong');
    const empty = checkPatientForm({ ...valid, caseId: '  ', remark: ' ' });
    expect(empty.ok && [empty.payload.caseId, empty.payload.patientRemark]).toEqual([null, null]);
  });

  it('places the server’s field messages next to the form’s fields', () => {
    expect(
      serverFieldErrors({
        'patient.nationalId': 'Fødselsnummeret har feil kontrollsiffer.',
        caseId: 'Ugyldig',
        patientRemark: 'For lang',
        holdId: 'x',
      }),
    ).toEqual({ nationalId: 'Fødselsnummeret har feil kontrollsiffer.', caseId: 'Ugyldig', remark: 'For lang' });
  });
});

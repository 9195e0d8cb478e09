import { describe, expect, it } from 'vitest';
import { BOOKING_TEXT_LIMITS, type Locale } from '@bn/domain';
import { fieldIssueText } from '@bn/ui';
import { checkPatientForm, EMPTY_PATIENT_FORM, fieldProblems, type PatientFormValues } from './patient-fields.js';

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
/** What the agent reads beside each refused field, in one language. */
const problemsOf = (values: Partial<PatientFormValues>, locale: Locale = 'nb') => {
  const result = checkPatientForm({ ...valid, ...values });
  if (result.ok) return {};
  return Object.fromEntries(Object.entries(result.problems).map(([f, issue]) => [f, fieldIssueText(issue, locale)]));
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

  it('says exactly what is wrong with a national identity number, in the words the server would use', () => {
    expect(problemsOf({ nationalId: '' }).nationalId).toBe('Skriv inn fødselsnummeret eller D-nummeret.');
    expect(problemsOf({ nationalId: '0201329999' }).nationalId).toBe('Fødselsnummeret må ha 11 siffer.');
    expect(problemsOf({ nationalId: '0201329999x' }).nationalId).toBe('Fødselsnummeret må ha 11 siffer.');
    expect(problemsOf({ nationalId: '02013299998' }).nationalId).toBe('Fødselsnummeret har feil kontrollsiffer.');
    expect(problemsOf({ nationalId: withCheckDigits('320190100') }).nationalId).toBe(
      'Fødselsnummeret har en ugyldig fødselsdato.',
    );
    // Individual numbers 500–749 were never issued for years 40–53.
    expect(problemsOf({ nationalId: withCheckDigits('010145600') }).nationalId).toBe(
      'Individnummeret passer ikke med fødselsåret.',
    );
    expect(problemsOf({ nationalId: '02013299998' }, 'en').nationalId).toBe(
      'The national identity number has wrong check digits.',
    );
  });

  it('needs a name and at least one of phone and e-mail, and checks each one given', () => {
    expect(problemsOf({ name: ' K ' }).name).toBe('Skriv inn pasientens navn.');
    // The limit is the booking schema's own: one character more is refused, with the limit in the sentence.
    const tooLong = 'x'.repeat(BOOKING_TEXT_LIMITS.patientName + 1);
    expect(problemsOf({ name: tooLong }).name).toBe(`Høyst ${BOOKING_TEXT_LIMITS.patientName} tegn.`);
    expect(problemsOf({ name: tooLong }, 'en').name).toBe(`At most ${BOOKING_TEXT_LIMITS.patientName} characters.`);
    expect(problemsOf({ name: 'x'.repeat(BOOKING_TEXT_LIMITS.patientName) })).toEqual({});
    expect(problemsOf({ phone: '', email: '' }).phone).toBe(
      'Oppgi telefonnummer eller e-postadresse, så pasienten får bekreftelsen.',
    );
    expect(problemsOf({ phone: '', email: '' }, 'en').phone).toBe(
      'Give a phone number or an e-mail address, so the patient gets the confirmation.',
    );
    expect(problemsOf({ phone: '', email: 'kari@example.no' })).toEqual({});
    expect(problemsOf({ phone: '12 34' }).phone).toBe(
      'Ugyldig telefonnummer. Skriv 8 siffer, eller landskode med + foran.',
    );
    expect(problemsOf({ phone: '+46 70 123 45 67' })).toEqual({});
    expect(problemsOf({ email: 'kari@' }).email).toBe('Ugyldig e-postadresse.');
  });

  it('takes an optional case id (SakID) with the domain’s rule, and limits the remark', () => {
    expect(problemsOf({ caseId: '' })).toEqual({});
    expect(problemsOf({ caseId: '6Q' }).caseId).toBe('SakID må være 3–20 bokstaver eller tall (for eksempel 6QPTR).');
    expect(problemsOf({ caseId: '6QP-TR' }, 'en').caseId).toBe(
      'The case id must be 3–20 letters or digits (for example 6QPTR).',
    );
    expect(problemsOf({ remark: 'x'.repeat(BOOKING_TEXT_LIMITS.patientRemark + 1) }).remark).toBe(
      `Høyst ${BOOKING_TEXT_LIMITS.patientRemark} tegn.`,
    );
    const empty = checkPatientForm({ ...valid, caseId: '  ', remark: ' ' });
    expect(empty.ok && [empty.payload.caseId, empty.payload.patientRemark]).toEqual([null, null]);
  });

  it('places the server’s field issues next to the form’s fields', () => {
    const nationalId = { path: ['patient', 'nationalId'], code: 'national_id.check_digits' } as const;
    const caseId = { path: ['caseId'], code: 'case_id.other_patient' } as const;
    const remark = { path: ['patientRemark'], code: 'too_long', values: { maximum: 1000 } } as const;
    expect(fieldProblems([nationalId, caseId, remark, { path: ['holdId'], code: 'id.format' }])).toEqual({
      nationalId,
      caseId,
      remark,
    });
  });
});

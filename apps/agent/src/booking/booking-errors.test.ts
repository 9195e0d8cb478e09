import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@bn/domain';
import { agentText } from '../i18n/agent-messages.js';
import { refusalFor, refusalKeepsHold } from './booking-errors.js';

const info = (appCode: string, message: string | null = null, fieldErrors: Record<string, string> = {}) => ({
  appCode,
  message,
  fieldErrors,
  httpStatus: 409,
});

describe('a refused hold or confirmation', () => {
  it('has its own sentence and ways forward per server code', () => {
    expect(refusalFor('hold', info('SLOT_TAKEN', ERROR_CODES.SLOT_TAKEN.nb))).toEqual({
      code: 'SLOT_TAKEN',
      messageKey: 'booking.refused.hold.SLOT_TAKEN',
      detail: null,
      steps: ['search'],
    });
    expect(refusalFor('confirm', info('HOLD_EXPIRED', ERROR_CODES.HOLD_EXPIRED.nb)).steps).toEqual([
      'holdAgain',
      'search',
    ]);
    expect(refusalFor('confirm', info('HOLD_NOT_FOUND')).steps).toEqual(['holdAgain', 'search']);
    expect(refusalFor('confirm', info('VALIDATION')).steps).toEqual(['fix', 'search']);
    expect(refusalFor('confirm', info('NETWORK')).steps).toEqual(['retry', 'search']);
    expect(refusalFor('confirm', info('IDEMPOTENCY_KEY_REUSED')).steps).toEqual(['mine', 'search']);
    expect(agentText('nb', refusalFor('confirm', info('SLOT_TAKEN')).messageKey)).toMatch(/tatt av noen andre/);
  });

  it('names the real reason a hold is refused: too soon, too far ahead, no slot at that time — never "taken"', () => {
    for (const code of ['TOO_SOON', 'OUTSIDE_HORIZON', 'NOT_ON_GRID']) {
      const refusal = refusalFor('hold', info(code, ERROR_CODES[code as keyof typeof ERROR_CODES].nb));
      expect(refusal).toMatchObject({ code, messageKey: `booking.refused.hold.${code}`, steps: ['search'] });
      expect(agentText('nb', refusal.messageKey)).not.toMatch(/tatt av noen andre/);
      expect(agentText('en', refusal.messageKey)).not.toMatch(/taken/);
    }
    expect(agentText('nb', 'booking.refused.hold.OUTSIDE_HORIZON')).toMatch(/lenger fram i tid/);
  });

  it('keeps the countdown only where the hold still stands', () => {
    const keeps = (code: string) => refusalKeepsHold(refusalFor('confirm', info(code)));
    expect(
      ['VALIDATION', 'BAD_INPUT', 'INVALID_NATIONAL_ID', 'MAX_SELF_BOOKED', 'NETWORK', 'INTERNAL'].filter(keeps),
    ).toHaveLength(6);
    expect(
      ['SLOT_TAKEN', 'NOT_BOOKABLE', 'HOLD_EXPIRED', 'HOLD_NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'FORBIDDEN'].filter(
        keeps,
      ),
    ).toEqual([]);
  });

  it('adds the server’s own sentence only when it says more than the code’s standard text', () => {
    const notice = 'Timen må bestilles senest 01.12.2026 10:00 (minste varsel).';
    expect(refusalFor('hold', info('NOT_BOOKABLE', notice)).detail).toBe(notice);
    expect(refusalFor('hold', info('NOT_BOOKABLE', ERROR_CODES.NOT_BOOKABLE.nb)).detail).toBeNull();
    expect(refusalFor('confirm', info('BAD_INPUT', 'Ugyldige data.')).detail).toBeNull();
  });

  it('sends a case id that is another patient’s back to the case id field, with its own sentence', () => {
    const refusal = refusalFor(
      'confirm',
      info('CASE_ID_OTHER_PATIENT', ERROR_CODES.CASE_ID_OTHER_PATIENT.nb, {
        caseId: ERROR_CODES.CASE_ID_OTHER_PATIENT.nb,
      }),
    );
    expect(refusal).toEqual({
      code: 'CASE_ID_OTHER_PATIENT',
      messageKey: 'booking.refused.confirm.CASE_ID_OTHER_PATIENT',
      detail: null,
      steps: ['fix', 'search'],
      field: 'caseId',
    });
    expect(refusalKeepsHold(refusal)).toBe(true);
    expect(agentText('nb', refusal.messageKey)).toBe(
      'Denne SakID-en hører til en annen pasient hos forsikringsselskapet ditt. Sjekk SakID-en og fødselsnummeret – timen er ikke bestilt ennå.',
    );
    expect(agentText('en', refusal.messageKey)).toMatch(/belongs to another patient/);
  });

  it('falls back to the server’s sentence for a code it does not know', () => {
    expect(refusalFor('confirm', info('FORBIDDEN', 'Du har ikke tilgang til dette.'))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'booking.refused.confirm.other',
      detail: 'Du har ikke tilgang til dette.',
      steps: ['search'],
    });
  });
});

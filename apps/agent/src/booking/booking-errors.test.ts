import { describe, expect, it } from 'vitest';
import { wordError, type WireValues } from '@bn/domain';
import type { ApiErrorInfo, FieldIssue } from '@bn/ui';
import { agentTranslator } from '../i18n/agent-messages.js';
import { refusalFor, refusalKeepsHold } from './booking-errors.js';

const info = (appCode: string, values: WireValues = {}, issues: FieldIssue[] = []): ApiErrorInfo => ({
  appCode,
  values,
  issues,
  httpStatus: 409,
});
const nb = agentTranslator.in('nb');
const en = agentTranslator.in('en');

describe('a refused hold or confirmation', () => {
  it('has its own sentence and ways forward per server code', () => {
    expect(refusalFor('hold', info('SLOT_TAKEN'))).toEqual({
      code: 'SLOT_TAKEN',
      messageKey: 'booking.refused.hold.SLOT_TAKEN',
      detail: null,
      steps: ['search'],
    });
    expect(refusalFor('confirm', info('HOLD_EXPIRED')).steps).toEqual(['holdAgain', 'search']);
    expect(refusalFor('confirm', info('HOLD_NOT_FOUND')).steps).toEqual(['holdAgain', 'search']);
    expect(refusalFor('confirm', info('VALIDATION')).steps).toEqual(['fix', 'search']);
    expect(refusalFor('confirm', info('NETWORK')).steps).toEqual(['retry', 'search']);
    expect(refusalFor('confirm', info('IDEMPOTENCY_KEY_REUSED')).steps).toEqual(['mine', 'search']);
    expect(nb(refusalFor('confirm', info('SLOT_TAKEN')).messageKey)).toMatch(/tatt av noen andre/);
  });

  it('names the real reason a hold is refused: too soon, too far ahead, no slot at that time — never "taken"', () => {
    for (const code of ['TOO_SOON', 'OUTSIDE_HORIZON', 'NOT_ON_GRID']) {
      const refusal = refusalFor('hold', info(code));
      expect(refusal).toMatchObject({ code, messageKey: `booking.refused.hold.${code}`, steps: ['search'] });
      expect(nb(refusal.messageKey)).not.toMatch(/tatt av noen andre/);
      expect(en(refusal.messageKey)).not.toMatch(/taken/);
    }
    expect(nb('booking.refused.hold.OUTSIDE_HORIZON')).toMatch(/lenger fram i tid/);
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

  it('adds the reason’s own sentence, in the chosen language, only when it says more than the code’s standard text', () => {
    const earliest = new Date('2026-12-01T09:00:00Z');
    const soon = refusalFor('hold', info('TOO_SOON', { reason: 'min_notice', earliest }));
    expect(soon.detail).toEqual({ reason: 'min_notice', earliest });
    expect(wordError('nb', soon.code, soon.detail!)).toBe('Timer før 01.12.2026 10:00 ligger innenfor minste varsel.');
    expect(wordError('en', soon.code, soon.detail!)).toBe(
      'Times before 01.12.2026 10:00 are inside the minimum notice.',
    );
    expect(refusalFor('hold', info('NOT_BOOKABLE', { reason: 'not_offered' })).detail).toBeNull();
    expect(refusalFor('confirm', info('BAD_INPUT')).detail).toBeNull();
  });

  it('sends a case id that is another patient’s back to the case id field, with its own sentence', () => {
    const refusal = refusalFor(
      'confirm',
      info('CASE_ID_OTHER_PATIENT', {}, [{ path: ['caseId'], code: 'case_id.other_patient' }]),
    );
    expect(refusal).toEqual({
      code: 'CASE_ID_OTHER_PATIENT',
      messageKey: 'booking.refused.confirm.CASE_ID_OTHER_PATIENT',
      detail: null,
      steps: ['fix', 'search'],
      field: 'caseId',
    });
    expect(refusalKeepsHold(refusal)).toBe(true);
    expect(nb(refusal.messageKey)).toBe(
      'Denne SakID-en hører til en annen pasient hos forsikringsselskapet ditt. Sjekk SakID-en og fødselsnummeret – timen er ikke bestilt ennå.',
    );
    expect(en(refusal.messageKey)).toMatch(/belongs to another patient/);
  });

  it('falls back to the code’s shared sentence for a code it does not know', () => {
    const refusal = refusalFor('confirm', info('FORBIDDEN'));
    expect(refusal).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'booking.refused.confirm.other',
      detail: {},
      steps: ['search'],
    });
    expect(wordError('nb', refusal.code, refusal.detail!)).toBe('Du har ikke tilgang til dette.');
    expect(wordError('en', refusal.code, refusal.detail!)).toBe('You do not have access to this.');
  });
});

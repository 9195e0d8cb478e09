import { describe, expect, it } from 'vitest';
import { wordError, type WireValues } from '@bn/domain';
import type { ApiErrorInfo } from '@bn/ui';
import { agentTranslator } from '../i18n/agent-messages.js';
import { moveRefusalFor, refusalStalesTimes } from './move-errors.js';

const info = (appCode: string, values: WireValues = {}): ApiErrorInfo => ({
  appCode,
  values,
  issues: [],
  httpStatus: 409,
});

describe('a refused move', () => {
  it('says the time was taken, with no repeat of the code’s standard sentence, and lets the agent pick another', () => {
    const r = moveRefusalFor(info('SLOT_TAKEN'));
    expect(r).toEqual({
      code: 'SLOT_TAKEN',
      messageKey: 'move.refused.SLOT_TAKEN',
      detail: null,
      steps: ['pickAnother', 'mine'],
    });
    expect(agentTranslator('nb', r.messageKey)).toMatch(/tatt av noen andre/);
    expect(refusalStalesTimes(r.code)).toBe(true);
  });

  it('after the deadline: our sentence plus the reason’s with the deadline itself, in either language', () => {
    const values = { reason: 'cancellation_deadline_passed', deadline: new Date('2026-03-11T09:00:00Z'), hours: 24 };
    const r = moveRefusalFor(info('CANCELLATION_DEADLINE_PASSED', values));
    expect(r).toEqual({
      code: 'CANCELLATION_DEADLINE_PASSED',
      messageKey: 'move.refused.CANCELLATION_DEADLINE_PASSED',
      detail: values,
      steps: ['mine'],
    });
    expect(wordError('nb', r.code, r.detail!)).toBe(
      'Fristen for å avbestille på nett var 11.03.2026 10:00 (24 timer før timen). Kontakt klinikken.',
    );
    expect(wordError('en', r.code, r.detail!)).toBe(
      'The deadline for cancelling online was 11.03.2026 10:00 (24 hours before). Contact the clinic.',
    );
    expect(refusalStalesTimes(r.code)).toBe(false);
  });

  it('a lost answer may be retried: the same key moves once', () => {
    expect(moveRefusalFor(info('NETWORK')).steps).toEqual(['retry', 'mine']);
    expect(agentTranslator('nb', 'move.refused.NETWORK')).toMatch(/bare én gang/);
  });

  it('a code without its own sentence shows the code’s shared one', () => {
    const r = moveRefusalFor(info('FORBIDDEN'));
    expect(r).toEqual({ code: 'FORBIDDEN', messageKey: 'move.refused.other', detail: {}, steps: ['mine'] });
    expect(wordError('nb', r.code, r.detail!)).toBe('Du har ikke tilgang til dette.');
  });
});

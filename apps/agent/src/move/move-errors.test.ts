import { describe, expect, it } from 'vitest';
import type { ApiErrorInfo } from '@bn/ui';
import { agentText } from '../i18n/agent-messages.js';
import { moveRefusalFor, refusalStalesTimes } from './move-errors.js';

const info = (appCode: string, message: string | null = null): ApiErrorInfo => ({
  appCode,
  message,
  fieldErrors: {},
  httpStatus: 409,
});

describe('a refused move', () => {
  it('says the time was taken, with no repeat of the server’s standard sentence, and lets the agent pick another', () => {
    const r = moveRefusalFor(info('SLOT_TAKEN', 'Timen er nettopp tatt av noen andre. Velg en annen tid.'));
    expect(r).toEqual({
      code: 'SLOT_TAKEN',
      messageKey: 'move.refused.SLOT_TAKEN',
      detail: null,
      steps: ['pickAnother', 'mine'],
    });
    expect(agentText('nb', r.messageKey)).toMatch(/tatt av noen andre/);
    expect(refusalStalesTimes(r.code)).toBe(true);
  });

  it('after the deadline: our sentence plus the server’s with the deadline itself, and only the way back', () => {
    const server = 'Fristen for å avbestille på nett var 11.03.2026 10:00 (24 timer før timen). Kontakt klinikken.';
    const r = moveRefusalFor(info('CANCELLATION_DEADLINE_PASSED', server));
    expect(r).toEqual({
      code: 'CANCELLATION_DEADLINE_PASSED',
      messageKey: 'move.refused.CANCELLATION_DEADLINE_PASSED',
      detail: server,
      steps: ['mine'],
    });
    expect(refusalStalesTimes(r.code)).toBe(false);
  });

  it('a lost answer may be retried: the same key moves once', () => {
    expect(moveRefusalFor(info('NETWORK')).steps).toEqual(['retry', 'mine']);
    expect(agentText('nb', 'move.refused.NETWORK')).toMatch(/bare én gang/);
  });

  it('a code without its own sentence shows the server’s', () => {
    expect(moveRefusalFor(info('FORBIDDEN', 'Du har ikke tilgang til dette.'))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'move.refused.other',
      detail: 'Du har ikke tilgang til dette.',
      steps: ['mine'],
    });
  });
});

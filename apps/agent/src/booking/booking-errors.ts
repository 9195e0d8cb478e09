// What the agent is told when the server refuses a hold or a confirmation, and which ways forward make sense: a
// sentence per code (both languages, in the agent's messages) plus, when the code's reason says more (minimum notice
// with its date, the patient's limit …), that reason's sentence with its values (the shared refusal sentences).
import { hasSpecificWording, type WireValues } from '@bn/domain';
import type { ApiErrorInfo } from '@bn/ui';
import { isAgentMessageKey, type AgentMessageKey } from '../i18n/agent-messages.js';
import type { PatientField } from './patient-fields.js';

/** Ways forward from a refusal, in the order the buttons are shown. */
export type NextStep = 'retry' | 'holdAgain' | 'fix' | 'mine' | 'search';

export type Stage = 'hold' | 'confirm';

export interface Refusal {
  code: string;
  messageKey: AgentMessageKey;
  /**
   * The refusal's values when its reason says more than the code's standard text: shown as `wordError(locale, code,
   * detail)`, in the chosen language.
   */
  detail: WireValues | null;
  steps: NextStep[];
  /** The form field the refusal is about: the agent goes back to the form with the sentence beside that field. */
  field?: PatientField;
}

const STEPS: Record<Stage, Record<string, NextStep[]>> = {
  hold: {
    SLOT_TAKEN: ['search'],
    NOT_BOOKABLE: ['search'],
    TOO_SOON: ['search'],
    OUTSIDE_HORIZON: ['search'],
    NOT_ON_GRID: ['search'],
    NETWORK: ['retry', 'search'],
    INTERNAL: ['retry', 'search'],
    UNAVAILABLE: ['retry', 'search'],
  },
  confirm: {
    SLOT_TAKEN: ['search'],
    NOT_BOOKABLE: ['search'],
    HOLD_EXPIRED: ['holdAgain', 'search'],
    HOLD_NOT_FOUND: ['holdAgain', 'search'],
    VALIDATION: ['fix', 'search'],
    BAD_INPUT: ['fix', 'search'],
    INVALID_NATIONAL_ID: ['fix', 'search'],
    MAX_SELF_BOOKED: ['fix', 'search'],
    CASE_ID_OTHER_PATIENT: ['fix', 'search'],
    IDEMPOTENCY_KEY_REUSED: ['mine', 'search'],
    // The same idempotency key goes with the retry, so trying again never books twice.
    NETWORK: ['retry', 'search'],
    INTERNAL: ['retry', 'search'],
    UNAVAILABLE: ['retry', 'search'],
  },
};

/** Refusals about one field of the patient form; the hold still stands, so only that field needs fixing. */
const FIELD_OF: Record<string, PatientField> = { CASE_ID_OTHER_PATIENT: 'caseId' };

export function refusalFor(stage: Stage, info: ApiErrorInfo): Refusal {
  const steps = STEPS[stage][info.appCode];
  const key = `booking.refused.${stage}.${info.appCode}`;
  if (steps && isAgentMessageKey(key)) {
    // Field issues (BAD_INPUT, VALIDATION) are shown next to their fields instead.
    const specific = hasSpecificWording(info.appCode, info.values) ? info.values : null;
    const field = stage === 'confirm' ? FIELD_OF[info.appCode] : undefined;
    return { code: info.appCode, messageKey: key, detail: field ? null : specific, steps, ...(field ? { field } : {}) };
  }
  // A code this page has no sentence for: the code's shared sentence, and the way back.
  return { code: info.appCode, messageKey: `booking.refused.${stage}.other`, detail: info.values, steps: ['search'] };
}

/** A refused confirmation after which the hold still stands: the agent fixes the details or tries again. */
export function refusalKeepsHold(refusal: Refusal): boolean {
  return refusal.steps.includes('fix') || refusal.steps.includes('retry');
}

// What the agent is told when booking.move is refused, and the ways forward: a sentence per server code (both
// languages) saying that the booking stayed where it was, plus the reason's own sentence with its values when it says
// more (the deadline with its date and time, the minimum notice …), in the chosen language.
import { hasSpecificWording, type WireValues } from '@bn/domain';
import type { ApiErrorInfo } from '@bn/ui';
import { isAgentMessageKey, type AgentMessageKey } from '../i18n/agent-messages.js';

/** Ways forward, in the order the buttons are shown. */
export type MoveStep = 'retry' | 'pickAnother' | 'mine';

export interface MoveRefusal {
  code: string;
  messageKey: AgentMessageKey;
  /** The refusal's values when its reason says more: shown as `wordError(locale, code, detail)`. */
  detail: WireValues | null;
  steps: MoveStep[];
}

const STEPS: Record<string, MoveStep[]> = {
  SLOT_TAKEN: ['pickAnother', 'mine'],
  NOT_BOOKABLE: ['pickAnother', 'mine'],
  TOO_SOON: ['pickAnother', 'mine'],
  OUTSIDE_HORIZON: ['pickAnother', 'mine'],
  VALIDATION: ['pickAnother', 'mine'],
  BAD_INPUT: ['pickAnother', 'mine'],
  CANCELLATION_DEADLINE_PASSED: ['mine'],
  APPOINTMENT_NOT_ACTIVE: ['mine'],
  NOT_FOUND: ['mine'],
  IDEMPOTENCY_KEY_REUSED: ['mine'],
  // The retry carries the same idempotency key: a move that did go through is answered again, never made twice.
  NETWORK: ['retry', 'mine'],
  INTERNAL: ['retry', 'mine'],
  UNAVAILABLE: ['retry', 'mine'],
};

export function moveRefusalFor(info: ApiErrorInfo): MoveRefusal {
  const steps = STEPS[info.appCode];
  const key = `move.refused.${info.appCode}`;
  if (steps && isAgentMessageKey(key)) {
    const specific = hasSpecificWording(info.appCode, info.values) ? info.values : null;
    return { code: info.appCode, messageKey: key, detail: specific, steps };
  }
  return { code: info.appCode, messageKey: 'move.refused.other', detail: info.values, steps: ['mine'] };
}

/** After these the free times have changed under the agent: ask for them again before the next pick. */
export function refusalStalesTimes(code: string): boolean {
  return code === 'SLOT_TAKEN' || code === 'NOT_BOOKABLE';
}

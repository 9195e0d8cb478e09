// The patient form survives a reload mid-booking (the hold does, through the history entry): its values are kept in
// the tab's sessionStorage under the attempt's id — all but the national id, which is never written to the browser's
// storage and is typed again after a reload.
import { EMPTY_PATIENT_FORM, type PatientFormValues } from './patient-fields.js';

const DRAFT_PREFIX = 'bn.booking.form.';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The fields a draft keeps: everything but the national id. */
const KEPT = ['name', 'phone', 'email', 'caseId', 'remark'] as const;

export function saveFormDraft(attemptId: string, values: PatientFormValues, storage = safeSession()): void {
  const kept = Object.fromEntries(KEPT.map((field) => [field, values[field]]));
  try {
    if (KEPT.some((field) => values[field] !== '')) storage?.setItem(DRAFT_PREFIX + attemptId, JSON.stringify(kept));
    else storage?.removeItem(DRAFT_PREFIX + attemptId);
  } catch {
    // Storage blocked or full: a reload then shows an empty form, as before.
  }
}

export function readFormDraft(attemptId: string, storage = safeSession()): PatientFormValues {
  try {
    const raw = storage?.getItem(DRAFT_PREFIX + attemptId);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== 'object' || parsed === null) return EMPTY_PATIENT_FORM;
    const record = parsed as Record<string, unknown>;
    const values = { ...EMPTY_PATIENT_FORM };
    for (const field of KEPT) {
      const value = record[field];
      if (typeof value === 'string') values[field] = value;
    }
    return values;
  } catch {
    return EMPTY_PATIENT_FORM;
  }
}

export function clearFormDraft(attemptId: string, storage = safeSession()): void {
  try {
    storage?.removeItem(DRAFT_PREFIX + attemptId);
  } catch {
    // nothing kept
  }
}

function safeSession(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

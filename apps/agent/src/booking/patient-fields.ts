// The booking form's patient fields, checked in the browser with the very schema the server runs
// (`bookingPatientInput`, packages/domain), so the agent learns what is wrong next to the field before anything is
// sent — and no limit of the server's is copied here.
import { BOOKING_TEXT_LIMITS, checkInput, bookingPatientInput, type BookingPatientInput } from '@bn/domain';
import { fieldPath, type FieldIssue } from '@bn/ui';
import type { AgentMessageKey } from '../i18n/agent-messages.js';

export interface PatientFormValues {
  nationalId: string;
  name: string;
  phone: string;
  email: string;
  caseId: string;
  remark: string;
}

export type PatientField = keyof PatientFormValues;

export const EMPTY_PATIENT_FORM: PatientFormValues = {
  nationalId: '',
  name: '',
  phone: '',
  email: '',
  caseId: '',
  remark: '',
};

/** The longest remark the server takes: the textarea stops there. */
export const REMARK_MAX_LENGTH = BOOKING_TEXT_LIMITS.patientRemark;

/** What `booking.confirm` receives besides the hold and the idempotency key: the schema's output. */
export type PatientPayload = BookingPatientInput;

export type PatientCheck = { ok: true; payload: PatientPayload } | { ok: false; problems: PatientProblems };

/** The first issue of each refused field, worded where it is shown (in the chosen language). */
export type PatientProblems = Partial<Record<PatientField, FieldIssue>>;

/**
 * What the server refused, per field: its issue, or the agent's own sentence (a message key) for a refusal about one
 * field as a whole (a case id that is another patient's). Worded when shown, so a change of language follows.
 */
export type ServerFieldErrors = Partial<Record<PatientField, FieldIssue | AgentMessageKey>>;

/** Field order on the page: the first refused field is the one the keyboard goes to. */
export const PATIENT_FIELDS: readonly PatientField[] = ['nationalId', 'name', 'phone', 'email', 'caseId', 'remark'];

/** The schema's field paths (those of confirmBookingInput) → the form's fields. */
const SERVER_PATHS: Record<string, PatientField> = {
  'patient.nationalId': 'nationalId',
  'patient.name': 'name',
  'patient.phone': 'phone',
  'patient.email': 'email',
  caseId: 'caseId',
  patientRemark: 'remark',
};

/** The form as the procedure's input: an empty field is "not given" (null), everything else as typed. */
function inputOf(values: PatientFormValues) {
  const given = (s: string) => (s.trim() === '' ? null : s);
  return {
    patient: {
      nationalId: values.nationalId,
      name: values.name,
      phone: given(values.phone),
      email: given(values.email),
    },
    caseId: given(values.caseId),
    patientRemark: given(values.remark),
  };
}

/** Issues on the procedure's paths → the form's fields, the first per field; others (the hold's id …) are left out. */
export function fieldProblems(issues: readonly FieldIssue[]): PatientProblems {
  const out: PatientProblems = {};
  for (const issue of issues) {
    const field = SERVER_PATHS[fieldPath(issue.path)];
    if (field) out[field] ??= issue;
  }
  return out;
}

export function checkPatientForm(values: PatientFormValues): PatientCheck {
  const input = inputOf(values);
  const issues = checkInput(bookingPatientInput, input);
  if (issues) return { ok: false, problems: fieldProblems(issues) };
  return { ok: true, payload: bookingPatientInput.parse(input) };
}

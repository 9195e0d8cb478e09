// The booking form's patient fields, checked in the browser with the domain's own validators (the functions the
// server runs), so the agent learns what is wrong next to the field before anything is sent.
import {
  caseIdSchema,
  emailSchema,
  normaliseCaseId,
  parseNationalId,
  phoneSchema,
  type NationalIdProblem,
} from '@bn/domain';

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

/** The limits of confirmBookingInput (packages/domain/src/booking/schemas.ts). */
export const NAME_MAX_LENGTH = 200;
export const REMARK_MAX_LENGTH = 1000;

/** Why a field is refused; each has its own sentence in the agent's messages (`patient.problem.<code>`). */
export type PatientProblem =
  | 'nationalId.missing'
  | `nationalId.${NationalIdProblem}`
  | 'name.missing'
  | 'name.tooLong'
  | 'contact.missing'
  | 'phone.invalid'
  | 'email.invalid'
  | 'caseId.invalid'
  | 'remark.tooLong';

/** What `booking.confirm` receives besides the hold and the idempotency key. */
export interface PatientPayload {
  patient: { nationalId: string; name: string; phone: string | null; email: string | null };
  caseId: string | null;
  patientRemark: string | null;
}

export type PatientCheck =
  { ok: true; payload: PatientPayload } | { ok: false; problems: Partial<Record<PatientField, PatientProblem>> };

/** Field order on the page: the first refused field is the one the keyboard goes to. */
export const PATIENT_FIELDS: readonly PatientField[] = ['nationalId', 'name', 'phone', 'email', 'caseId', 'remark'];

export function checkPatientForm(values: PatientFormValues): PatientCheck {
  const problems: Partial<Record<PatientField, PatientProblem>> = {};

  const nationalId = values.nationalId.replace(/\s/g, '');
  if (nationalId === '') problems.nationalId = 'nationalId.missing';
  else {
    const parsed = parseNationalId(nationalId);
    if (!parsed.valid) problems.nationalId = `nationalId.${parsed.problem}`;
  }

  const name = values.name.trim();
  if (name.length < 2) problems.name = 'name.missing';
  else if (name.length > NAME_MAX_LENGTH) problems.name = 'name.tooLong';

  const phone = values.phone.trim();
  const email = values.email.trim();
  const parsedPhone = phone ? phoneSchema.safeParse(phone) : null;
  const parsedEmail = email ? emailSchema.safeParse(email) : null;
  if (parsedPhone && !parsedPhone.success) problems.phone = 'phone.invalid';
  if (parsedEmail && !parsedEmail.success) problems.email = 'email.invalid';
  // The server puts "give one of them" on the phone field; so does the form.
  if (!phone && !email) problems.phone = 'contact.missing';

  const caseId = values.caseId.trim();
  if (caseId && !caseIdSchema.safeParse(caseId).success) problems.caseId = 'caseId.invalid';

  const remark = values.remark.trim();
  if (remark.length > REMARK_MAX_LENGTH) problems.remark = 'remark.tooLong';

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    payload: {
      patient: {
        nationalId,
        name,
        phone: parsedPhone?.success ? parsedPhone.data : null,
        email: parsedEmail?.success ? parsedEmail.data : null,
      },
      caseId: caseId ? normaliseCaseId(caseId) : null,
      patientRemark: remark || null,
    },
  };
}

/**
 * The server's field paths (zod issues of confirmBookingInput) → the form's fields, so a refusal the browser did not
 * foresee still lands next to the right field.
 */
const SERVER_PATHS: Record<string, PatientField> = {
  'patient.nationalId': 'nationalId',
  'patient.name': 'name',
  'patient.phone': 'phone',
  'patient.email': 'email',
  caseId: 'caseId',
  patientRemark: 'remark',
};

export function serverFieldErrors(fieldErrors: Record<string, string>): Partial<Record<PatientField, string>> {
  const out: Partial<Record<PatientField, string>> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = SERVER_PATHS[path];
    if (field) out[field] ??= message;
  }
  return out;
}

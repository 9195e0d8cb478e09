// The patient's details: national identity number, name, phone and/or e-mail, optional case id and remark. Each
// field is checked with the domain's validators when the agent leaves it and again on «Gå videre»; the message
// stands under the field, tied to it with aria-describedby, and the keyboard goes to the first field to fix.
import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { TextareaField, TextField, fieldIssueText, useLocale } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import {
  checkPatientForm,
  PATIENT_FIELDS,
  REMARK_MAX_LENGTH,
  type PatientField,
  type PatientFormValues,
  type PatientPayload,
  type ServerFieldErrors,
} from './patient-fields.js';

export interface PatientFormProps {
  values: PatientFormValues;
  onChange: (values: PatientFormValues) => void;
  /** Messages from the server's refusal, per field; they stand until the field is changed. */
  serverErrors: ServerFieldErrors;
  onNext: (payload: PatientPayload) => void;
  onCancel: () => void;
}

const ID = (field: PatientField) => `patient-${field}`;

/**
 * A server refusal of the case id may be about the pair (CASE_ID_OTHER_PATIENT: the case id is another national id's),
 * so correcting the national id settles it as well as correcting the case id.
 */
const CLEARS_ALSO: Partial<Record<PatientField, PatientField[]>> = { nationalId: ['caseId'] };

export function PatientForm({ values, onChange, serverErrors, onNext, onCancel }: PatientFormProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  // A field's problem is shown once the agent has left it with something in it, and for every field after «Gå videre».
  const [touched, setTouched] = useState<ReadonlySet<PatientField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [cleared, setCleared] = useState<ReadonlySet<PatientField>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);

  const check = checkPatientForm(values);
  const problems = check.ok ? {} : check.problems;
  const errorOf = (field: PatientField): string | undefined => {
    const server = cleared.has(field) ? undefined : serverErrors[field];
    if (server) return typeof server === 'string' ? at(server) : fieldIssueText(server, locale);
    const problem = problems[field];
    if (!problem || (!submitted && !touched.has(field))) return undefined;
    return fieldIssueText(problem, locale);
  };
  const errors = Object.fromEntries(PATIENT_FIELDS.map((f) => [f, errorOf(f)])) as Record<
    PatientField,
    string | undefined
  >;

  // After a refused «Gå videre», and when the form comes back with the server's refusal: the keyboard goes to the
  // first field marked invalid, after the messages have rendered (so they are read with the field).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const set = (field: PatientField) => (value: string) => {
    onChange({ ...values, [field]: value });
    const settled = [field, ...(CLEARS_ALSO[field] ?? [])].filter((f) => serverErrors[f]);
    if (settled.length) setCleared((c) => new Set([...c, ...settled]));
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const field = PATIENT_FIELDS.find((f) => ID(f) === event.target.id);
    if (field && values[field].trim() !== '' && !touched.has(field)) setTouched((t) => new Set(t).add(field));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const pending = PATIENT_FIELDS.some((f) => serverErrors[f] && !cleared.has(f));
    if (check.ok && !pending) onNext(check.payload);
    else setFocusRequest((n) => n + 1);
  };
  const invalidCount = PATIENT_FIELDS.filter((f) => errors[f]).length;

  return (
    <form
      ref={formRef}
      className="form booking-form card"
      aria-labelledby="patient-form-heading"
      onSubmit={submit}
      onBlur={onBlur}
      noValidate
    >
      <h2 id="patient-form-heading">{at('booking.form.label')}</h2>
      <TextField
        id={ID('nationalId')}
        label={at('booking.form.nationalId')}
        hint={at('booking.form.nationalId.hint')}
        value={values.nationalId}
        onChange={set('nationalId')}
        inputMode="numeric"
        autoComplete="off"
        error={errors.nationalId}
      />
      <TextField
        id={ID('name')}
        label={at('booking.form.name')}
        value={values.name}
        onChange={set('name')}
        autoComplete="off"
        error={errors.name}
      />
      <fieldset className="fieldset booking-contact" aria-describedby="patient-contact-hint">
        <legend>{at('booking.form.contact')}</legend>
        <p id="patient-contact-hint" className="field-hint">
          {at('booking.form.contact.hint')}
        </p>
        <TextField
          id={ID('phone')}
          label={at('booking.form.phone')}
          value={values.phone}
          onChange={set('phone')}
          autoComplete="off"
          error={errors.phone}
        />
        <TextField
          id={ID('email')}
          label={at('booking.form.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          autoComplete="off"
          error={errors.email}
        />
      </fieldset>
      <TextField
        id={ID('caseId')}
        label={at('booking.form.caseId')}
        hint={at('booking.form.caseId.hint')}
        value={values.caseId}
        onChange={set('caseId')}
        autoComplete="off"
        error={errors.caseId}
      />
      <TextareaField
        id={ID('remark')}
        label={at('booking.form.remark')}
        hint={at('booking.form.remark.hint')}
        value={values.remark}
        onChange={set('remark')}
        maxLength={REMARK_MAX_LENGTH}
        rows={3}
        error={errors.remark}
      />
      {submitted && invalidCount > 0 && (
        <p className="field-error" role="alert">
          {at('booking.form.invalid')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button">
          {at('booking.form.next')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {at('booking.form.cancel')}
        </button>
      </div>
    </form>
  );
}

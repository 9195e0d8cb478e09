// «Bestill time»: the clinic books its own patient into a free time of the book (booking.bookByClinic). The patient is
// found in the clinic's patient list (a POST: the national id never enters an address) or given a new card; then a
// time and type from the free band, a remark and a note. A modal dialog, like the appointment's.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { clinicBookingInput, formatDateTime, formatTime, patientSearchInput } from '@bn/domain';
import {
  EditForm,
  SelectField,
  TextField,
  TextareaField,
  apiErrorText,
  checkedBy,
  fieldId,
  missingChoices,
  readApiError,
  useFieldErrors,
  useLocale,
  useTRPC,
} from '@bn/ui';
import type { FreeTimeSlot } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { CreatePatientForm } from '../patients/create-patient-form.js';

interface Props {
  bookId: string;
  bookName: string;
  /** The free slots of the band that was opened (every type), earliest first. */
  slots: readonly FreeTimeSlot[];
  typeName: (typeId: string) => string;
  onClose: () => void;
  onDone: (notice: string) => void;
}

export function BookDialog({ bookId, bookName, slots, typeName, onClose, onDone }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const refresh = useRefreshAfterSave();
  const ref = useRef<HTMLDialogElement>(null);
  const [patient, setPatient] = useState<{ id: string; name: string } | null>(null);
  const [creating, setCreating] = useState(false);
  const [choice, setChoice] = useState(slots.length === 1 ? slotValue(slots[0]!) : '');
  const [remark, setRemark] = useState('');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  const book = useMutation(
    checkedBy(clinicBookingInput, trpc.booking.bookByClinic.mutationOptions({ onSuccess: refresh })),
  );
  const error = localError ?? book.error;
  const errors = useFieldErrors(error);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = () => {
    const missing = missingChoices([
      ['patientId', patient?.id, t('clinicBooking.missingPatient')],
      ['startAt', choice, t('clinicBooking.missingTime')],
    ]);
    setLocalError(missing);
    if (missing || !patient) return;
    const slot = slots.find((s) => slotValue(s) === choice)!;
    book.mutate(
      {
        clinicId,
        bookId,
        typeId: slot.typeId,
        startAt: slot.startAt,
        patientId: patient.id,
        patientRemark: remark,
        note,
        idempotencyKey: crypto.randomUUID(),
      },
      {
        onSuccess: () => {
          onDone(t('clinicBooking.done', { time: formatDateTime(slot.startAt), name: patient.name }));
          onClose();
        },
      },
    );
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="book-heading" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="book-heading">{t('clinicBooking.heading', { book: bookName })}</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('clinicBooking.close')}
        </button>
      </div>
      <p className="muted">{t('clinicBooking.intro')}</p>
      <section aria-labelledby="book-patient">
        <h3 id="book-patient">{t('clinicBooking.patient')}</h3>
        {patient ? (
          <p className="actions">
            <span role="status">{t('clinicBooking.chosen', { name: patient.name })}</span>
            <button type="button" className="button button-secondary button-small" onClick={() => setPatient(null)}>
              {t('clinicBooking.change')}
            </button>
          </p>
        ) : creating ? (
          <CreatePatientForm
            clinicId={clinicId}
            onCreated={(id, name) => {
              setPatient({ id, name });
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <PatientPicker
            onChoose={(p) => {
              setPatient(p);
              setLocalError(null);
            }}
            onNew={() => setCreating(true)}
          />
        )}
        {errors.patientId && !patient && (
          <p className="field-error" role="alert">
            {errors.patientId}
          </p>
        )}
      </section>
      <EditForm
        id="clinic-booking"
        label={t('clinicBooking.submit')}
        error={error}
        pending={book.isPending}
        onSubmit={submit}
        submitLabel={t('clinicBooking.submit')}
        onCancel={onClose}
        focusOnOpen={false}
      >
        <SelectField
          id={fieldId('clinic-booking', 'startAt')}
          label={t('clinicBooking.time')}
          value={choice}
          placeholder={t('clinicBooking.time.placeholder')}
          options={slots.map((s) => ({
            value: slotValue(s),
            label: `${formatTime(s.startAt)}–${formatTime(s.endAt)} ${typeName(s.typeId)}`,
          }))}
          onChange={setChoice}
          error={errors.startAt}
        />
        <TextareaField
          id={fieldId('clinic-booking', 'patientRemark')}
          label={t('clinicBooking.remark')}
          value={remark}
          onChange={setRemark}
          error={errors.patientRemark}
        />
        <TextareaField
          id={fieldId('clinic-booking', 'note')}
          label={t('clinicBooking.note')}
          value={note}
          onChange={setNote}
          error={errors.note}
        />
      </EditForm>
    </dialog>
  );
}

const slotValue = (s: FreeTimeSlot) => `${s.typeId}@${s.startAt.toISOString()}`;

/** The clinic's patient list searched by name, phone or national id; each hit can be chosen. */
function PatientPicker({
  onChoose,
  onNew,
}: {
  onChoose: (p: { id: string; name: string }) => void;
  onNew: () => void;
}) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const [query, setQuery] = useState('');
  const search = useMutation(checkedBy(patientSearchInput, trpc.patients.search.mutationOptions()));
  const info = search.error ? readApiError(search.error) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!search.isPending) search.mutate({ clinicId, query });
  };
  return (
    <>
      <form className="form" role="search" aria-label={t('clinicBooking.find')} onSubmit={submit} noValidate>
        <TextField
          id={fieldId('book-patient', 'query')}
          label={t('patientList.query')}
          value={query}
          onChange={setQuery}
          autoComplete="off"
          error={info ? apiErrorText(info, locale, t('error.network')) : undefined}
        />
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={search.isPending}>
            {search.isPending ? t('form.working') : t('clinicBooking.find')}
          </button>
          <button type="button" className="button button-secondary" onClick={onNew}>
            {t('clinicBooking.new')}
          </button>
        </div>
      </form>
      {search.data &&
        (search.data.length === 0 ? (
          <p role="status" className="state state-empty">
            {t('patientList.empty')}
          </p>
        ) : (
          <ul className="plain-list" aria-label={t('patientList.hits', { count: search.data.length })}>
            {search.data.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onChoose({ id: p.id, name: p.name })}
                >
                  {t('clinicBooking.choose', { name: p.name })}
                </button>{' '}
                <span className="muted">{p.birthDate.split('-').reverse().join('.')}</span>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

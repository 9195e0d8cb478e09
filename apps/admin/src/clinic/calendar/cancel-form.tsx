// Cancelling from the clinic's side: on behalf of the patient or the clinic, with a reason (both required). The freed
// time is bookable again at once; the patient is notified. Every attempt carries a new idempotency key. The form is the
// confirmation: «Behold timen» is the primary button, «Avbestill timen» the outlined danger one.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { cancelBookingInput, formatDateTime, type CancelledBy, BOOKING_TEXT_LIMITS } from '@bn/domain';
import {
  EditForm,
  RadioGroup,
  TextareaField,
  fieldId,
  missingChoices,
  useFieldErrors,
  useTRPC,
  checkedBy,
} from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  appointment: BookAppointment;
  onCancel: () => void;
  onDone: (notice: string) => void;
}

export function CancelForm({ appointment, onCancel, onDone }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [onBehalfOf, setOnBehalfOf] = useState<CancelledBy | ''>('');
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  const cancel = useMutation(
    checkedBy(cancelBookingInput, trpc.booking.cancel.mutationOptions({ onSuccess: refresh })),
  );
  const error = localError ?? cancel.error;
  const errors = useFieldErrors(error);
  const id = (path: string) => fieldId('cancel', path);

  const submit = () => {
    const missing = missingChoices([
      ['onBehalfOf', onBehalfOf, t('cancel.missingOnBehalfOf')],
      ['reason', reason.trim(), t('cancel.missingReason')],
    ]);
    setLocalError(missing);
    if (missing || !onBehalfOf) return;
    cancel.mutate(
      { appointmentId: appointment.id, onBehalfOf, reason, idempotencyKey: crypto.randomUUID() },
      { onSuccess: () => onDone(t('cancel.done', { time: formatDateTime(appointment.startAt) })) },
    );
  };

  return (
    <EditForm
      id="cancel-form"
      label={t('cancel.heading')}
      error={error}
      pending={cancel.isPending}
      onSubmit={submit}
      submitLabel={t('cancel.submit')}
      onCancel={onCancel}
      cancelLabel={t('cancel.keep')}
      destructive
    >
      <h3>{t('cancel.heading')}</h3>
      <RadioGroup
        id={id('onBehalfOf')}
        legend={t('cancel.onBehalfOf')}
        value={onBehalfOf}
        choices={[
          { value: 'patient', label: t('cancel.onBehalfOf.patient') },
          { value: 'clinic', label: t('cancel.onBehalfOf.clinic') },
        ]}
        onChange={(v) => setOnBehalfOf(v as CancelledBy)}
        error={errors.onBehalfOf}
        inline
      />
      <TextareaField
        id={id('reason')}
        label={t('cancel.reason')}
        hint={t('cancel.reason.hint')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        rows={3}
        maxLength={BOOKING_TEXT_LIMITS.cancelReason}
      />
    </EditForm>
  );
}

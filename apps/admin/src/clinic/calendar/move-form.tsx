// Moving a booking: the free times of the same book × type (what `booking.move` can take), a week at a time, in a
// native select. The booking keeps its case id, claim, remark and note; the patient is told the new time.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  moveBookingInput,
  addDays,
  formatDate,
  formatDateTime,
  formatTime,
  isoWeekday,
  osloDate,
  WEEKDAY_LABELS,
} from '@bn/domain';
import {
  EditForm,
  ErrorState,
  LoadingState,
  SelectField,
  fieldId,
  missingChoices,
  useFieldErrors,
  useLocale,
  useTRPC,
  checkedBy,
} from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { useToday } from '../../use-today.js';
import { displayDate } from './calendar-params.js';

interface Props {
  appointment: BookAppointment;
  onCancel: () => void;
  onDone: (notice: string) => void;
}

const DAYS = 7;

export function MoveForm({ appointment: a, onCancel, onDone }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const today = useToday();
  const refresh = useRefreshAfterSave();
  const first = osloDate(a.startAt) > today ? osloDate(a.startAt) : today;
  const [from, setFrom] = useState(first);
  const to = addDays(from, DAYS - 1);
  const [choice, setChoice] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  const free = useQuery(trpc.appointments.freeTime.queryOptions({ clinicId, bookIds: [a.bookId], from, to }));
  const move = useMutation(checkedBy(moveBookingInput, trpc.booking.move.mutationOptions({ onSuccess: refresh })));
  const error = localError ?? move.error;
  const errors = useFieldErrors(error);

  const options = (free.data ?? [])
    .filter((s) => s.typeId === a.type?.id && s.startAt.getTime() !== a.startAt.getTime())
    .map((s) => ({
      value: s.startAt.toISOString(),
      label: `${WEEKDAY_LABELS[locale][isoWeekday(osloDate(s.startAt)) - 1] ?? ''} ${formatDate(s.startAt)} ${formatTime(s.startAt)}–${formatTime(s.endAt)}`,
    }));

  const page = (days: number) => {
    setFrom((f) => addDays(f, days));
    setChoice('');
  };
  const submit = () => {
    const missing = missingChoices([['startAt', choice, t('move.missing')]]);
    setLocalError(missing);
    if (missing) return;
    const startAt = new Date(choice);
    move.mutate(
      { appointmentId: a.id, startAt, idempotencyKey: crypto.randomUUID() },
      { onSuccess: () => onDone(t('move.done', { time: formatDateTime(startAt) })) },
    );
  };

  return (
    <EditForm
      id="move-form"
      label={t('move.heading')}
      error={error}
      pending={move.isPending}
      onSubmit={submit}
      submitLabel={t('move.submit')}
      onCancel={onCancel}
    >
      <h3>{t('move.heading')}</h3>
      <p className="muted">{t('move.intro')}</p>
      <div className="move-range">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={from <= today}
          onClick={() => page(-DAYS)}
        >
          ← {t('move.earlier')}
        </button>
        <p aria-live="polite">{t('move.range', { from: displayDate(from), to: displayDate(to) })}</p>
        <button type="button" className="button button-secondary button-small" onClick={() => page(DAYS)}>
          {t('move.later')} →
        </button>
      </div>
      {free.data ? (
        options.length === 0 ? (
          <p className="state state-empty">{t('move.none')}</p>
        ) : (
          <SelectField
            id={fieldId('move', 'startAt')}
            label={t('move.choose')}
            value={choice}
            options={options}
            onChange={setChoice}
            placeholder={t('move.placeholder')}
            error={errors.startAt}
          />
        )
      ) : free.isError ? (
        <ErrorState error={free.error} onRetry={() => void free.refetch()} retrying={free.isFetching} />
      ) : (
        <LoadingState label={t('move.loading')} />
      )}
    </EditForm>
  );
}

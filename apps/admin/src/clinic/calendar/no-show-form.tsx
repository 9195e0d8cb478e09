// «Marker som ikke møtt» asks first: it cannot be undone. The keyboard lands on the safe choice, the filled «Nei, gå
// tilbake»; the confirmation is outlined in the error colour. The server refuses before the appointment has begun.
import { useEffect, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import { formatDateTime } from '@bn/domain';
import { ActionButton, useTRPC } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  appointment: BookAppointment;
  onCancel: () => void;
  onDone: (notice: string) => void;
}

export function NoShowForm({ appointment: a, onCancel, onDone }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const noShow = useMutation(trpc.booking.markNoShow.mutationOptions({ onSuccess: refresh }));
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <section aria-labelledby="no-show-question">
      <h3 id="no-show-question">{t('noShow.question')}</h3>
      <p className="muted">{t('noShow.explain')}</p>
      <div className="actions">
        <button ref={keep} type="button" className="button" onClick={onCancel}>
          {t('noShow.keep')}
        </button>
        <ActionButton
          danger
          pending={noShow.isPending}
          error={noShow.error}
          onClick={() =>
            noShow.mutate(
              { appointmentId: a.id },
              { onSuccess: () => onDone(t('noShow.done', { time: formatDateTime(a.startAt) })) },
            )
          }
        >
          {t('noShow.confirm')}
        </ActionButton>
      </div>
    </section>
  );
}

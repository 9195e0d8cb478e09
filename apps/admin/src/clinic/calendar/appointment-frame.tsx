// The frame of an opened appointment, for the clinic's dialog and the practitioner's: a modal dialog (focus kept
// inside, Escape closes, the keyboard returns to the calendar) headed by the time and day, with «Lukk».
import type { ReactNode } from 'react';
import { formatDate, formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { ModalDialog, useLocale } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  appointment: BookAppointment;
  headingId: string;
  onClose: () => void;
  children: ReactNode;
}

export function AppointmentFrame({ appointment: a, headingId, onClose, children }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const heading = t('details.heading', {
    from: formatTime(a.startAt),
    to: formatTime(a.endAt),
    weekday: WEEKDAY_LABELS[locale][isoWeekday(osloDate(a.startAt)) - 1] ?? '',
    date: formatDate(a.startAt),
  });
  return (
    <ModalDialog labelledBy={headingId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('details.close')}
        </button>
      </div>
      {children}
    </ModalDialog>
  );
}

import type { PatientBooking } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

/** A booking's status in words (active, cancelled, no-show), or its code for a status this screen does not know. */
export function BookingStatus({ booking }: { booking: Pick<PatientBooking, 'status'> }) {
  const t = useAdminT();
  const status =
    booking.status === 'active' || booking.status === 'cancelled' || booking.status === 'no_show'
      ? booking.status
      : null;
  return <>{status ? t(`appointment.status.${status}`) : booking.status}</>;
}

// «Finn booking»'s days: the appointment's date from and to (both included; «til» left empty is the same day), as the
// shared DateField types and picks them. The range's refusals (before «fra», longer than the lookup takes) stand by
// «til», in the words of booking.find's own schema.
import { DATE_RANGE_DAYS } from '@bn/domain';
import { DateField } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';

/** ISO dates, '' for none. */
export interface FindDates {
  from: string;
  to: string;
}

export function FindBookingDates({
  value,
  onChange,
  errors,
}: {
  value: FindDates;
  onChange: (dates: FindDates) => void;
  errors: Readonly<Record<string, string>>;
}) {
  const at = useAgentT();
  return (
    <>
      <DateField
        id="find-booking-from"
        label={at('bookings.find.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        error={errors.from}
      />
      <DateField
        id="find-booking-to"
        label={at('bookings.find.to')}
        hint={at('bookings.find.to.hint', { maxDays: DATE_RANGE_DAYS.bookingFind })}
        min={value.from || undefined}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        error={errors.to}
      />
    </>
  );
}

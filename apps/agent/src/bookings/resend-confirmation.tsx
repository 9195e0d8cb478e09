// «Send bekreftelsen på nytt»: the patient's confirmation once more, through the outbox like the first (throttled by
// the server, which says so in words). Says where it went, masked, as the notification log shows it.
import { useMutation } from '@tanstack/react-query';
import { ActionButton, useTRPC } from '@bn/ui';
import type { AgentBooking } from '../api-types.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { dateTime } from './when-text.js';

export function ResendConfirmation({ booking }: { booking: AgentBooking }) {
  const at = useAgentT();
  const trpc = useTRPC();
  const resend = useMutation(trpc.booking.resendConfirmation.mutationOptions());
  const patient = booking.patientName ?? at('bookings.unknown');
  return (
    <div className="resend-confirmation">
      <ActionButton
        small
        secondary
        pending={resend.isPending}
        error={resend.error}
        label={at('bookings.resend.named', { when: dateTime(booking.startAt), patient })}
        onClick={() => resend.mutate({ appointmentId: booking.id })}
      >
        {at('bookings.resend')}
      </ActionButton>
      {resend.data && (
        <p role="status" className="change-note">
          {at('bookings.resend.done', { recipient: resend.data.recipient })}
        </p>
      )}
    </div>
  );
}

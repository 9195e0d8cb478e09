// Where a booking's patient details differ from the clinic's card: field by field, what the card holds and what the
// booker gave, and the clinic admin's one action to take them over. A booking never changes the card by itself (an
// agent of another insurer may know the patient by another address, or be wrong), so the clinic decides.
import { useId } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { PatientDetailField } from '@bn/domain';
import { ActionButton, DataTable, useLocale, useTRPC } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useCanEditClinic } from '../../api/use-clinic.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

type Difference = BookAppointment['detailDifferences'][number];

interface Props {
  appointmentId: string;
  differences: readonly Difference[];
  /** Names the booking when several are listed together (the patient card): its time and who booked it. */
  booking?: { time: string; insurer: string };
  /** After the take-over, what changed on the card, for the screen's notice (the differences are gone by then). */
  onTaken: (notice: string) => void;
}

export function DetailDifferences({ appointmentId, differences, booking, onTaken }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const headingId = useId();
  const canTakeOver = useCanEditClinic();
  const refresh = useRefreshAfterSave();
  const takeOver = useMutation(
    trpc.patients.takeOverBookingDetails.mutationOptions({
      onSuccess: async (result) => {
        const fields = new Intl.ListFormat(locale === 'nb' ? 'nb' : 'en', { type: 'conjunction' }).format(
          result.taken.map((f: PatientDetailField) => t(`differences.field.${f}`).toLowerCase()),
        );
        await refresh();
        onTaken(result.taken.length ? t('differences.taken', { fields }) : t('differences.nothing'));
      },
    }),
  );

  if (differences.length === 0) return null;
  const fieldName = (d: Difference) => t(`differences.field.${d.field}`);
  return (
    <section className="notice notice-info detail-differences" aria-labelledby={headingId}>
      <p id={headingId} className="alert-title">
        {booking ? t('differences.headingFor', booking) : t('differences.heading')}
      </p>
      <p className="field-hint">{t('differences.intro')}</p>
      <DataTable
        caption={t('differences.caption')}
        captionHidden
        rows={differences}
        rowKey={(d) => d.field}
        columns={[
          { key: 'field', header: t('differences.col.field'), cell: fieldName },
          { key: 'card', header: t('differences.col.card'), cell: (d) => d.card ?? t('details.none') },
          { key: 'booking', header: t('differences.col.booking'), cell: (d) => d.booking },
        ]}
      />
      {canTakeOver ? (
        <div className="actions">
          <ActionButton
            pending={takeOver.isPending}
            error={takeOver.error}
            label={booking ? t('differences.takeOver.named', booking) : undefined}
            onClick={() => takeOver.mutate({ appointmentId })}
          >
            {t('differences.takeOver')}
          </ActionButton>
        </div>
      ) : (
        <p className="field-hint">{t('differences.adminOnly')}</p>
      )}
    </section>
  );
}

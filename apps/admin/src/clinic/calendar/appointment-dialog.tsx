// An opened appointment: everything it carries (K1, K2, K6), a link to the patient card, and the clinic's actions —
// move, cancel, mark as no-show. A modal dialog: Escape or «Lukk» closes it and the keyboard returns to the calendar.
// The filled primary button is the constructive one («Flytt»); cancelling and marking a no-show cannot be undone, so
// they are outlined in the error colour and each asks first (the cancel form, the no-show question).
import { useState } from 'react';
import { Link } from 'react-router';
import { FactsList } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { clinicSectionPath } from '../../paths.js';
import { AppointmentFrame } from './appointment-frame.js';
import { CancelForm } from './cancel-form.js';
import { MoveForm } from './move-form.js';
import { NoShowForm } from './no-show-form.js';
import { DetailDifferences } from '../patients/detail-differences.js';
import { OpenCardButton } from '../billing/open-card-button.js';
import { SavedNotice } from '../section-parts.js';

interface Props {
  appointment: BookAppointment;
  bookName: string;
  onClose: () => void;
  /** After a change: what happened, for the page's notice. */
  onDone: (notice: string) => void;
}

export function AppointmentDialog({ appointment: a, bookName, onClose, onDone }: Props) {
  const t = useAdminT();
  const clinicId = useClinicId();
  const [panel, setPanel] = useState<'details' | 'cancel' | 'move' | 'noShow'>('details');
  const [taken, setTaken] = useState<string | null>(null);
  // When the dialog opened: whether the appointment has begun (a no-show can be marked only then).
  const [openedAt] = useState(() => Date.now());

  const none = t('details.none');
  /** Who booked: the agent by name and its insurer, the insurer's app, or the clinic. */
  const bookedBy = ({ source, agentName, insurerName }: BookAppointment) => {
    const insurer = insurerName ?? none;
    if (source === 'agent')
      return agentName
        ? t('details.source.agentNamed', { agent: agentName, insurer })
        : t('details.source.agent', { insurer });
    if (source === 'insurer_app') return t('details.source.insurer_app', { insurer });
    return source === 'clinic' ? t('details.source.clinic') : none;
  };
  const changeable = a.kind === 'booking' && a.status === 'active';
  const facts = [
    {
      label: t('details.status'),
      value:
        a.kind === 'hold'
          ? t('appointment.hold')
          : a.kind === 'block'
            ? t('appointment.block')
            : t(`appointment.status.${a.status}`),
    },
    { label: t('details.book'), value: bookName },
    ...(a.department
      ? [
          {
            label: t('details.department'),
            value: `${a.department.name}, ${a.department.street}, ${a.department.postcode} ${a.department.city}`,
          },
        ]
      : []),
    {
      label: t('details.patient'),
      value: a.patient ? (
        <>
          {a.patient.name}{' '}
          <Link to={clinicSectionPath(clinicId, 'patients', { pasient: a.patient.id })}>
            {t('details.openPatient')}
          </Link>
        </>
      ) : (
        none
      ),
    },
    { label: t('details.type'), value: a.type?.name ?? none },
    { label: t('details.tariff'), value: a.tariff ? `${a.tariff.code} ${a.tariff.name}` : none },
    { label: t('details.source'), value: bookedBy(a) },
    { label: t('details.insurer'), value: a.insurerName ?? none },
    { label: t('details.caseId'), value: a.caseId ?? none },
    {
      label: t('details.payment'),
      value:
        a.kind !== 'booking' ? none : a.paidByPatient ? t('details.payment.patient') : t('details.payment.insurer'),
    },
    { label: t('details.remark'), value: a.patientRemark ?? none },
    { label: t('details.note'), value: a.note ?? none },
    ...(a.status === 'cancelled'
      ? [
          {
            label: t('appointment.status.cancelled'),
            value: t('details.cancelled', {
              who: a.cancelledBy === 'clinic' ? t('details.cancelledBy.clinic') : t('details.cancelledBy.patient'),
              reason: a.cancelReason ?? none,
            }),
          },
        ]
      : []),
  ];
  const done = (notice: string) => {
    onDone(notice);
    onClose();
  };

  return (
    <AppointmentFrame appointment={a} headingId="appointment-heading" onClose={onClose}>
      {a.viaNetwork && <p className="cal-tag cal-tag-large">{t('appointment.network')}</p>}
      <FactsList facts={facts} />
      {a.kind === 'booking' && (
        <DetailDifferences appointmentId={a.id} differences={a.detailDifferences} onTaken={setTaken} />
      )}
      <SavedNotice text={taken} />
      {panel === 'details' && changeable && (
        <div className="actions" role="group" aria-label={t('details.actions')}>
          <button type="button" className="button" onClick={() => setPanel('move')}>
            {t('details.move')}
          </button>
          <button type="button" className="button button-secondary button-danger" onClick={() => setPanel('cancel')}>
            {t('details.cancel')}
          </button>
          <button type="button" className="button button-secondary button-danger" onClick={() => setPanel('noShow')}>
            {t('details.noShow')}
          </button>
          {a.startAt.getTime() > openedAt && <p className="field-hint">{t('details.noShow.early')}</p>}
        </div>
      )}
      {panel === 'details' && a.kind === 'booking' && (
        <div className="actions">
          <OpenCardButton appointmentId={a.id} secondary />
        </div>
      )}
      {panel === 'details' && !changeable && a.kind === 'booking' && (
        <p className="muted">{t('details.readOnly', { status: t(`appointment.status.${a.status}`).toLowerCase() })}</p>
      )}
      {panel === 'cancel' && <CancelForm appointment={a} onCancel={() => setPanel('details')} onDone={done} />}
      {panel === 'noShow' && <NoShowForm appointment={a} onCancel={() => setPanel('details')} onDone={done} />}
      {panel === 'move' && <MoveForm appointment={a} onCancel={() => setPanel('details')} onDone={done} />}
    </AppointmentFrame>
  );
}

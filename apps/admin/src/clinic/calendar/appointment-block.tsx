// One appointment in the calendar: what the insurer sent is on it (K1, K2) — patient, tariff, insurer, case id, the
// patient's remark and the note. A booking through the network is striped and says «Nettverk» in words, so it is
// told apart without colour; cancelled, no-show, held and blocked times say so too. The whole block is one button.
import type { CSSProperties } from 'react';
import { formatTime } from '@bn/domain';
import type { BookAppointment } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function appointmentClass(a: BookAppointment): string {
  return [
    'cal-appt',
    a.viaNetwork && 'cal-appt-network',
    a.kind !== 'booking' && `cal-appt-${a.kind}`,
    a.status !== 'active' && `cal-appt-${a.status.replace('_', '-')}`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function AppointmentBlock({ appointment: a, onOpen }: { appointment: BookAppointment; onOpen: () => void }) {
  const t = useAdminT();
  const style = { '--type-colour': a.type?.colour ?? '#5b6472' } as CSSProperties;
  // The note carries the case id (K5); say it on its own only when the note does not.
  const caseIdApart = a.caseId && !(a.note ?? '').toUpperCase().includes(a.caseId.toUpperCase());
  const state =
    a.kind === 'hold'
      ? t('appointment.hold')
      : a.kind === 'block'
        ? t('appointment.block')
        : a.status !== 'active'
          ? t(`appointment.status.${a.status}`)
          : null;
  return (
    <button type="button" className={appointmentClass(a)} style={style} onClick={onOpen}>
      <span className="cal-appt-line">
        <span className="cal-appt-time">
          {formatTime(a.startAt)}–{formatTime(a.endAt)}
        </span>{' '}
        <strong>{a.patient?.name ?? (a.kind === 'booking' ? t('appointment.noPatient') : '')}</strong>
      </span>
      {state && <span className="cal-appt-state">{state}</span>}
      {(a.viaNetwork || a.insurerName) && (
        <span className="cal-appt-line">
          {a.viaNetwork && <span className="cal-tag">{t('appointment.network')}</span>} {a.insurerName}
        </span>
      )}
      {a.tariff && (
        <span className="cal-appt-line">
          {a.tariff.code} {a.tariff.name}
        </span>
      )}
      {caseIdApart && <span className="cal-appt-line">{t('appointment.caseId', { caseId: a.caseId! })}</span>}
      {a.note && <span className="cal-appt-line">{t('appointment.note', { note: a.note })}</span>}
      {a.patientRemark && <span className="cal-appt-line">{t('appointment.remark', { remark: a.patientRemark })}</span>}
      {a.kind === 'booking' && a.paidByPatient && a.status === 'active' && (
        <span className="cal-appt-line muted">{t('appointment.paidByPatient')}</span>
      )}
    </button>
  );
}

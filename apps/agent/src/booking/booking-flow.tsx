// One booking attempt: the hold with its countdown, the patient form, the summary and the confirmation. The form's
// values outlive a new hold («Hold av timen på nytt»), so the agent never types them twice.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FactsList, readApiError, useLocale, useTRPC } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { useNow } from '../use-now.js';
import { refusalFor, refusalKeepsHold } from './booking-errors.js';
import { BookingRefused } from './booking-refused.js';
import type { BookedReceipt } from './booking-state.js';
import { BookingSummary } from './booking-summary.js';
import { HoldStatus } from './hold-status.js';
import { clearFormDraft, readFormDraft, saveFormDraft } from './form-draft.js';
import {
  fieldProblems,
  type PatientFormValues,
  type PatientPayload,
  type ServerFieldErrors,
} from './patient-fields.js';
import { PatientForm } from './patient-form.js';
import { shownPatient, slotFacts } from './booking-facts.js';
import type { SlotChoice } from './slot-choice.js';
import { useHold } from './use-hold.js';
import { heldChangeState, UnchangeableNotice } from './unchangeable-notice.js';

export interface BookingFlowProps {
  slot: SlotChoice;
  /** The idempotency key of both the hold and the confirmation. */
  attemptId: string;
  searchPath: string;
  onHoldAgain: () => void;
  onBooked: (receipt: BookedReceipt) => void;
}

type Step =
  | { name: 'form' }
  | { name: 'summary'; payload: PatientPayload }
  | { name: 'refused'; payload: PatientPayload; error: unknown };

export function BookingFlow({ slot, attemptId, searchPath, onHoldAgain, onBooked }: BookingFlowProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const hold = useHold(slot, attemptId);
  const now = useNow();
  // A reload mid-booking keeps the form (all but the national id: form-draft.ts).
  const [values, setFormValues] = useState(() => readFormDraft(attemptId));
  const setValues = (next: PatientFormValues) => {
    setFormValues(next);
    saveFormDraft(attemptId, next);
  };
  // A new hold («Hold av timen på nytt») is a new attempt: the values it keeps are kept under its id too.
  useEffect(() => saveFormDraft(attemptId, values), [attemptId]); // eslint-disable-line react-hooks/exhaustive-deps
  const [step, setStep] = useState<Step>({ name: 'form' });
  const [serverErrors, setServerErrors] = useState<ServerFieldErrors>({});
  const [renewing, setRenewing] = useState(false);
  const confirm = useMutation(trpc.booking.confirm.mutationOptions());

  const held = hold.state.status === 'held' ? hold.state : null;
  const expired = held !== null && now >= held.deadline;
  const change = held ? heldChangeState(held.hold, now) : ({ kind: 'over' } as const);

  const sendConfirm = (payload: PatientPayload) => {
    if (!held || confirm.isPending) return;
    // Leaving now must not give the time back: the booking may already be on its way.
    hold.keep(true);
    confirm.mutate(
      { holdId: held.hold.holdId, ...payload, idempotencyKey: attemptId },
      {
        onSuccess: (result) => {
          void queryClient.invalidateQueries({ queryKey: trpc.search.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.booking.mine.pathKey() });
          const patient = shownPatient(payload);
          clearFormDraft(attemptId);
          onBooked({
            appointmentId: result.appointmentId,
            startAt: new Date(result.startAt).toISOString(),
            endAt: new Date(result.endAt).toISOString(),
            tariffCode: result.tariffCode,
            caseId: result.caseId,
            claimCreated: result.claimCreated,
            paidByPatient: result.paidByPatient,
            patientName: patient.name,
            maskedNationalId: patient.maskedNationalId,
            patientRemark: patient.remark,
          });
        },
        onError: (error) => {
          hold.keep(false);
          const info = readApiError(error);
          const refusal = refusalFor('confirm', info);
          if (refusal.field) {
            // One field is wrong and the hold stands: back to the form, the agent's sentence beside that field (the
            // form moves the keyboard to it).
            setServerErrors({ ...fieldProblems(info.issues), [refusal.field]: refusal.messageKey });
            setStep({ name: 'form' });
            return;
          }
          setServerErrors(fieldProblems(info.issues));
          setStep({ name: 'refused', payload, error });
        },
      },
    );
  };

  if (hold.state.status === 'failed') {
    return (
      <>
        <SlotCard slot={slot} />
        <BookingRefused stage="hold" error={hold.state.error} searchPath={searchPath} onRetry={hold.retry} />
      </>
    );
  }

  // A refusal that ends the hold (taken, expired …) hides the countdown; one that leaves it (fix, retry) keeps it.
  const showHold = step.name !== 'refused' || refusalKeepsHold(refusalFor('confirm', readApiError(step.error)));
  const holdAgain = async () => {
    if (renewing) return;
    setRenewing(true);
    await hold.release();
    setRenewing(false);
    setStep(step.name === 'refused' ? { name: 'summary', payload: step.payload } : step);
    onHoldAgain();
  };

  return (
    <>
      {/* The summary shows the time itself, with the patient. */}
      {step.name !== 'summary' && <SlotCard slot={slot} />}
      {showHold && (
        <HoldStatus
          state={hold.state}
          now={now}
          onHoldAgain={() => void holdAgain()}
          renewing={renewing}
          searchPath={searchPath}
          onExtend={hold.extend}
          extending={hold.extending}
          extendError={hold.extendError}
        />
      )}
      {/* Said before the patient's details are taken, so the agent can tell the patient first. */}
      {step.name === 'form' && <UnchangeableNotice state={change} />}
      {step.name === 'form' && (
        <PatientForm
          values={values}
          onChange={setValues}
          serverErrors={serverErrors}
          onNext={(payload) => {
            setServerErrors({});
            setStep({ name: 'summary', payload });
          }}
          onCancel={() => void navigate(searchPath)}
        />
      )}
      {step.name === 'summary' && (
        <BookingSummary
          slot={slot}
          payload={step.payload}
          canConfirm={held !== null && !expired}
          holdPending={hold.state.status === 'pending'}
          confirming={confirm.isPending}
          change={change}
          onConfirm={() => sendConfirm(step.payload)}
          onEdit={() => setStep({ name: 'form' })}
        />
      )}
      {step.name === 'refused' && (
        <BookingRefused
          stage="confirm"
          error={step.error}
          searchPath={searchPath}
          retrying={confirm.isPending}
          onRetry={() => sendConfirm(step.payload)}
          onHoldAgain={() => void holdAgain()}
          onFix={() => setStep({ name: 'form' })}
        />
      )}
    </>
  );
}

function SlotCard({ slot }: { slot: SlotChoice }) {
  const at = useAgentT();
  const { locale } = useLocale();
  return (
    <section className="booking-slot card" aria-labelledby="slot-heading">
      <h2 id="slot-heading" className="visually-hidden">
        {at('booking.slot.heading')}
      </h2>
      <FactsList facts={slotFacts(slot, at, locale)} />
    </section>
  );
}

// «Avslå søknaden» (N2): the operator turns down a pending application with a reason (required, bounded by the shared
// schema, kept in the change log) that the clinic sees. Escape or «Avbryt» leaves everything as it was.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { MEMBERSHIP_REJECTION_REASON_MAX, membershipRejectionInput } from '@bn/domain';
import { EditForm, ModalDialog, TextareaField, checkedBy, fieldId, useFieldErrors, useTRPC } from '@bn/ui';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

interface Props {
  practitioner: { id: string; name: string };
  onClose: () => void;
}

export function RejectMembershipDialog({ practitioner, onClose }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [reason, setReason] = useState('');
  const reject = useMutation(
    checkedBy(membershipRejectionInput, trpc.memberships.reject.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(reject.error);
  const headingId = fieldId('reject-membership', 'heading');

  return (
    <ModalDialog labelledBy={headingId} onClose={onClose}>
      <h2 id={headingId}>{t('memberships.reject.heading', { name: practitioner.name })}</h2>
      <p>{t('memberships.reject.intro')}</p>
      <EditForm
        id="reject-membership"
        label={t('memberships.rejectNamed', { name: practitioner.name })}
        error={reject.error}
        pending={reject.isPending}
        onSubmit={() => reject.mutate({ practitionerId: practitioner.id, reason }, { onSuccess: onClose })}
        submitLabel={t('memberships.reject.submit')}
        onCancel={onClose}
      >
        <TextareaField
          id={fieldId('reject-membership', 'reason')}
          label={t('memberships.reject.reason')}
          hint={t('memberships.reject.reason.hint', { max: MEMBERSHIP_REJECTION_REASON_MAX })}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          rows={3}
        />
      </EditForm>
    </ModalDialog>
  );
}

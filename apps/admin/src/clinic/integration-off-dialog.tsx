// «Slå av integrasjonen»: the clinic leaves the network's search at once, so it takes a confirmation with the reason
// (required, bounded by the shared schema, kept in the change log). Escape or «Avbryt» leaves everything as it was.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { INTEGRATION_REASON_MAX, clinicIntegrationInput } from '@bn/domain';
import { EditForm, ModalDialog, TextareaField, checkedBy, fieldId, useFieldErrors, useTRPC } from '@bn/ui';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

interface Props {
  clinicId: string;
  onClose: () => void;
  onDone: () => void;
}

export function IntegrationOffDialog({ clinicId, onClose, onDone }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  const [reason, setReason] = useState('');
  const off = useMutation(
    checkedBy(clinicIntegrationInput, trpc.clinics.setIntegration.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(off.error);
  const headingId = fieldId('integration-off', 'heading');

  return (
    <ModalDialog labelledBy={headingId} onClose={onClose}>
      <h2 id={headingId}>{t('clinic.integration.off.heading', { clinic: clinic.data?.name ?? '' })}</h2>
      <p>{t('clinic.integration.off.intro')}</p>
      <EditForm
        id="integration-off"
        label={t('clinic.integration.deactivate')}
        error={off.error}
        pending={off.isPending}
        onSubmit={() => off.mutate({ clinicId, active: false, reason }, { onSuccess: onDone })}
        submitLabel={t('clinic.integration.off.submit')}
        onCancel={onClose}
      >
        <TextareaField
          id={fieldId('integration-off', 'reason')}
          label={t('clinic.integration.off.reason')}
          hint={t('clinic.integration.off.reason.hint', { max: INTEGRATION_REASON_MAX })}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          rows={3}
        />
      </EditForm>
    </ModalDialog>
  );
}

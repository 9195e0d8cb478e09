import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { formatDate, formatOrgNumber } from '@bn/domain';
import { ActionButton, FactsList, YesNo, useSessionUser, useTRPC } from '@bn/ui';
import type { ClinicDetail } from '../api/types.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { SavedNotice } from './section-parts.js';
import { IntegrationOffDialog } from './integration-off-dialog.js';

/** The clinic's key facts; the network and support switch the integration on or off here (N5). */
export function ClinicFacts({ clinic }: { clinic: ClinicDetail }) {
  const t = useAdminT();
  const user = useSessionUser();
  const canToggle = user.role === 'network_operator' || user.role === 'support';
  return (
    <FactsList
      facts={[
        { label: t('clinic.orgNumber'), value: formatOrgNumber(clinic.orgNumber) },
        {
          label: t('clinic.integration'),
          value: (
            <span className="fact-with-action">
              <YesNo
                value={clinic.integrationActive}
                yes={t('clinic.integration.active')}
                no={t('clinic.integration.inactive')}
              />
              {canToggle && <IntegrationToggle clinicId={clinic.id} active={clinic.integrationActive} />}
            </span>
          ),
        },
        {
          label: t('clinic.severalDepartments'),
          value: clinic.severalDepartmentsNotifiedAt
            ? t('clinic.severalDepartments.yes', { date: formatDate(clinic.severalDepartmentsNotifiedAt) })
            : t('common.no'),
        },
      ]}
    />
  );
}

/** On at once; off only through the dialog that asks for the reason (N5, the change log keeps it). */
export function IntegrationToggle({ clinicId, active }: { clinicId: string; active: boolean }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const toggle = useMutation(trpc.clinics.setIntegration.mutationOptions({ onSuccess: refresh }));
  return (
    <>
      {active ? (
        <button type="button" className="button button-secondary button-small" onClick={() => setAsking(true)}>
          {t('clinic.integration.deactivate')}
        </button>
      ) : (
        <ActionButton
          small
          secondary
          pending={toggle.isPending}
          error={toggle.error}
          onClick={() => toggle.mutate({ clinicId, active: true }, { onSuccess: () => setDone(null) })}
        >
          {t('clinic.integration.activate')}
        </ActionButton>
      )}
      <SavedNotice text={done} />
      {asking && (
        <IntegrationOffDialog
          clinicId={clinicId}
          onClose={() => setAsking(false)}
          onDone={() => {
            setAsking(false);
            setDone(t('clinic.integration.off.done'));
          }}
        />
      )}
    </>
  );
}

// "Behandlere": who works at the clinic (N1), their HPR number (N2) and membership of the network.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { PROFESSION_INFO } from '@bn/domain';
import { ActionButton, DataTable, QueryView, usePageTitle, useLocale, useTRPC, useTRPCClient } from '@bn/ui';
import { HprNumber } from '../../components/hpr-number.js';
import { useCanEditClinic, useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { NEW, useEditing } from '../../api/use-editing.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import type { ConfigPractitioner } from '../../api/types.js';
import { EditButton, SavedNotice, SectionHead } from '../section-parts.js';
import { DeleteButton } from '../delete-button.js';
import { MembershipStatus } from './membership-status.js';
import { PractitionerForm, newPractitioner } from './practitioner-form.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function PractitionersPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const clinicId = useClinicId();
  const config = useClinicConfig();
  const canEdit = useCanEditClinic();
  const { editing, isNew, open, openNew, close } = useEditing();
  const [saved, setSaved] = useState<string | null>(null);
  const client = useTRPCClient();
  usePageTitle(t('clinic.tab.practitioners'));

  return (
    <section aria-labelledby="practitioners-heading">
      <SectionHead
        id="practitioners-heading"
        title={t('clinic.tab.practitioners')}
        newLabel={canEdit && !editing ? t('practitioners.new') : null}
        onNew={openNew}
      />
      <p className="muted">{t('practitioners.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={config} loadingLabel={t('clinic.loading')}>
        {(c) => {
          const current = isNew ? newPractitioner(clinicId) : c.practitioners.find((p) => p.id === editing);
          return (
            <>
              {canEdit && current && (
                <PractitionerForm
                  key={isNew ? NEW : current.id}
                  initial={current}
                  isNew={isNew}
                  onCancel={close}
                  onSaved={(name) => {
                    setSaved(t('form.saved', { name }));
                    close();
                  }}
                />
              )}
              {c.practitioners.length === 0 ? (
                <p className="state state-empty">{t('clinic.practitioners.empty')}</p>
              ) : (
                <DataTable
                  caption={t('clinic.tab.practitioners')}
                  captionHidden
                  rows={c.practitioners}
                  rowKey={(p) => p.id}
                  columns={[
                    { key: 'name', header: t('clinic.practitioners.col.name'), cell: (p) => p.name },
                    {
                      key: 'profession',
                      header: t('clinic.practitioners.col.profession'),
                      cell: (p) => PROFESSION_INFO[p.profession][locale],
                    },
                    {
                      key: 'hpr',
                      header: t('clinic.practitioners.col.hpr'),
                      nowrap: true,
                      cell: (p) => <HprNumber profession={p.profession} hprNumber={p.hprNumber} />,
                    },
                    {
                      key: 'membership',
                      header: t('practitioners.col.membership'),
                      cell: (p) => <MembershipCell practitioner={p} canApply={canEdit} />,
                    },
                    ...(canEdit
                      ? [
                          {
                            key: 'edit',
                            header: t('common.actions'),
                            cell: (p: ConfigPractitioner) => (
                              <span className="row-actions">
                                <EditButton name={p.name} onClick={() => open(p.id)} />
                                <DeleteButton
                                  id={p.id}
                                  name={p.name}
                                  onDelete={() => client.practitioners.delete.mutate({ id: p.id })}
                                  onDeleted={setSaved}
                                />
                              </span>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function MembershipCell({ practitioner, canApply }: { practitioner: ConfigPractitioner; canApply: boolean }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const apply = useMutation(trpc.memberships.applyFor.mutationOptions({ onSuccess: refresh }));
  const status = practitioner.membership;
  return (
    <span className="cell-stack">
      <MembershipStatus status={status} />
      {status === 'pending' && practitioner.membershipResetReason && (
        <span className="field-hint">{t(`membership.reset.${practitioner.membershipResetReason}`)}</span>
      )}
      {status === 'rejected' && practitioner.membershipRejectionReason && (
        <span className="field-hint">
          {t('membership.rejectedReason', { reason: practitioner.membershipRejectionReason })}
        </span>
      )}
      {canApply && (status === null || status === 'revoked' || status === 'rejected') && (
        <ActionButton
          small
          pending={apply.isPending}
          error={apply.error}
          label={t('practitioners.applyFor', { name: practitioner.name })}
          onClick={() => apply.mutate({ practitionerId: practitioner.id })}
        >
          {t('practitioners.apply')}
        </ActionButton>
      )}
    </span>
  );
}

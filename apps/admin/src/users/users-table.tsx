// The users list: who, which role and scope, whether the login works (active, invited, deactivated, two-step on),
// and for those who may: deactivate, activate, send the invitation again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@bn/domain';
import { ActionButton, DataTable, StatusBadge, useLocale, useSessionUser, useTRPC } from '@bn/ui';
import type { AccountRow } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';

interface Props {
  rows: readonly AccountRow[];
  /** What a row's scope says (a clinic's name, a practitioner's, an insurer's). */
  scopeOf: (row: AccountRow) => string;
  onNotice: (text: string) => void;
}

export function UsersTable({ rows, scopeOf, onNotice }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useSessionUser();
  const mayChange = me.role === 'network_operator' || me.role === 'clinic_admin';
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
  const setActive = useMutation(trpc.users.setActive.mutationOptions({ onSuccess: refresh }));
  const resend = useMutation(trpc.users.resendInvitation.mutationOptions({ onSuccess: refresh }));

  return (
    <DataTable
      caption={t('users.heading')}
      captionHidden
      rows={rows}
      rowKey={(u) => u.id}
      columns={[
        { key: 'name', header: t('users.col.name'), cell: (u) => u.name },
        { key: 'email', header: t('users.col.email'), cell: (u) => <span className="break-anywhere">{u.email}</span> },
        { key: 'role', header: t('users.col.role'), cell: (u) => ROLE_LABELS[u.role][locale] },
        { key: 'scope', header: t('users.col.scope'), cell: scopeOf },
        {
          key: 'status',
          header: t('users.col.status'),
          cell: (u) => (
            <>
              {!u.active ? (
                <StatusBadge status="fail" label={t('users.status.deactivated')} />
              ) : u.invitationPending ? (
                <StatusBadge status="na" label={t('users.status.invited')} />
              ) : (
                <StatusBadge status="ok" label={t('users.status.active')} />
              )}
              {u.secondFactor && <span className="muted"> · {t('users.secondFactor')}</span>}
            </>
          ),
        },
        ...(mayChange
          ? [
              {
                key: 'actions',
                header: t('common.actions'),
                cell: (u: AccountRow) =>
                  u.id === me.id ? null : (
                    <div className="row-actions">
                      {u.active && u.invitationPending && (
                        <ActionButton
                          small
                          secondary
                          pending={resend.isPending && resend.variables.userId === u.id}
                          label={t('users.resend', { name: u.name })}
                          onClick={() =>
                            resend.mutate(
                              { userId: u.id },
                              { onSuccess: () => onNotice(t('users.resent', { email: u.email })) },
                            )
                          }
                        >
                          {t('users.resend.short')}
                        </ActionButton>
                      )}
                      <ActionButton
                        small
                        secondary
                        pending={setActive.isPending && setActive.variables.userId === u.id}
                        label={t(u.active ? 'users.deactivate' : 'users.reactivate', { name: u.name })}
                        onClick={() =>
                          setActive.mutate(
                            { userId: u.id, active: !u.active },
                            {
                              onSuccess: () =>
                                onNotice(t(u.active ? 'users.deactivated' : 'users.reactivated', { name: u.name })),
                            },
                          )
                        }
                      >
                        {t(u.active ? 'users.deactivate.short' : 'users.reactivate.short')}
                      </ActionButton>
                    </div>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

// «Brukere» of a clinic: its administrators and its practitioners' logins; its admins (and the operator) invite,
// deactivate and activate them. A practitioner's login is linked to its practitioner record.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { QueryView, useSessionUser, usePageTitle, useTRPC } from '@bn/ui';
import { useClinicConfig, useClinicId } from '../api/use-clinic.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { InviteUserForm } from '../users/invite-user-form.js';
import { UsersTable } from '../users/users-table.js';
import { SavedNotice, SectionHead } from './section-parts.js';

export function UsersSection() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const me = useSessionUser();
  const config = useClinicConfig();
  const users = useQuery(trpc.users.list.queryOptions({ clinicId }));
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayInvite = me.role === 'clinic_admin' || me.role === 'network_operator';
  usePageTitle(t('clinic.tab.users'));

  const practitioners = config.data?.practitioners ?? [];
  const linked = new Set((users.data ?? []).map((u) => u.practitioner?.id).filter(Boolean));
  const nameOf = (id: string | undefined) => practitioners.find((p) => p.id === id)?.name;

  return (
    <section aria-labelledby="users-heading">
      <SectionHead
        id="users-heading"
        title={t('clinic.tab.users')}
        newLabel={mayInvite && !inviting ? t('users.invite') : null}
        onNew={() => setInviting(true)}
      />
      <p className="muted">{t('users.intro.clinic')}</p>
      <SavedNotice text={notice} />
      {inviting && (
        <InviteUserForm
          clinicId={clinicId}
          clinics={[]}
          insurers={[]}
          practitioners={() =>
            practitioners.filter((p) => !linked.has(p.id)).map((p) => ({ value: p.id, label: p.name }))
          }
          onCancel={() => setInviting(false)}
          onSent={(email) => {
            setInviting(false);
            setNotice(t('users.invite.sent', { email }));
          }}
        />
      )}
      <QueryView
        query={users}
        loadingLabel={t('users.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('users.empty')}
      >
        {(rows) => (
          <UsersTable
            rows={rows}
            onNotice={setNotice}
            scopeOf={(u) => (u.practitioner ? (nameOf(u.practitioner.id) ?? u.practitioner.name) : '')}
          />
        )}
      </QueryView>
    </section>
  );
}

// "Avdelinger" (D1, D2): each department's address as a contact card, the clinic's notice that it has several
// departments, and support's registration of each address with the network.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DepartmentConfig } from '@bn/domain';
import { QueryView, usePageTitle, useSessionUser, useTRPC } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { NEW, useEditing } from '../../api/use-editing.js';
import { SavedNotice, SectionHead } from '../section-parts.js';
import { DepartmentCard } from './department-card.js';
import { DepartmentForm } from './department-form.js';
import { SeveralDepartmentsNotice } from './several-departments-notice.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function DepartmentsPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const clinicId = useClinicId();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  const { editing, isNew, open, openNew, close } = useEditing();
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('clinic.tab.departments'));
  // The API lets the clinic's admin and support keep the addresses; support and the network register them.
  const canEdit = user.role === 'clinic_admin' || user.role === 'support';
  const canRegister = user.role === 'support' || user.role === 'network_operator';

  return (
    <section aria-labelledby="departments-heading">
      <SectionHead
        id="departments-heading"
        title={t('clinic.tab.departments')}
        newLabel={canEdit && !editing ? t('departments.new') : null}
        onNew={openNew}
      />
      <p className="muted">{t('departments.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={clinic} loadingLabel={t('clinic.loading')}>
        {(c) => {
          const row = c.departments.find((d) => d.id === editing);
          const current: DepartmentConfig | undefined = isNew
            ? { id: '', clinicId, name: '', street: '', postcode: '', city: '', registeredWithNetwork: false }
            : row && { ...row, clinicId, registeredWithNetwork: row.registeredWithNetworkAt !== null };
          return (
            <>
              <SeveralDepartmentsNotice
                clinicId={clinicId}
                notifiedAt={c.severalDepartmentsNotifiedAt}
                departmentCount={c.departments.length}
                canNotify={user.role === 'clinic_admin'}
              />
              {canEdit && current && (
                <DepartmentForm
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
              {c.departments.length === 0 ? (
                <p className="state state-empty">{t('clinic.departments.empty')}</p>
              ) : (
                <ul className="cards" aria-label={t('departments.cards')}>
                  {c.departments.map((d) => (
                    <DepartmentCard
                      key={d.id}
                      department={d}
                      canEdit={canEdit}
                      canRegister={canRegister}
                      notified={c.severalDepartmentsNotifiedAt !== null}
                      onEdit={() => open(d.id)}
                      onDeleted={setSaved}
                    />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

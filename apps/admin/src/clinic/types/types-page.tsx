// "Timetyper": each type (T1–T5, K3, K4) and, when one is open, its rules per book (T2, T4).
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AppointmentTypeConfig } from '@bn/domain';
import { DataTable, QueryView, YesNo, usePageTitle, useTRPCClient } from '@bn/ui';
import { useCanEditClinic, useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { NEW, useEditing } from '../../api/use-editing.js';
import { clinicSectionPath } from '../../paths.js';
import { EditButton, SavedNotice, SectionHead, ShowButton } from '../section-parts.js';
import { DeleteButton } from '../delete-button.js';
import { TypeForm, newType } from './type-form.js';
import { TypeRules } from './type-rules.js';
import { TypeFacts } from './type-facts.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function TypesPage() {
  const t = useAdminT();
  const clinicId = useClinicId();
  const navigate = useNavigate();
  const config = useClinicConfig();
  const canEdit = useCanEditClinic();
  const { editing, isNew, open, openNew, close } = useEditing();
  const [saved, setSaved] = useState<string | null>(null);
  const client = useTRPCClient();
  usePageTitle(t('clinic.tab.types'));

  return (
    <section aria-labelledby="types-heading">
      <SectionHead
        id="types-heading"
        title={t('clinic.tab.types')}
        newLabel={canEdit && !editing ? t('types.new') : null}
        onNew={openNew}
      />
      <p className="muted">{t('types.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={config} loadingLabel={t('clinic.loading')}>
        {(c) => {
          const current = isNew ? newType(clinicId) : c.types.find((x) => x.id === editing);
          const department = (x: AppointmentTypeConfig) =>
            c.departments.find((d) => d.id === x.departmentId)?.name ?? t('types.department.all');
          return (
            <>
              {current && canEdit && (
                <TypeForm
                  key={isNew ? NEW : current.id}
                  initial={current}
                  isNew={isNew}
                  departments={c.departments}
                  onCancel={close}
                  onSaved={({ id, name }) => {
                    setSaved(isNew ? t('types.savedAddRules', { name }) : t('form.saved', { name }));
                    // A new type stays open, so its rules can be added right away.
                    if (isNew) void navigate(clinicSectionPath(clinicId, 'types', { rediger: id }), { replace: true });
                    else close();
                  }}
                />
              )}
              {current && !isNew && !canEdit && <TypeFacts type={current} departments={c.departments} />}
              {current && !isNew && <TypeRules type={current} config={c} canEdit={canEdit} />}
              {c.types.length === 0 ? (
                <p className="state state-empty">{t('types.empty')}</p>
              ) : (
                <DataTable
                  caption={t('clinic.tab.types')}
                  captionHidden
                  rows={c.types}
                  rowKey={(x) => x.id}
                  columns={[
                    {
                      key: 'name',
                      header: t('types.col.name'),
                      cell: (x) => (
                        <span className="with-swatch">
                          <span className="swatch" style={{ background: x.colour }} aria-hidden="true" />
                          {x.name}
                        </span>
                      ),
                    },
                    {
                      key: 'duration',
                      header: t('types.col.duration'),
                      numeric: true,
                      cell: (x) => t('types.minutes', { n: x.durationMinutes }),
                    },
                    {
                      key: 'online',
                      header: t('types.col.online'),
                      cell: (x) => <YesNo value={x.bookableOnline} yes={t('common.yes')} no={t('common.no')} />,
                    },
                    { key: 'address', header: t('types.col.address'), cell: department },
                    {
                      key: 'rules',
                      header: t('types.col.rules'),
                      numeric: true,
                      cell: (x) => c.rules.filter((r) => r.typeId === x.id).length,
                    },
                    {
                      key: 'edit',
                      header: t('common.actions'),
                      cell: (x: AppointmentTypeConfig) =>
                        canEdit ? (
                          <span className="row-actions">
                            <EditButton name={x.name} onClick={() => open(x.id)} />
                            <DeleteButton
                              id={x.id}
                              name={x.name}
                              onDelete={() => client.types.delete.mutate({ id: x.id })}
                              onDeleted={setSaved}
                            />
                          </span>
                        ) : (
                          <ShowButton name={x.name} onClick={() => open(x.id)} />
                        ),
                    },
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

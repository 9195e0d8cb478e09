// "Timebøker": each book's owner (B1, B2), online booking (B3), patient lists (B4) and restrictions (T3).
import { useState } from 'react';
import { PATIENT_LIST_LABELS, type BookConfig } from '@bn/domain';
import { DataTable, QueryView, YesNo, usePageTitle, useLocale, useTRPCClient } from '@bn/ui';
import { useCanEditClinic, useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { NEW, useEditing } from '../../api/use-editing.js';
import type { ClinicConfigView } from '../../api/types.js';
import { EditButton, SavedNotice, SectionHead } from '../section-parts.js';
import { DeleteButton } from '../delete-button.js';
import { BookForm, newBook } from './book-form.js';
import { restrictionsSummary } from './restrictions-summary.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function BooksPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const clinicId = useClinicId();
  const config = useClinicConfig();
  const canEdit = useCanEditClinic();
  const { editing, isNew, open, openNew, close } = useEditing();
  const [saved, setSaved] = useState<string | null>(null);
  const client = useTRPCClient();
  usePageTitle(t('clinic.tab.books'));

  const owner = (b: BookConfig, c: ClinicConfigView) =>
    b.ownerKind === 'practitioner'
      ? (c.practitioners.find((p) => p.id === b.ownerPractitionerId)?.name ?? '–')
      : b.ownerKind === 'clinic'
        ? t('books.owner.clinic')
        : t('books.owner.groupNamed', { name: b.groupName ?? '' });

  return (
    <section aria-labelledby="books-heading">
      <SectionHead
        id="books-heading"
        title={t('clinic.tab.books')}
        newLabel={canEdit && !editing ? t('books.new') : null}
        onNew={openNew}
      />
      <p className="muted">{t('books.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={config} loadingLabel={t('clinic.loading')}>
        {(c) => {
          const current = isNew ? newBook(clinicId) : c.books.find((b) => b.id === editing);
          return (
            <>
              {canEdit && current && (
                <BookForm
                  key={isNew ? NEW : current.id}
                  initial={current}
                  isNew={isNew}
                  practitioners={c.practitioners}
                  onCancel={close}
                  onSaved={(name) => {
                    setSaved(t('form.saved', { name }));
                    close();
                  }}
                />
              )}
              {c.books.length === 0 ? (
                <p className="state state-empty">{t('books.empty')}</p>
              ) : (
                <DataTable
                  caption={t('clinic.tab.books')}
                  captionHidden
                  rows={c.books}
                  rowKey={(b) => b.id}
                  columns={[
                    { key: 'name', header: t('books.col.name'), cell: (b) => b.name },
                    { key: 'owner', header: t('books.col.owner'), cell: (b) => owner(b, c) },
                    {
                      key: 'online',
                      header: t('books.col.online'),
                      cell: (b) => <YesNo value={b.onlineBooking} yes={t('common.yes')} no={t('common.no')} />,
                    },
                    {
                      key: 'lists',
                      header: t('books.col.patientLists'),
                      cell: (b) => b.patientLists.map((p) => PATIENT_LIST_LABELS[p][locale]).join(', ') || '–',
                    },
                    {
                      key: 'limits',
                      header: t('books.col.restrictions'),
                      cell: (b) => restrictionsSummary(b.restrictions, t),
                    },
                    ...(canEdit
                      ? [
                          {
                            key: 'edit',
                            header: t('common.actions'),
                            cell: (b: BookConfig) => (
                              <span className="row-actions">
                                <EditButton name={b.name} onClick={() => open(b.id)} />
                                <DeleteButton
                                  id={b.id}
                                  name={b.name}
                                  onDelete={() => client.books.delete.mutate({ id: b.id })}
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

// The rules of one type, one per book (T2, T4): which patient list may book it there, and its tariffs.
import { useState } from 'react';
import { PATIENT_LIST_LABELS, type AppointmentTypeConfig, type TypeRuleConfig } from '@bn/domain';
import { DataTable, useLocale, useTRPCClient } from '@bn/ui';
import { NEW, useEditing } from '../../api/use-editing.js';
import type { ClinicConfigView } from '../../api/types.js';
import { EditButton, SavedNotice } from '../section-parts.js';
import { DeleteButton } from '../delete-button.js';
import { RuleForm } from './rule-form.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  type: AppointmentTypeConfig;
  config: ClinicConfigView;
  canEdit: boolean;
}

export function TypeRules({ type, config, canEdit }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  // `?regel=<bookId>` opens the rule for that book (a new one if there is none): the readiness check links here.
  const { editing: bookId, open, close } = useEditing('regel');
  const [saved, setSaved] = useState<string | null>(null);
  const client = useTRPCClient();
  const rules = config.rules.filter((r) => r.typeId === type.id);
  const bookName = (id: string) => config.books.find((b) => b.id === id)?.name ?? id;
  const tariffCodes = (r: TypeRuleConfig) =>
    r.tariffIds.map((id) => config.tariffs.find((x) => x.id === id)?.code ?? id).join(', ') || '–';

  const existing = bookId ? rules.find((r) => r.bookId === bookId) : undefined;
  const isNew = bookId !== null && !existing;
  // A new rule's id is made once, when its form mounts (keyed by the book), not on every render.
  const current: TypeRuleConfig | undefined =
    existing ??
    (bookId !== null
      ? { id: '', typeId: type.id, bookId: bookId === NEW ? '' : bookId, patientList: 'all_patients', tariffIds: [] }
      : undefined);
  const freeBooks = config.books.filter((b) => b.id === current?.bookId || !rules.some((r) => r.bookId === b.id));

  return (
    <section className="subsection" aria-labelledby="type-rules-heading">
      <div className="section-head">
        <h3 id="type-rules-heading">{t('rules.heading', { type: type.name })}</h3>
        {canEdit && !current && freeBooks.length > 0 && (
          <button type="button" className="button" onClick={() => open(NEW)}>
            {t('rules.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('rules.intro')}</p>
      <SavedNotice text={saved} />
      {canEdit && current && (
        <RuleForm
          key={existing ? existing.id : `new-${bookId}`}
          initial={current}
          isNew={isNew}
          typeName={type.name}
          books={freeBooks}
          tariffs={config.tariffs}
          onCancel={close}
          onSaved={() => {
            setSaved(t('rules.saved'));
            close();
          }}
        />
      )}
      {rules.length === 0 ? (
        <p className="state state-empty">{t('rules.empty')}</p>
      ) : (
        <DataTable
          caption={t('rules.heading', { type: type.name })}
          captionHidden
          rows={rules}
          rowKey={(r) => r.id}
          columns={[
            { key: 'book', header: t('rules.col.book'), cell: (r) => bookName(r.bookId) },
            {
              key: 'list',
              header: t('rules.col.patientList'),
              cell: (r) => PATIENT_LIST_LABELS[r.patientList][locale],
            },
            { key: 'tariffs', header: t('rules.col.tariffs'), cell: tariffCodes },
            ...(canEdit
              ? [
                  {
                    key: 'edit',
                    header: t('common.actions'),
                    cell: (r: TypeRuleConfig) => (
                      <span className="row-actions">
                        <EditButton
                          name={t('rules.ruleFor', { book: bookName(r.bookId) })}
                          onClick={() => open(r.bookId)}
                        />
                        <DeleteButton
                          id={r.id}
                          name={t('rules.ruleFor', { book: bookName(r.bookId) })}
                          onDelete={() => client.rules.delete.mutate({ id: r.id })}
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
    </section>
  );
}

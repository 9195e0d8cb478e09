import { useState } from 'react';
import { WEEKDAY_LABELS, type BookConfig, type WeekTemplateConfig } from '@bn/domain';
import { DataTable, useLocale, useTRPCClient } from '@bn/ui';
import { NEW, useEditing } from '../../api/use-editing.js';
import type { ClinicConfigView } from '../../api/types.js';
import { EditButton, SavedNotice, ShowButton } from '../section-parts.js';
import { DeleteButton } from '../delete-button.js';
import { TemplateForm } from './template-form.js';
import { TemplateFacts } from './template-facts.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  book: BookConfig;
  config: ClinicConfigView;
  canEdit: boolean;
}

/** The book's week templates: per weekday, time windows with the types offered in them, and breaks. */
export function TemplatesSection({ book, config, canEdit }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const { editing, isNew, open, openNew, close } = useEditing('mal');
  const [saved, setSaved] = useState<string | null>(null);
  const client = useTRPCClient();
  const templates = config.templates.filter((x) => x.bookId === book.id);
  const current = isNew
    ? { id: '', bookId: book.id, name: '', windows: [], breaks: [] }
    : templates.find((x) => x.id === editing);
  const days = (x: WeekTemplateConfig) =>
    [...new Set(x.windows.map((w) => w.weekday))]
      .sort()
      .map((d) => WEEKDAY_LABELS[locale][d - 1])
      .join(', ') || '–';

  return (
    <section className="subsection" aria-labelledby="templates-heading">
      <div className="section-head">
        <h3 id="templates-heading">{t('templates.heading', { book: book.name })}</h3>
        {canEdit && !current && (
          <button type="button" className="button" onClick={openNew}>
            {t('templates.new')}
          </button>
        )}
      </div>
      <SavedNotice text={saved} />
      {canEdit && current && (
        <TemplateForm
          key={isNew ? NEW : current.id}
          initial={current}
          isNew={isNew}
          types={config.types}
          onCancel={close}
          onSaved={(name) => {
            setSaved(t('form.saved', { name }));
            close();
          }}
        />
      )}
      {!canEdit && current && !isNew && <TemplateFacts template={current} types={config.types} />}
      {templates.length === 0 ? (
        <p className="state state-empty">{t('templates.empty')}</p>
      ) : (
        <DataTable
          caption={t('templates.heading', { book: book.name })}
          captionHidden
          rows={templates}
          rowKey={(x) => x.id}
          columns={[
            { key: 'name', header: t('templates.col.name'), cell: (x) => x.name },
            { key: 'days', header: t('templates.col.days'), cell: days },
            { key: 'windows', header: t('templates.col.windows'), numeric: true, cell: (x) => x.windows.length },
            { key: 'breaks', header: t('templates.col.breaks'), numeric: true, cell: (x) => x.breaks.length },
            {
              key: 'edit',
              header: t('common.actions'),
              cell: (x: WeekTemplateConfig) =>
                canEdit ? (
                  <span className="row-actions">
                    <EditButton name={x.name} onClick={() => open(x.id)} />
                    <DeleteButton
                      id={x.id}
                      name={x.name}
                      onDelete={() => client.templates.delete.mutate({ id: x.id })}
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
    </section>
  );
}

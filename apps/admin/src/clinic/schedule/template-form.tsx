import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AppointmentTypeConfig, WeekTemplateConfig } from '@bn/domain';
import { weekTemplateSchema } from '@bn/domain';
import { EditForm, FieldError, TextField, describedBy, fieldId, useFieldErrors, useTRPC, checkedBy } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { BreakFields, WindowFields, type BreakDraft, type WindowDraft } from './window-fields.js';
import { CopyDayFields } from './copy-day-fields.js';
import { copyDay } from './copy-day.js';
import { useReportUnsaved } from './unsaved-changes.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  initial: WeekTemplateConfig;
  isNew: boolean;
  types: readonly AppointmentTypeConfig[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** Rows get a key of their own, so removing a window in the middle keeps every other row's input in place. */
const keyed = <T extends object>(rows: readonly T[]) => rows.map((r) => ({ ...r, key: crypto.randomUUID() }));

/** S1: a week template. Windows on the same day may not overlap; a type must fit its window. */
export function TemplateForm({ initial, isNew, types, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [id] = useState(() => initial.id || crypto.randomUUID());
  const [name, setName] = useState(initial.name);
  const [windows, setWindows] = useState<WindowDraft[]>(() => keyed(initial.windows));
  const [breaks, setBreaks] = useState<BreakDraft[]>(() => keyed(initial.breaks));
  const save = useMutation(
    checkedBy(weekTemplateSchema, trpc.templates.upsert.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(save.error);
  // A template without windows is fixed by adding one: its message stands by that button, which gets the keyboard.
  const windowsId = fieldId('template', 'windows');
  const plain = (rows: readonly object[]) => JSON.stringify(rows.map(({ key: _key, ...row }: { key?: string }) => row));
  useReportUnsaved(
    'template',
    !save.isSuccess &&
      (name !== initial.name ||
        plain(windows) !== JSON.stringify(initial.windows) ||
        plain(breaks) !== JSON.stringify(initial.breaks)),
  );

  // A new window continues from the last one, on the next weekday: a Monday–Friday template is four clicks.
  const addWindow = () =>
    setWindows((rows) => {
      const last = rows.at(-1);
      const next = last
        ? { ...last, weekday: Math.min(last.weekday + 1, 7) }
        : { weekday: 1, start: '08:00', end: '16:00', typeIds: [] };
      return [...rows, { ...next, key: crypto.randomUUID() }];
    });
  const addBreak = () =>
    setBreaks((rows) => {
      const last = rows.at(-1);
      const next = last
        ? { ...last, weekday: Math.min(last.weekday + 1, 7) }
        : { weekday: 1, start: '11:30', end: '12:00' };
      return [...rows, { ...next, key: crypto.randomUUID() }];
    });

  const copy = (from: number, to: number[]) => {
    const newKey = () => crypto.randomUUID();
    setWindows((rows) => copyDay(rows, from, to, newKey));
    setBreaks((rows) => copyDay(rows, from, to, newKey));
  };

  const submit = () => {
    const input: WeekTemplateConfig = {
      id,
      bookId: initial.bookId,
      name,
      windows: windows.map(({ weekday, start, end, typeIds }) => ({ weekday, start, end, typeIds })),
      breaks: breaks.map(({ weekday, start, end }) => ({ weekday, start, end })),
    };
    save.mutate(input, { onSuccess: () => onSaved(name) });
  };

  return (
    <EditForm
      id="template-form"
      label={isNew ? t('templates.new') : t('form.editNamed', { name: initial.name })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('templates.save')}
      onCancel={onCancel}
      onSubmit={submit}
      note={t('schedule.neverMoves')}
    >
      <h4>{isNew ? t('templates.new') : initial.name}</h4>
      <TextField
        id={fieldId('template', 'name')}
        label={t('templates.name')}
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <h5>{t('templates.windows')}</h5>
      {windows.length === 0 && <p className="muted">{t('templates.windows.empty')}</p>}
      {windows.map((w, i) => (
        <WindowFields
          key={w.key}
          index={i}
          value={w}
          types={types}
          errors={errors}
          onChange={(next) => setWindows((rows) => rows.map((r) => (r.key === w.key ? next : r)))}
          onRemove={() => setWindows((rows) => rows.filter((r) => r.key !== w.key))}
        />
      ))}
      <div>
        <button
          type="button"
          className="button button-secondary"
          onClick={addWindow}
          aria-invalid={errors.windows ? true : undefined}
          aria-describedby={describedBy(windowsId, null, errors.windows)}
        >
          {t('templates.addWindow')}
        </button>
        <FieldError id={windowsId} error={errors.windows} />
      </div>
      <h5>{t('templates.breaks')}</h5>
      {breaks.length === 0 && <p className="muted">{t('templates.breaks.empty')}</p>}
      {breaks.map((b, i) => (
        <BreakFields
          key={b.key}
          index={i}
          value={b}
          errors={errors}
          onChange={(next) => setBreaks((rows) => rows.map((r) => (r.key === b.key ? next : r)))}
          onRemove={() => setBreaks((rows) => rows.filter((r) => r.key !== b.key))}
        />
      ))}
      <div>
        <button type="button" className="button button-secondary" onClick={addBreak}>
          {t('templates.addBreak')}
        </button>
      </div>
      <CopyDayFields onCopy={copy} />
    </EditForm>
  );
}

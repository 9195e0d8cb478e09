// The book's work plan (S1): a template per week, single days taken out, public holidays closed unless opened.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BookConfig, WorkPlanConfig } from '@bn/domain';
import { workPlanSchema } from '@bn/domain';
import { EditForm, SelectField, useFieldErrors, useTRPC, checkedBy } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import type { ClinicConfigView } from '../../api/types.js';
import { SavedNotice } from '../section-parts.js';
import { thisWeek, weekKey } from './weeks.js';
import { WeekAssign } from './week-assign.js';
import { WeeksTable } from './weeks-table.js';
import { DaysOff } from './days-off.js';
import { useReportUnsaved } from './unsaved-changes.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export interface PlanDraft {
  /** weekKey (`2026-48`) → template id */
  weeks: Record<string, string>;
  closedDays: { date: string; reason: string }[];
  openedHolidays: string[];
}

interface Props {
  book: BookConfig;
  config: ClinicConfigView;
  canEdit: boolean;
}

export function WorkPlanSection({ book, config, canEdit }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const stored = config.workPlans.find((p) => p.bookId === book.id);
  const templates = config.templates.filter((x) => x.bookId === book.id);
  const now = thisWeek();
  const [year, setYear] = useState(now.isoYear);
  const [id] = useState(() => stored?.id ?? crypto.randomUUID());
  const [draft, setDraft] = useState<PlanDraft>(() => ({
    weeks: Object.fromEntries((stored?.weeks ?? []).map((w) => [weekKey(w), w.templateId])),
    closedDays: stored?.closedDays ?? [],
    openedHolidays: stored?.openedHolidays ?? [],
  }));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(checkedBy(workPlanSchema, trpc.workPlans.upsert.mutationOptions({ onSuccess: refresh })));
  const errors = useFieldErrors(save.error);

  // Sorted, so an error at `weeks.3` can be traced back to its week.
  const weekList = Object.entries(draft.weeks)
    .filter(([, templateId]) => templateId)
    .map(([key, templateId]) => {
      const [isoYear, isoWeek] = key.split('-').map(Number) as [number, number];
      return { isoYear, isoWeek, templateId };
    })
    .sort((a, b) => a.isoYear - b.isoYear || a.isoWeek - b.isoWeek);
  const weekErrors = Object.fromEntries(
    Object.entries(errors).flatMap(([path, message]) => {
      const match = /^weeks\.(\d+)/.exec(path);
      const week = match ? weekList[Number(match[1])] : undefined;
      return week ? [[weekKey(week), message]] : [];
    }),
  );

  // Unsaved: the weeks, days off or opened holidays differ from the stored plan (none stored: from an empty one).
  const storedWeeks = [...(stored?.weeks ?? [])]
    .sort((a, b) => a.isoYear - b.isoYear || a.isoWeek - b.isoWeek)
    .map(({ isoYear, isoWeek, templateId }) => ({ isoYear, isoWeek, templateId }));
  useReportUnsaved(
    'workPlan',
    canEdit &&
      JSON.stringify([weekList, draft.closedDays, [...draft.openedHolidays].sort()]) !==
        JSON.stringify([storedWeeks, stored?.closedDays ?? [], [...(stored?.openedHolidays ?? [])].sort()]),
  );

  const submit = () => {
    const input: WorkPlanConfig = {
      id,
      bookId: book.id,
      weeks: weekList,
      closedDays: draft.closedDays,
      openedHolidays: draft.openedHolidays,
    };
    save.mutate(input, { onSuccess: () => setSaved(t('plan.saved', { book: book.name })) });
  };
  const years = [now.isoYear - 1, now.isoYear, now.isoYear + 1];
  const body = (
    <>
      <SelectField
        id="plan-year"
        label={t('plan.year')}
        value={String(year)}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(v) => setYear(Number(v))}
      />
      {canEdit && (
        <WeekAssign
          key={year}
          year={year}
          now={now}
          templates={templates}
          onAssign={(weeks) => setDraft((d) => ({ ...d, weeks: { ...d.weeks, ...weeks } }))}
        />
      )}
      <WeeksTable
        year={year}
        now={now}
        draft={draft}
        templates={templates}
        canEdit={canEdit}
        errors={weekErrors}
        onChange={(key, templateId) => setDraft((d) => ({ ...d, weeks: { ...d.weeks, [key]: templateId } }))}
      />
      <DaysOff year={year} draft={draft} canEdit={canEdit} errors={errors} onChange={setDraft} />
    </>
  );

  return (
    <section className="subsection" aria-labelledby="plan-heading">
      <h3 id="plan-heading">{t('plan.heading', { book: book.name })}</h3>
      <p className="muted">{t('plan.intro')}</p>
      <SavedNotice text={saved} />
      {canEdit ? (
        <EditForm
          id="plan-form"
          label={t('plan.heading', { book: book.name })}
          error={save.error}
          pending={save.isPending}
          submitLabel={t('plan.save')}
          onSubmit={submit}
          note={t('schedule.neverMoves')}
          focusOnOpen={false}
        >
          {templates.length === 0 && <p className="notice notice-info">{t('plan.noTemplates')}</p>}
          {body}
        </EditForm>
      ) : (
        body
      )}
    </section>
  );
}

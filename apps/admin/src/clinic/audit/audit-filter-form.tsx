// The change log's filter bar: what kind of thing, who changed it, and between which dates (dd.mm.åååå).
import { useQuery } from '@tanstack/react-query';
import { AUDIT_ENTITIES, SYSTEM_ACTOR, wordIssue } from '@bn/domain';
import { DateField, SelectField, useLocale, useTRPC } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { hasFilters, isBackwards, type AuditFilters } from './audit-filters.js';

export interface AuditFilterFormProps {
  clinicId: string;
  value: AuditFilters;
  onChange: (change: Partial<AuditFilters>) => void;
}

export function AuditFilterForm({ clinicId, value, onChange }: AuditFilterFormProps) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const actors = useQuery(trpc.audit.actorsForClinic.queryOptions({ clinicId }));
  const actorOptions = (actors.data ?? []).map((a) => ({
    value: a.id,
    label: a.id === SYSTEM_ACTOR ? t('audit.actor.system') : a.name,
  }));
  // A shared link may name someone not in the list (yet): keep the choice visible rather than silently «Alle».
  if (value.actorId && actors.data && !actorOptions.some((o) => o.value === value.actorId))
    actorOptions.push({ value: value.actorId, label: value.actorId });
  return (
    <fieldset className="audit-filters">
      <legend>{t('audit.filters')}</legend>
      <div className="field-row">
        <SelectField
          id="audit-entity"
          label={t('audit.filter.entity')}
          value={value.entity}
          placeholder={t('audit.filter.entity.all')}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.kind.${e}`) }))}
          onChange={(entity) => onChange({ entity: entity as AuditFilters['entity'] })}
        />
        <SelectField
          id="audit-actor"
          label={t('audit.filter.actor')}
          value={value.actorId}
          placeholder={t('audit.filter.actor.all')}
          options={actorOptions}
          disabled={actors.isPending && !value.actorId}
          onChange={(actorId) => onChange({ actorId })}
        />
        <DateField
          id="audit-from"
          label={t('audit.filter.from')}
          value={value.from}
          onChange={(from) => onChange({ from })}
        />
        <DateField
          id="audit-to"
          label={t('audit.filter.to')}
          value={value.to}
          min={value.from || undefined}
          error={isBackwards(value) ? wordIssue(locale, { code: 'range.to_before_from' }) : undefined}
          onChange={(to) => onChange({ to })}
        />
      </div>
      {hasFilters(value) && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ entity: '', actorId: '', from: '', to: '' })}
        >
          {t('audit.filter.reset')}
        </button>
      )}
    </fieldset>
  );
}

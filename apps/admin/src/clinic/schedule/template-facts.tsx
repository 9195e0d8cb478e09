import { WEEKDAY_LABELS, type AppointmentTypeConfig, type WeekTemplateConfig } from '@bn/domain';
import { useLocale } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

/** A week template read-only: each window with its types, and the breaks. */
export function TemplateFacts({
  template,
  types,
}: {
  template: WeekTemplateConfig;
  types: readonly AppointmentTypeConfig[];
}) {
  const t = useAdminT();
  const { locale } = useLocale();
  const day = (n: number) => WEEKDAY_LABELS[locale][n - 1] ?? String(n);
  const typeName = (id: string) => types.find((x) => x.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="template-facts-heading">
      <h4 id="template-facts-heading">{template.name}</h4>
      <h5>{t('templates.windows')}</h5>
      <ul>
        {template.windows.map((w, i) => (
          <li key={i}>
            {day(w.weekday)} {w.start}–{w.end}: {w.typeIds.map(typeName).join(', ')}
          </li>
        ))}
      </ul>
      <h5>{t('templates.breaks')}</h5>
      {template.breaks.length === 0 ? (
        <p className="muted">{t('templates.breaks.empty')}</p>
      ) : (
        <ul>
          {template.breaks.map((b, i) => (
            <li key={i}>
              {day(b.weekday)} {b.start}–{b.end}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

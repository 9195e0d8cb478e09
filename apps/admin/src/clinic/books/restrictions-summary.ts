import type { Restrictions } from '@bn/domain';
import type { AdminTranslate } from '../../i18n/use-admin-t.js';

/** T3 in one line for a table: «90 dager frem · 2 t varsel · avbestilling 24 t før · maks 3». */
export function restrictionsSummary(r: Restrictions, t: AdminTranslate): string {
  const parts = [
    r.daysAhead !== null ? t('restrictions.short.daysAhead', { n: r.daysAhead }) : null,
    r.minNoticeHours !== null ? t('restrictions.short.minNotice', { n: r.minNoticeHours }) : null,
    !r.cancellationAllowed
      ? t('restrictions.short.noCancelling')
      : r.cancellationDeadlineHours !== null
        ? t('restrictions.short.cancellation', { n: r.cancellationDeadlineHours })
        : null,
    r.maxSelfBooked !== null ? t('restrictions.short.max', { n: r.maxSelfBooked }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : t('restrictions.none');
}

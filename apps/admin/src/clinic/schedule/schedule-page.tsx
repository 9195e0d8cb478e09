// "Ukemaler og arbeidsplan" (S1): a book's week templates, and which template each week of the year uses.
import { useSearchParams } from 'react-router';
import { QueryView, SelectField, usePageTitle } from '@bn/ui';
import { useCanEditClinic, useClinicConfig } from '../../api/use-clinic.js';
import { TemplatesSection } from './templates-section.js';
import { WorkPlanSection } from './work-plan-section.js';
import { BOOK_PARAM, UnsavedChangesGuard } from './unsaved-changes.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function SchedulePage() {
  const t = useAdminT();
  const config = useClinicConfig();
  const canEdit = useCanEditClinic();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('clinic.tab.schedule'));

  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('clinic.tab.schedule')}</h2>
      <p className="muted">{t('schedule.intro')}</p>
      <p className="notice notice-info">{t('schedule.neverMoves')}</p>
      <UnsavedChangesGuard>
        <QueryView
          query={config}
          loadingLabel={t('clinic.loading')}
          isEmpty={(c) => c.books.length === 0}
          empty={t('schedule.noBooks')}
        >
          {(c) => {
            const bookId = c.books.some((b) => b.id === params.get(BOOK_PARAM))
              ? params.get(BOOK_PARAM)!
              : c.books[0]!.id;
            const book = c.books.find((b) => b.id === bookId)!;
            return (
              <>
                <SelectField
                  id="schedule-book"
                  label={t('schedule.book')}
                  value={bookId}
                  options={c.books.map((b) => ({ value: b.id, label: b.name }))}
                  onChange={(v) => setParams({ [BOOK_PARAM]: v }, { replace: true })}
                />
                <TemplatesSection key={`templates-${bookId}`} book={book} config={c} canEdit={canEdit} />
                <WorkPlanSection key={`plan-${bookId}`} book={book} config={c} canEdit={canEdit} />
              </>
            );
          }}
        </QueryView>
      </UnsavedChangesGuard>
    </section>
  );
}

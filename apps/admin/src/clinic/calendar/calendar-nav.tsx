// The Timebok's controls above the grid: day or week, back, today and forward, a typed date, the keyboard's
// shortcuts and the legend. Shared by the clinic's «Timebok» and the practitioner's «Min side» (book-calendar.tsx).
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { isoWeekday, WEEKDAY_LABELS } from '@bn/domain';
import { TextField, useLocale } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { displayDate, parseDisplayDate, stepDate, weekNumber, type CalendarState } from './calendar-params.js';

interface NavProps {
  state: CalendarState;
  update: (patch: Partial<CalendarState>) => void;
  today: string;
  dates: readonly string[];
}

/** «torsdag 03.12.2026» or «Uke 49: 30.11.2026–06.12.2026». */
export function useCalendarCaption({ state, dates }: Pick<NavProps, 'state' | 'dates'>): string {
  const t = useAdminT();
  const { locale } = useLocale();
  const weekday = WEEKDAY_LABELS[locale][isoWeekday(state.date) - 1] ?? '';
  return state.view === 'day'
    ? t('calendar.caption.day', { weekday, date: displayDate(state.date) })
    : t('calendar.caption.week', {
        week: weekNumber(state.date),
        from: displayDate(dates[0]!),
        to: displayDate(dates[dates.length - 1]!),
      });
}

const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** ← and → page, T today, D day, U/W week; form fields and the scroll area keep their own keys. */
export function useCalendarKeys({ state, update, today }: Omit<NavProps, 'dates'>) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      FORM_FIELDS.has(target.tagName) ||
      target.classList.contains('cal-scroll')
    )
      return;
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowLeft') update({ date: stepDate(state.view, state.date, -1) });
    else if (event.key === 'ArrowRight') update({ date: stepDate(state.view, state.date, 1) });
    else if (key === 't') update({ date: today });
    else if (key === 'd') update({ view: 'day' });
    else if (key === 'u' || key === 'w') update({ view: 'week' });
    else return;
    event.preventDefault();
  };
}

export function CalendarNav({ state, update, today, caption }: Omit<NavProps, 'dates'> & { caption: string }) {
  const t = useAdminT();
  const step = (direction: -1 | 1) => update({ date: stepDate(state.view, state.date, direction) });
  return (
    <>
      <div className="cal-nav">
        <div className="cal-views" role="group" aria-label={t('calendar.view')}>
          {(['day', 'week'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className="button button-secondary button-small"
              aria-pressed={state.view === view}
              onClick={() => update({ view })}
            >
              {t(`calendar.view.${view}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button button-secondary" onClick={() => step(-1)}>
          ← {t(state.view === 'day' ? 'calendar.previous.day' : 'calendar.previous.week')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => update({ date: today })}>
          {t('calendar.today')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => step(1)}>
          {t(state.view === 'day' ? 'calendar.next.day' : 'calendar.next.week')} →
        </button>
        <p className="cal-caption" aria-live="polite">
          {caption}
        </p>
      </div>
      <GoToDate key={state.date} date={state.date} onGo={(date) => update({ date })} />
      <p className="muted cal-keys">{t('calendar.keys')}</p>
      <Legend />
    </>
  );
}

/** A typed date, dd.mm.yyyy whatever the browser's language (a native date field shows the browser's format). */
function GoToDate({ date, onGo }: { date: string; onGo: (date: string) => void }) {
  const t = useAdminT();
  const [text, setText] = useState(displayDate(date));
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = parseDisplayDate(text);
    setError(iso ? undefined : t('calendar.goTo.invalid'));
    if (iso) onGo(iso);
  };
  return (
    <form className="cal-goto" onSubmit={submit} noValidate>
      <TextField
        id="calendar-date"
        label={`${t('calendar.goTo')} (${t('calendar.goTo.hint')})`}
        value={text}
        onChange={setText}
        error={error}
        size="short"
        autoComplete="off"
      />
      <button type="submit" className="button button-secondary">
        {t('calendar.goTo.submit')}
      </button>
    </form>
  );
}

function Legend() {
  const t = useAdminT();
  return (
    <ul className="cal-legend" aria-label={t('calendar.legend')}>
      <li>
        <span className="cal-swatch cal-appt-network" aria-hidden="true" />{' '}
        <span className="cal-tag">{t('appointment.network')}</span> {t('calendar.legend.network')}
      </li>
      <li>
        <span className="cal-swatch" aria-hidden="true" /> {t('calendar.legend.clinic')}
      </li>
      <li>
        <span className="cal-swatch cal-swatch-free" aria-hidden="true" /> {t('calendar.legend.free')}
      </li>
      <li>
        <span className="cal-swatch cal-swatch-now" aria-hidden="true" /> {t('calendar.legend.now')}
      </li>
    </ul>
  );
}

// The calendar's state, kept in the address (shareable, and the back button walks through it) and also in React
// state: the router applies a new address a moment later, in a transition, and a checkbox or button must answer at
// once rather than flick back until then.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readCalendarParams, writeCalendarParams, type CalendarState } from './calendar-params.js';

export function useCalendarState(
  today: string,
  allBookIds: readonly string[],
): [CalendarState, (patch: Partial<CalendarState>) => void] {
  const [params, setParams] = useSearchParams();
  const urlKey = params.toString();
  const [shown, setShown] = useState(() => ({ urlKey, state: readCalendarParams(params, today, allBookIds) }));
  // The address changed since the last render (our own write arriving, or back/forward): follow it.
  if (shown.urlKey !== urlKey) setShown({ urlKey, state: readCalendarParams(params, today, allBookIds) });

  const update = (patch: Partial<CalendarState>) => {
    const next = { ...shown.state, ...patch };
    setShown({ urlKey: shown.urlKey, state: next });
    setParams(writeCalendarParams(next, allBookIds));
  };
  return [shown.state, update];
}

import { useEffect, useState } from 'react';

/**
 * The current instant, renewed every `everyMs` (and when the tab is shown again after sleeping), for what moves with
 * the clock such as the calendar's «now» line. Oslo's wall clock is read from it with `toOslo`/`osloDate` (S2).
 */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [everyMs]);
  return now;
}

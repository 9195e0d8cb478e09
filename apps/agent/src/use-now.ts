import { useEffect, useState } from 'react';

/** The clock, read every `intervalMs` (epoch milliseconds): for countdowns and "has this passed?" in render. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

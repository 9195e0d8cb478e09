import { useState } from 'react';
import { osloDate } from '@bn/domain';

/** Today in Oslo (YYYY-MM-DD), fixed for the life of the page so a view does not shift under the user at midnight. */
export function useToday(): string {
  const [today] = useState(() => osloDate(new Date()));
  return today;
}

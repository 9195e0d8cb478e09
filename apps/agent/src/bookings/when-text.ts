// How «Mine bookinger» and «Flytt timen» name an appointment's time: weekday, dd.mm.yyyy and HH:mm in Oslo time (S2).
import { formatDate, formatTime, isoWeekday, osloDate, WEEKDAY_LABELS, type Locale } from '@bn/domain';

type Instant = Date | number | string;

export function weekdayOf(instant: Instant, locale: Locale): string {
  return WEEKDAY_LABELS[locale][isoWeekday(osloDate(new Date(instant))) - 1]!;
}

/** `tirsdag 10.03.2026 09:00` */
export function weekdayDateTime(instant: Instant, locale: Locale): string {
  return `${weekdayOf(instant, locale)} ${formatDate(instant)} ${formatTime(instant)}`;
}

/** `10.03.2026 09:00`: what the agent's labels and the browser tests match on. */
export function dateTime(instant: Instant): string {
  return `${formatDate(instant)} ${formatTime(instant)}`;
}

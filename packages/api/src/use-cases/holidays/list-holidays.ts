import Holidays from 'date-holidays';

export interface ListHolidaysOptions {
  year: number;
}

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** The Norwegian name, e.g. «Første påskedag». */
  name: string;
}

// Norway's calendar, names in Norwegian; one instance serves every request (it holds rules, no per-call state).
const norway = new Holidays('NO', { languages: ['no'], types: ['public'] });

/** Norway's public holidays (røde dager) of a year: the days a work plan keeps closed unless opened (S1). */
export function listHolidays({ year }: ListHolidaysOptions): PublicHoliday[] {
  return norway
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
}

import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_WINDOWS, weekRunSchema, weekTemplateSchema } from './schedule.js';
import { checkInput } from '../input-issues.js';
import { timeOfMinutes } from '../time/oslo.js';
import { wordedIssuesAt } from '../testing/worded.js';

const template = (windows: { weekday: number; start: string; end: string }[]) => ({
  id: 'template-1',
  bookId: 'book-1',
  name: 'Uke',
  windows: windows.map((w) => ({ ...w, typeIds: ['type-1'] })),
});
const messages = (value: unknown) => wordedIssuesAt(weekTemplateSchema.safeParse(value));

describe('week template windows', () => {
  it('names, for each window, the first earlier window of the same day it overlaps', () => {
    expect(
      messages(
        template([
          { weekday: 1, start: '08:00', end: '10:00' },
          { weekday: 2, start: '09:00', end: '09:30' },
          { weekday: 1, start: '08:30', end: '12:00' },
          { weekday: 1, start: '09:00', end: '09:30' },
          { weekday: 1, start: '12:00', end: '13:00' },
        ]),
      ),
    ).toEqual([
      'windows.2.start: Tidsvinduet 08:30–12:00 overlapper vinduet 08:00–10:00 samme dag.',
      'windows.3.start: Tidsvinduet 09:00–09:30 overlapper vinduet 08:00–10:00 samme dag.',
    ]);
  });

  it(`takes ${MAX_TEMPLATE_WINDOWS} windows and refuses one more`, () => {
    // Five-minute windows: 288 fit in a day, so the limit is spread over the week.
    const windows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        weekday: (i % 7) + 1,
        start: timeOfMinutes(Math.floor(i / 7) * 5),
        end: timeOfMinutes(Math.floor(i / 7) * 5 + 5),
      }));
    expect(messages(template(windows(MAX_TEMPLATE_WINDOWS)))).toEqual([]);
    expect(messages(template(windows(MAX_TEMPLATE_WINDOWS + 1)))).toEqual([
      `windows: En ukemal kan ha høyst ${MAX_TEMPLATE_WINDOWS} tidsvinduer.`,
    ]);
  });
});

describe('«Antall uker» of the work-plan form (weekRunSchema)', () => {
  const codes = (count: string) => checkInput(weekRunSchema, { count })?.map((i) => i.code) ?? [];
  it('takes a whole number of weeks from 1 to 106', () => {
    expect(['1', '8', '106'].map(codes)).toEqual([[], [], []]);
  });
  it('refuses −3, 0, 9999, 2.5 and nothing at all', () => {
    expect(['-3', '0', '9999', '2.5', ''].map(codes)).toEqual([
      ['too_small'],
      ['too_small'],
      ['too_big'],
      ['not_integer'],
      ['too_small'],
    ]);
  });
});

// Timing loop (not a test): 8 weeks of slots for one book with 3 types, as the search would build them.
// Run from the repository root: node node_modules/.pnpm/tsx@4.23.15/node_modules/tsx/dist/cli.mjs packages/domain/src/slots/bench/time-slots.ts
import { expandWorkPlan } from '../expand-work-plan.js';
import { generateSlots } from '../generate-slots.js';
import { addDays, isoWeek, osloInstant } from '../../time/oslo.js';
import { NO_RESTRICTIONS } from '../../config/books.js';

const from = '2026-10-05'; // 8 weeks across the autumn clock change
const to = addDays(from, 55);
const types = [
  { id: 'kort', durationMinutes: 30 },
  { id: 'vanlig', durationMinutes: 45 },
  { id: 'lang', durationMinutes: 60 },
];
const typeIds = types.map((t) => t.id);
const template = {
  id: 'tpl',
  windows: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '08:00', end: '11:30', typeIds },
    { weekday, start: '12:00', end: '16:00', typeIds },
  ]),
  breaks: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '14:00', end: '14:15' })),
};
const weeks = Array.from({ length: 8 }, (_, i) => ({ ...isoWeek(addDays(from, i * 7)), templateId: 'tpl' }));
const plan = { weeks, closedDays: [], openedHolidays: [] };
// Every third half hour booked.
const busy: { start: Date; end: Date }[] = [];
for (let d = from; d <= to; d = addDays(d, 1)) {
  for (let h = 8; h < 16; h += 1.5)
    busy.push({
      start: osloInstant(d, `${String(Math.floor(h)).padStart(2, '0')}:${h % 1 ? '30' : '00'}`),
      end: osloInstant(d, `${String(Math.floor(h + 0.5)).padStart(2, '0')}:${h % 1 ? '00' : '30'}`),
    });
}
const now = osloInstant(from, '07:00');
const restrictions = { ...NO_RESTRICTIONS, minNoticeHours: 2, daysAhead: 90 };

function once(): number {
  const windows = expandWorkPlan({ plan, templates: [template], holidays: [], from, to });
  let n = 0;
  for (const type of types) n += generateSlots({ windows, type, busy, now, restrictions }).length;
  return n;
}

let t0 = performance.now();
const slots = once();
const cold = performance.now() - t0;
for (let i = 0; i < 200; i++) once(); // warm-up
const runs = 2000;
t0 = performance.now();
for (let i = 0; i < runs; i++) once();
const warm = (performance.now() - t0) / runs;
console.log(`one book, 3 types, 8 weeks: ${slots} slots, ${busy.length} busy intervals`);
console.log(`first call (cold Intl and caches): ${cold.toFixed(2)} ms`);
console.log(
  `warm: ${(warm * 1000).toFixed(1)} µs per book (expand + 3 × generate), ${((slots / warm) * 1000).toFixed(0)} slots/s`,
);
console.log(`→ 3.2 million slots would take about ${(((3_200_000 / slots) * warm) / 1000).toFixed(1)} s at this rate`);

// How long the week template's schema takes to decide, for the inputs that stalled a server (issue 10: 10,073 one-minute
// windows took 7–9 s, every window compared with every other) and for the worst it now accepts. Prints one JSON line.
//   npx -y pnpm@12.4.2 --filter @bn/domain run bench:template
import { performance } from 'node:perf_hooks';
import { MAX_TEMPLATE_WINDOWS, weekTemplateSchema } from '../src/config/schedule.js';
import { timeOfMinutes } from '../src/time/oslo.js';

const template = (windows: { weekday: number; start: string; end: string }[]) => ({
  id: 'template-bench',
  bookId: 'book-bench',
  name: 'Benk',
  windows: windows.map((w) => ({ ...w, typeIds: ['type-1'] })),
  breaks: [],
});

function medianMs(value: unknown, repeat = 15): { ms: number; ok: boolean } {
  const times: number[] = [];
  let ok = false;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    ok = weekTemplateSchema.safeParse(value).success;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100, ok };
}

// The probe's input: 10,073 one-minute windows spread over the week.
const probe = template(
  Array.from({ length: 10_073 }, (_, i) => ({
    weekday: (i % 7) + 1,
    start: timeOfMinutes(Math.floor(i / 7)),
    end: timeOfMinutes(Math.floor(i / 7) + 1),
  })),
);
// The most an accepted template compares: every window on one day, none overlapping (two-minute windows).
const oneDay = template(
  Array.from({ length: MAX_TEMPLATE_WINDOWS }, (_, i) => ({
    weekday: 1,
    start: timeOfMinutes(i * 2),
    end: timeOfMinutes(i * 2 + 2),
  })),
);
// And every window on one day overlapping the first: one issue per window, each found at the first comparison.
const overlapping = template(
  Array.from({ length: MAX_TEMPLATE_WINDOWS }, () => ({ weekday: 1, start: '08:00', end: '16:00' })),
);

const result = {
  probe_10073_windows: medianMs(probe),
  one_day_500_windows: medianMs(oneDay),
  one_day_500_overlapping: medianMs(overlapping),
};
process.stdout.write(`${JSON.stringify(result)}\n`);

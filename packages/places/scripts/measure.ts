// Prints what the shipped register costs the server: file size, load time, memory, and the time of place queries.
// `pnpm --filter @bn/places measure` (run with --expose-gc, as the package script does, for the memory figures).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { matchNameInAnyOrder, matchPlace, nearbyPostcodes } from '../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const file = fileURLToPath(new URL('../data/postcodes.json', import.meta.url));
const bytes = readFileSync(file);
console.log(
  `data/postcodes.json: ${(bytes.length / 1024).toFixed(0)} kB, ${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzipped`,
);

const heapBefore = heapMb();
let t = process.hrtime.bigint();
const { loadPlaceRegister, loadPlaceIndex } = await import('../src/register.js');
const register = await loadPlaceRegister();
const loadMs = ms(t);
const heapRegister = heapMb();
t = process.hrtime.bigint();
const index = await loadPlaceIndex();
const indexMs = ms(t);
const heapIndex = heapMb();
console.log(
  `load and parse: ${loadMs.toFixed(1)} ms (${register.codes.length} postcodes, ${register.municipalities.length} municipalities)`,
);
console.log(`name index: ${indexMs.toFixed(1)} ms (${index.names.length} names)`);
console.log(
  `heap: register ${(heapRegister - heapBefore).toFixed(1)} MB, with index ${(heapIndex - heapBefore).toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for exact figures)'}`,
);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
function time(label: string, runs: number, f: () => unknown) {
  for (let i = 0; i < 20; i++) f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    samples.push(ms(start));
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} p50 ${percentile(samples, 0.5).toFixed(3)} ms  p95 ${percentile(samples, 0.95).toFixed(3)} ms  (${runs} runs)`,
  );
}

const queries = ['0365', '03', 'Osl', 'Oslo', 'Tromso', 'Baerum', 'Tromsa', 'Trondhjem', 'Herøy', 'San', 'Qwxyzvik'];
for (const q of queries) time(`matchPlace «${q}»`, 200, () => matchPlace(index, q));
time('nearbyPostcodes 0366, 20 km', 200, () => nearbyPostcodes(register, '0366', { radiusKm: 20 }));
const people = Array.from(
  { length: 1000 },
  (_, i) =>
    `${['Kari', 'Ola', 'Anne-Lise', 'Per'][i % 4]} ${['Nordmann', 'Hansen', 'Berg', 'Ødegård'][(i >> 2) % 4]} ${i}`,
);
time('matchNameInAnyOrder × 1000 names', 50, () => people.filter((p) => matchNameInAnyOrder('nordmann kari', p)));

import { createOrm } from '@bn/db';
import pg from 'pg';
import { osloDate, addDays } from '@bn/domain';
import { getPractitionerSlots } from '../../api/src/use-cases/search/get-practitioner-slots.js';
import { searchNetwork } from '../../api/src/use-cases/search/search-network.js';
const url = process.argv[2]!;
const orm = await createOrm({ url, poolMax: 5 });
const c = new pg.Client({ connectionString: url }); await c.connect();
const today = osloDate(new Date());
const pids = (await c.query("select distinct practitioner_id from offer where insurer_id = 'bench-insurer-storebrand' limit 300")).rows.map((r) => r.practitioner_id);
const time = async (name: string, fn: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < 50; i++) await fn(i);
  const ms: number[] = [];
  for (let i = 0; i < 300; i++) { const t = performance.now(); await fn(i); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b); console.log(name.padEnd(28), 'p50', ms[150]!.toFixed(3), 'p95', ms[285]!.toFixed(3));
};
await time('getPractitionerSlots', (i) => getPractitionerSlots({ em: orm.em.fork(), insurerId: 'bench-insurer-storebrand', input: { practitionerId: pids[i % pids.length], from: today, to: addDays(today, 27) }, now: new Date() }));
await time('searchNetwork', () => searchNetwork({ em: orm.em.fork(), insurerId: 'bench-insurer-storebrand', input: { tariffCode: 'B1010', place: 'Oslo', from: today, to: addDays(today, 13), limit: 20 }, now: new Date() }));
await orm.close(); await c.end();

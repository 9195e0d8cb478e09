// In-process timing of the request path pieces.
import { createOrm } from '@bn/db';
import { createInnerContext, createCaller } from '@bn/api';
import { osloDate, addDays } from '@bn/domain';
import pg from 'pg';
const url = process.argv[2]!;
const orm = await createOrm({ url, poolMax: 5, debug: process.argv[3] === 'debug' });
const c = new pg.Client({ connectionString: url }); await c.connect();
await c.query("delete from session where user_id like 'bench-agent-%'"); await c.query("delete from app_user where id like 'bench-agent-%'");
const { createAgents } = await import('../src/agents.js');
const token = (await createAgents(c, 1))[0]!.cookie.split('=')[1]!;
const jar = { get: () => token, set() {}, clear() {} };
const today = osloDate(new Date());
const time = async (name: string, fn: () => Promise<unknown>) => {
  const ms: number[] = [];
  for (let i = 0; i < 40; i++) { const t = performance.now(); await fn(); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b); console.log(name, 'p50', ms[20]!.toFixed(2), 'p95', ms[37]!.toFixed(2));
};
await time('ctx', () => createInnerContext({ em: orm.em.fork(), cookies: jar }));
await time('agent.insurer', async () => createCaller(await createInnerContext({ em: orm.em.fork(), cookies: jar })).agent.insurer());
await time('search.network', async () => createCaller(await createInnerContext({ em: orm.em.fork(), cookies: jar })).search.network({ tariffCode: 'B1010', place: 'Oslo', from: today, to: addDays(today, 13), limit: 20 }));
const pid = (await c.query("select practitioner_id from offer where insurer_id = 'bench-insurer-storebrand' limit 1")).rows[0].practitioner_id;
let last: unknown;
await time('search.practitionerSlots', async () => { last = await createCaller(await createInnerContext({ em: orm.em.fork(), cookies: jar })).search.practitionerSlots({ practitionerId: pid, from: today, to: addDays(today, 27) }); });
const superjson = (await import('/work/main/node_modules/.pnpm/node_modules/superjson/dist/index.js')).default;
await time('superjson+stringify', async () => { JSON.stringify(superjson.serialize(last)); });
console.log('payload bytes', JSON.stringify(superjson.serialize(last)).length);
await time('raw select 1', () => c.query('select 1'));
await orm.close(); await c.end();

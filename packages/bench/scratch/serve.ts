import pg from 'pg';
import { osloDate, addDays } from '@bn/domain';
import { createAgents } from '../src/agents.js';
import { startServer } from '../src/server-process.js';
import { trpcQuery, summarise } from '../src/http-client.js';
const url = process.argv[2]!;
const c = new pg.Client({ connectionString: url }); await c.connect();
await c.query("delete from session where user_id like 'bench-agent-%'"); await c.query("delete from app_user where id like 'bench-agent-%'");
const agents = await createAgents(c, 5);
const server = await startServer('/work/main/apps/server/dist/main.js', url, { PATH: process.env.PATH, NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS });
console.log('server', server.baseUrl, server.pid);
const today = osloDate(new Date());
const a = agents[0]!;
const pr = (await c.query("select practitioner_id from offer where insurer_id = $1 limit 50", [a.insurerId])).rows.map((r) => r.practitioner_id);
for (const [name, fn] of [
  ['agent.insurer', () => trpcQuery(server.baseUrl, 'agent.insurer', undefined, a.cookie)],
  ['auth.me', () => trpcQuery(server.baseUrl, 'auth.me', undefined, a.cookie)],
  ['search.network', () => trpcQuery(server.baseUrl, 'search.network', { tariffCode: 'B1010', place: 'Oslo', from: today, to: addDays(today, 13), limit: 20 }, a.cookie)],
  ['search.practitionerSlots', () => trpcQuery(server.baseUrl, 'search.practitionerSlots', { practitionerId: pr[Math.floor(Math.random() * pr.length)], from: today, to: addDays(today, 27) }, a.cookie)],
] as const) {
  const ms: number[] = [];
  for (let i = 0; i < 60; i++) ms.push((await fn()).ms);
  console.log(name, summarise(ms.slice(10)));
}
if (process.argv[3] === 'wait') { console.log('COOKIE', a.cookie); await new Promise((r) => setTimeout(r, Number(process.argv[4] ?? 600) * 1000)); }
await server.stop(); await c.end();

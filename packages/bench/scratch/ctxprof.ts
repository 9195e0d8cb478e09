import { createOrm } from '@bn/db';
import { createInnerContext } from '@bn/api';
import pg from 'pg';
const url = process.argv[2]!;
const orm = await createOrm({ url, poolMax: 5 });
const c = new pg.Client({ connectionString: url }); await c.connect();
await c.query("delete from session where user_id like 'bench-agent-%'"); await c.query("delete from app_user where id like 'bench-agent-%'");
const { createAgents } = await import('../src/agents.js');
const token = (await createAgents(c, 1))[0]!.cookie.split('=')[1]!;
const jar = { get: () => token, set() {}, clear() {} };
for (let round = 0; round < 3; round++) {
  const ms: number[] = [];
  for (let i = 0; i < 300; i++) { const t = performance.now(); await createInnerContext({ em: orm.em.fork(), cookies: jar }); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b); console.log('ctx p50', ms[150]!.toFixed(2), 'p95', ms[285]!.toFixed(2));
}
await orm.close(); await c.end();

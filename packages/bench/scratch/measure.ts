import pg from 'pg';
import { osloDate } from '@bn/domain';
import { createAgents } from '../src/agents.js';
import { startServer } from '../src/server-process.js';
import { loadCases, runConcurrent, runSequential } from '../src/workloads.js';
const url = process.argv[2]!;
const c = new pg.Client({ connectionString: url }); await c.connect();
await c.query("delete from session where user_id like 'bench-agent-%'"); await c.query("delete from app_user where id like 'bench-agent-%'");
const agents = await createAgents(c, 20);
const cases = await loadCases(c);
const server = await startServer('/work/main/apps/server/dist/main.js', url, { PATH: process.env.PATH, NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS });
const r = { baseUrl: server.baseUrl, agents, cases, today: osloDate(new Date()), seed: 1 };
await runSequential(r, 'search', 100, 1000); await runSequential(r, 'practitioner', 100, 2000); await runConcurrent(r, 100, 3000);
const n = Number(process.argv[3] ?? 200);
if (process.argv[4] === 'c') { console.log('c', JSON.stringify(await runConcurrent(r, n, 3))); await server.stop(); await c.end(); process.exit(0); }
if (process.argv[4] === 'b') { console.log('b', JSON.stringify(await runSequential(r, 'practitioner', n, 2))); await server.stop(); await c.end(); process.exit(0); }
console.log('a', JSON.stringify(await runSequential(r, 'search', n, 1)));
console.log('b', JSON.stringify(await runSequential(r, 'practitioner', n, 2)));
console.log('c', JSON.stringify(await runConcurrent(r, n, 3)));
await server.stop(); await c.end();

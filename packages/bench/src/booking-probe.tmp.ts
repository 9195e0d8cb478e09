import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { execSync } from 'node:child_process';
import { osloDate } from '@bn/domain';
import { readBenchEnv } from './env.js';
import { createBenchDatabase } from './database.js';
import { createBookingAgents, insertBookingNetwork, syntheticNationalIds } from './booking-network.js';
import { bookOnce, trpcMutation } from './booking-client.js';

const env = readBenchEnv();
const db = await createBenchDatabase(env.databaseUrl, console.error);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const net = await insertBookingNetwork(client, db.url, osloDate(new Date()), 20);
const cookies = await createBookingAgents(client, 20);
const slots = (await client.query('select book_id, type_id, start_at from free_slot where book_id = $1 and start_at > now() order by start_at limit 400', [net.latencyBooks[0]!.bookId])).rows;
import { spawn } from 'node:child_process';
const port = 39111;
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/bn-prof', env.serverMain], { env: { ...env.inherited, MAIL_DIR: '/tmp/bn-probe-mail', DATABASE_URL: db.url, SEED_DEMO: 'false', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: 'inherit' });
for (let i = 0; i < 100; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
const server = { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop: async () => { const e = new Promise((r) => child.once('exit', r)); child.kill('SIGINT'); await e; } };
const ids = syntheticNationalIds(400);
try {
  for (let i = 0; i < 150; i++) {
    const t = performance.now();
    const r = await bookOnce(server.baseUrl, cookies[0]!, { bookId: slots[i].book_id, typeId: slots[i].type_id, startAt: slots[i].start_at.toISOString(), nationalId: ids[i]!, key: `p-${i}` });
    if (i % 10 === 0) console.log(i, r.outcome, r.error ?? '', r.requestMs.map((x) => x.toFixed(1)).join(' '), (performance.now() - t).toFixed(1));
  }
  const t = performance.now();
  for (let i = 0; i < 20; i++) await trpcMutation(server.baseUrl, 'booking.release', { holdId: 'nope' }, cookies[0]!);
  console.log('release x20 (HOLD_NOT_FOUND path)', ((performance.now() - t) / 20).toFixed(1), 'ms each');
  const t2 = performance.now();
  for (let i = 0; i < 20; i++) await fetch(`${server.baseUrl}/health`);
  console.log('health x20', ((performance.now() - t2) / 20).toFixed(1), 'ms each');
  console.log(execSync(`ps -o pid,pcpu,rss,comm -p ${server.pid}`).toString());
} finally {
  await client.end();
  await server.stop();
  await db.dispose();
}

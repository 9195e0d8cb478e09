import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
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
for (let i = 0; i < 100; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break; } catch { /* not yet */ } await new Promise((r) => setTimeout(r, 200)); }
const server = { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop: async () => { const e = new Promise((r) => child.once('exit', r)); child.kill('SIGINT'); await e; } };
const ids = syntheticNationalIds(400);
try {
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const r = await bookOnce(server.baseUrl, cookies[0]!, { bookId: slots[i].book_id, typeId: slots[i].type_id, startAt: slots[i].start_at.toISOString(), nationalId: ids[i]!, key: `p-${i}` });
    if (i % 10 === 0) console.log(i, r.outcome, r.error ?? '', r.requestMs.map((x) => x.toFixed(1)).join(' '), (performance.now() - t).toFixed(1));
  }
  const cpu = () => { const f = require('node:fs').readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
  const cookiesC = await createBookingAgentsFrom(client, 200);
  const slotsC = (await client.query('select book_id, type_id, start_at from free_slot where book_id = $1 and start_at > now() order by start_at offset 200 limit 100', [net.latencyBooks[1]!.bookId])).rows;
  let next = 0; const c0 = cpu(); const tc = performance.now(); let taken = 0, won = 0;
  await Promise.all(cookiesC.map(async (ck) => { for (let i = next++; i < 2000; i = next++) { const sl = slotsC[i % 100]; const r = await trpcMutation(server.baseUrl, 'booking.hold', { bookId: sl.book_id, typeId: sl.type_id, tariffCode: 'B1010', startAt: sl.start_at.toISOString(), idempotencyKey: `c-${i}-xxxxx` }, ck); if (r.ok) won++; else taken++; } }));
  const el = performance.now() - tc;
  if (process.env.PROBE_ALL) { let n2 = 0; const c1 = cpu(); const t1 = performance.now();
    await Promise.all(cookiesC.slice(0, 50).map(async (ck) => { for (let i = n2++; i < 1000; i = n2++) { const r = await fetch(`${server.baseUrl}/trpc/agent.insurer`, { headers: { cookie: ck } }); await r.text(); } }));
    console.log('agent.insurer x1000:', (performance.now() - t1).toFixed(0), 'ms; server cpu per request', ((cpu() - c1) / 1000).toFixed(2), 'ms');
    const c2 = cpu(); const t2 = performance.now(); let n3 = 0;
    await Promise.all(cookiesC.slice(0, 50).map(async () => { for (let i = n3++; i < 1000; i = n3++) { const r = await fetch(`${server.baseUrl}/health`); await r.text(); } }));
    console.log('health x1000:', (performance.now() - t2).toFixed(0), 'ms; server cpu per request', ((cpu() - c2) / 1000).toFixed(2), 'ms');
  }
  console.log('contention holds: 2000 in', el.toFixed(0), 'ms =', (2000 / el * 1000).toFixed(0), '/s; won', won, 'taken', taken, 'server cpu ms', cpu() - c0, '=> per request', ((cpu() - c0) / 2000).toFixed(2));
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
async function createBookingAgentsFrom(c: pg.Client, n: number) {
  const { randomBytes, createHash } = await import('node:crypto');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const token = randomBytes(32).toString('base64url');
    await c.query(`insert into app_user (id, created_at, email, name, password_hash, role, insurer_id, locale) values ($1, now(), $2, 'x', 'x', 'insurer_agent', 'bench-booking-insurer', 'nb')`, [`p-${i}`, `p-${i}@x.test`]);
    await c.query(`insert into session (token_hash, user_id, created_at, expires_at, last_seen_at) values ($1, $2, now(), now() + interval '1 day', now())`, [createHash('sha256').update(token).digest('hex'), `p-${i}`]);
    out.push(`bn_session=${token}`);
  }
  return out;
}

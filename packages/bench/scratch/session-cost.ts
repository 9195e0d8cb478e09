import { createOrm, Session } from '@bn/db';
import pg from 'pg';
import { createHash } from 'node:crypto';
const url = process.argv[2]!;
const orm = await createOrm({ url, poolMax: 5 });
const c = new pg.Client({ connectionString: url }); await c.connect();
await c.query("delete from session where user_id like 'bench-agent-%'"); await c.query("delete from app_user where id like 'bench-agent-%'");
const { createAgents } = await import('../src/agents.js');
const token = (await createAgents(c, 1))[0]!.cookie.split('=')[1]!;
const tokenHash = createHash('sha256').update(token).digest('hex');
const time = async (name: string, fn: () => Promise<unknown>) => {
  for (let i = 0; i < 100; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < 400; i++) { const t = performance.now(); await fn(); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b); console.log(name.padEnd(28), 'p50', ms[200]!.toFixed(3), 'p95', ms[380]!.toFixed(3));
};
const now = new Date();
await time('mikro-orm findOne+populate', () => orm.em.fork().findOne(Session, { tokenHash, expiresAt: { $gt: now } }, { populate: ['user', 'user.insurer'] }));
const sql = 'select s.token_hash, s.last_seen_at, u.id, u.email, u.name, u.role, u.practitioner_id, i.id as insurer_id, i.name as insurer_name from session s join app_user u on u.id = s.user_id left join insurer i on i.id = u.insurer_id where s.token_hash = ? and s.expires_at > ?';
await time('em.execute raw sql', () => orm.em.fork().execute(sql, [tokenHash, now]));
await time('pg client raw sql', () => c.query(sql.replace('?', '$1').replace('?', '$2'), [tokenHash, now]));
await time('pg client select 1', () => c.query('select 1'));
await orm.close(); await c.end();

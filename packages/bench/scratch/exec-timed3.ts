import pg from 'pg';
import { createBenchDatabase } from '../src/database.js';
const db = await createBenchDatabase('postgres://postgres:postgres@127.0.0.1:55432/postgres', () => {});
const c = new pg.Client({ connectionString: db.url }); await c.connect();
const N = 20000;
const ids = Array.from({ length: N }, (_, i) => `bench-book-${i % 300}`);
const starts = Array.from({ length: N }, (_, i) => new Date(Date.UTC(2027, 0, 1) + i * 60000).toISOString());
await c.query('create temp table x (b text, t text, s timestamptz)');
for (let k = 0; k < 3; k++) {
  let t = Date.now();
  await c.query('insert into x select * from unnest($1::text[], $2::text[], $3::timestamptz[])', [ids, ids, starts]);
  console.log('pg arrays', Date.now() - t); t = Date.now();
  await c.query('select count(*) from unnest($1::text[], $2::text[], $3::timestamptz[])', [ids, ids, starts]);
  console.log('pg select only', Date.now() - t); t = Date.now();
  await c.query('select 1 from (select $1::text as a) s', [JSON.stringify(ids)]);
  console.log('pg bare param', Date.now() - t);
}
await c.end(); await db.dispose();

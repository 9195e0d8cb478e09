import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:55432/postgres' }); await c.connect();
const N = 20000;
const ids = Array.from({ length: N }, (_, i) => `1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4b${String(i % 300).padStart(3, '0')}`);
const d = Array.from({ length: N }, (_, i) => new Date(Date.UTC(2027, 0, 1) + i * 60000));
const lit = (a: string[]) => '{' + JSON.stringify(a).slice(1, -1) + '}';
await c.query('create temp table x (b text, t text, s timestamptz, e timestamptz)');
for (let k = 0; k < 4; k++) {
  let t = Date.now();
  await c.query('insert into x select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])', [lit(ids), lit(ids), lit(d.map((x) => x.toISOString())), lit(d.map((x) => x.toISOString()))]);
  const a = Date.now() - t; t = Date.now();
  await c.query("insert into x select b, t, to_timestamp(s), to_timestamp(e) from unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) as u(b,t,s,e)", [lit(ids), lit(ids), '{' + d.map((x) => x.getTime() / 1000).join(',') + '}', '{' + d.map((x) => x.getTime() / 1000).join(',') + '}']);
  const b = Date.now() - t; t = Date.now();
  await c.query("insert into x select b, t, s, s + make_interval(mins => dur) from unnest($1::text[], $2::text[], $3::timestamptz[], $4::int[]) as u(b,t,s,dur)", [lit(ids), lit(ids), lit(d.map((x) => x.toISOString())), '{' + d.map(() => 30).join(',') + '}']);
  console.log('iso', a, 'epoch', b, 'iso+dur', Date.now() - t);
}
await c.end();

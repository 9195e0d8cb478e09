import pg from 'pg';
const c = new pg.Client({ connectionString: process.argv[2] }); await c.connect();
for (const sql of ['select 1', "select * from session s join app_user u on u.id = s.user_id left join insurer i on i.id = u.insurer_id where s.token_hash = 'x'"]) {
  const ms: number[] = [];
  for (let i = 0; i < 200; i++) { const t = performance.now(); await c.query(sql); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b); console.log(sql.slice(0, 30), 'p50', ms[100]!.toFixed(2), 'p95', ms[190]!.toFixed(2));
}
await c.end();

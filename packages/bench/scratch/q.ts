import pg from 'pg';
const c = new pg.Client({ connectionString: process.argv[2] }); await c.connect();
const sql = process.argv[3]!;
const r = await c.query(sql);
for (const row of (Array.isArray(r) ? r.at(-1).rows : r.rows)) console.log(Object.values(row).join(' | '));
await c.end();

import pg from 'pg'; import { readFileSync } from 'node:fs';
const c = new pg.Client({ connectionString: process.argv[2] }); await c.connect();
const sql = readFileSync(process.argv[3]!, 'utf8');
const ms: number[] = []; for (let i = 0; i < 100; i++) { const t = performance.now(); await c.query(sql); ms.push(performance.now() - t); }
ms.sort((a, b) => a - b); console.log('p50', ms[50]!.toFixed(2), 'p95', ms[95]!.toFixed(2));
const r = await c.query('explain analyze ' + sql); console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
await c.end();

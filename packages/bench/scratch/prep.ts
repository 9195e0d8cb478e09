import pg from 'pg';
import { readFileSync } from 'node:fs';
const c = new pg.Client({ connectionString: process.argv[2] }); await c.connect();
const text = `with page as (
      select distinct on (s.start_at, s.book_id, s.type_id, s.department_id) s.start_at, s.end_at, s.book_id, s.type_id, s.department_id, s.tariff_id
      from search_slot s
      where s.insurer_ids @> array[$1]::text[] and s.start_at >= $2 and s.start_at < $3
        and s.start_at >= $4::timestamptz + make_interval(mins => s.min_notice_minutes)
        and (s.days_ahead is null or s.start_at < (date_trunc('day', $4::timestamptz at time zone 'Europe/Oslo') + make_interval(days => s.days_ahead + 1)) at time zone 'Europe/Oslo')
        and s.tariff_key = $5 and s.city_key = $6
      order by s.start_at, s.book_id, s.type_id, s.department_id, s.tariff_key limit $7)
    select p.*, o.practitioner_name, o.clinic_name, o.street, o.postcode, o.city, o.tariff_name, o.type_name from page p
    join offer o on o.book_id = p.book_id and o.type_id = p.type_id and o.tariff_id = p.tariff_id and o.department_id = p.department_id and o.insurer_id = $1
    order by p.start_at, p.book_id, p.type_id, p.department_id`;
const triples = (await c.query('select distinct insurer_id, tariff_code, lower(city) city from offer')).rows;
const now = new Date(); const end = new Date(Date.now() + 14 * 86400000);
const time = async (name: string, named: boolean) => {
  const ms: number[] = [];
  for (let i = 0; i < 400; i++) { const t = triples[i % triples.length]; const s = performance.now(); await c.query({ ...(named ? { name: 'search-v1' } : {}), text, values: [t.insurer_id, now, end, now, t.tariff_code, t.city, 21] }); if (i >= 50) ms.push(performance.now() - s); }
  ms.sort((a, b) => a - b); console.log(name, 'p50', ms[175]!.toFixed(3), 'p95', ms[332]!.toFixed(3));
};
await time('unnamed (planned every time)', false);
await time('named prepared (plan cache)', true);
await time('unnamed (planned every time)', false);
await time('named prepared (plan cache)', true);
await c.end();

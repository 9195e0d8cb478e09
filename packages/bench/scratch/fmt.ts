import { createOrm } from '@bn/db';
const orm = await createOrm({ url: process.argv[2]!, poolMax: 1 });
const em = orm.em.fork();
const q = em.getKnex().raw("select start_at, now() as n from appointment limit 1");
const r = (await q) as { rows: { start_at: unknown; n: unknown }[] };
console.log(r.rows[0], typeof r.rows[0]!.start_at, new Date(r.rows[0]!.start_at as string).toISOString());
console.log(await em.execute("select start_at from appointment limit 1"));
await orm.close();

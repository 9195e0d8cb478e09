import { createOrm } from '@bn/db';
import { refreshFreeTime } from '@bn/api';
import { addDays, osloDate } from '@bn/domain';
const orm = await createOrm({ url: process.argv[2]!, poolMax: 2 });
const today = osloDate(new Date());
const ids = (await orm.em.fork().execute<{ id: string }[]>('select id from appointment_book order by id limit 390')).map((r) => r.id);
for (let k = 0; k < 2; k++) {
  const t = Date.now();
  await orm.em.fork().transactional(async (tx) => { console.log(await refreshFreeTime({ em: tx, bookIds: ids, from: today, to: addDays(today, 70) })); });
  console.log('ms', Date.now() - t);
}
await orm.close();

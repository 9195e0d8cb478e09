import { createOrm, migrate } from '@bn/db';
const orm = await createOrm({ url: process.argv[2]!, poolMax: 1 });
const t = Date.now(); console.log(await migrate(orm), Date.now() - t); await orm.close();

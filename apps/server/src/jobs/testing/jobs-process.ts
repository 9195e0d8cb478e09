// A job worker in a process of its own, for the test that kills one mid-unit (kill -9): runs the recurring jobs against
// the database given as the first argument, on a clock starting at the instant given as the second. Its units count as
// cut off after 3 seconds and are retried a second later, so the test needs no long waits.
import { pino } from 'pino';
import { createOrm } from '@bn/db';
import { startJobs } from '../start-jobs.js';

const [databaseUrl, startIso] = process.argv.slice(2);
const offset = new Date(startIso!).getTime() - Date.now();
const orm = await createOrm({ url: databaseUrl!, poolMax: 3 });
await startJobs({
  orm,
  databaseUrl: databaseUrl!,
  logger: pino({ level: 'silent' }),
  now: () => new Date(Date.now() + offset),
  pollingIntervalSeconds: 0.5,
  tickIntervalMs: 500,
  unitExpireSeconds: 3,
  retryDelaySeconds: 1,
});
process.stdout.write('started\n');

// The webhook secrets' encryption key for a server the benches and fault runs start in production mode, where the
// server refuses to start without one (docs/public-api.md): one random key per run, the same for every restart of it
// (a restarted server must still read the secrets the first one stored).
import { randomBytes } from 'node:crypto';

export const RUN_WEBHOOK_SECRET_KEY = randomBytes(32).toString('hex');

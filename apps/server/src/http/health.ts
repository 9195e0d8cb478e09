import type { Request, Response } from 'express';
import cluster from 'node:cluster';
import type { MikroORM } from '@bn/db';

/**
 * 200 with the database's state when it answers within 2 s, 503 otherwise. `httpProcess` numbers the answering HTTP
 * process (0 when the server runs as one process), so a load balancer or a test can see them all.
 */
export function healthHandler(orm: MikroORM) {
  return async (_req: Request, res: Response) => {
    const started = Date.now();
    try {
      await Promise.race([
        orm.em.fork().getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.status(200).json({ status: 'ok', database: 'ok', latencyMs: Date.now() - started, httpProcess: cluster.worker?.id ?? 0 });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  };
}

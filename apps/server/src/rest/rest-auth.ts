// Who calls /api/v1: an insurer app by its API key (Authorization: Bearer), throttled per key per minute.
import type { RequestHandler, Response } from 'express';
import { authenticateApiKey, throttleApiKey, type ApiKeyCaller } from '@bn/api';
import type { MikroORM } from '@bn/db';
import type { Clock } from '@bn/domain';

export function callerOf(res: Response): ApiKeyCaller {
  return res.locals.caller as ApiKeyCaller;
}

/**
 * Authenticates the key, then counts the call against the key's minute (429 with Retry-After beyond it). The key's
 * public id goes into the request log; the key itself never does (pino-http logs no headers here, app.ts).
 */
export function apiKeyAuth(o: { orm: MikroORM; now: Clock; perMinute: number }): RequestHandler {
  return async (req, res, next) => {
    const em = o.orm.em.fork();
    const now = o.now();
    const caller = await authenticateApiKey({ em, authorization: req.get('authorization'), now });
    req.log = req.log.child({ apiKeyId: caller.keyId });
    await throttleApiKey({ em, keyRowId: caller.booker.keyId, now, perMinute: o.perMinute });
    res.locals.caller = caller;
    next();
  };
}

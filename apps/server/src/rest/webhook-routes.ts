// The public API's webhook endpoints (docs/public-api.md): an insurer app manages its own insurer's receivers;
// another insurer's endpoint is a 404. The operator does the same in the admin app (tRPC `webhooks.*`).
import { Router, type Response } from 'express';
import { createWebhook, deactivateWebhook, listWebhooks, rotateWebhookSecret } from '@bn/api';
import type { MikroORM } from '@bn/db';
import { webhookCreateBody, webhookIdParam, webhookRotateBody, type Clock, type WebhookEndpointView } from '@bn/domain';
import { callerOf } from './rest-auth.js';

function toApi(v: WebhookEndpointView) {
  return {
    id: v.id,
    url: v.url,
    events: v.events,
    active: v.active,
    createdAt: v.createdAt.toISOString(),
    previousSecretUntil: v.previousSecretUntil?.toISOString() ?? null,
  };
}

/** The app as the audit log names it: its key's public id (never the key). */
function managerOf(res: Response) {
  const caller = callerOf(res);
  const id = `insurer-app:${caller.booker.keyId}`;
  return { actor: { id, name: `API ${caller.keyId}` }, insurerId: caller.booker.insurerId };
}

export function webhookRoutes(o: { orm: MikroORM; now: Clock }): Router {
  const r = Router();
  const em = () => o.orm.em.fork();

  r.get('/webhooks', async (_req, res) => {
    const list = await listWebhooks({ em: em(), insurerId: callerOf(res).booker.insurerId, now: o.now() });
    res.json({ webhooks: list.map(toApi) });
  });

  r.post('/webhooks', async (req, res) => {
    const body = webhookCreateBody.parse(req.body ?? {});
    const by = managerOf(res);
    const issued = await createWebhook({ em: em(), by, input: { ...body, insurerId: by.insurerId }, now: o.now() });
    res.status(201).json({ webhook: toApi(issued.endpoint), secret: issued.secret });
  });

  r.delete('/webhooks/:id', async (req, res) => {
    const { id } = webhookIdParam.parse(req.params);
    res.json(toApi(await deactivateWebhook({ em: em(), by: managerOf(res), id, now: o.now() })));
  });

  r.post('/webhooks/:id/rotate-secret', async (req, res) => {
    const { id } = webhookIdParam.parse(req.params);
    const { graceHours } = webhookRotateBody.parse(req.body ?? {});
    const issued = await rotateWebhookSecret({ em: em(), by: managerOf(res), id, graceHours, now: o.now() });
    res.json({ webhook: toApi(issued.endpoint), secret: issued.secret });
  });

  return r;
}

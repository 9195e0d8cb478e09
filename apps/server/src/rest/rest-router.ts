// /api/v1: the insurer apps' REST API. Its own JSON body parsing, no cookies and no CSRF guard (a Bearer key is not
// sent by a browser on its own), no caching, problem+json refusals. openapi.json and the docs page are public: they hold no data.
import { Router } from 'express';
import type { MikroORM } from '@bn/db';
import { AppError, type Clock } from '@bn/domain';
import { jsonBody, noStore } from '../http/request-guards.js';
import { openApiDocument } from './openapi.js';
import { docsPage } from './docs-page.js';
import { problemHandler } from './problem.js';
import { apiKeyAuth } from './rest-auth.js';
import { restRoutes } from './rest-routes.js';
import { webhookRoutes } from './webhook-routes.js';

export interface RestOptions {
  orm: MikroORM;
  now: Clock;
  /** API_RATE_LIMIT: calls per key and minute. */
  perMinute: number;
}

export function restApi(o: RestOptions): Router {
  const r = Router();
  r.use(noStore);
  r.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  r.get('/docs', (_req, res) => {
    res.type('html').send(docsPage());
  });
  r.use(apiKeyAuth(o));
  r.use(jsonBody());
  r.use(restRoutes(o));
  r.use(webhookRoutes(o));
  r.use(() => {
    throw new AppError('NOT_FOUND');
  });
  r.use(problemHandler);
  return r;
}

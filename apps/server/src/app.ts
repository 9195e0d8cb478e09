// Builds the Express application: security headers, request logging, /health, /trpc, /api/v1, /fhir and the two SPAs.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter, createInnerContext, type CaseLookupFactory } from '@bn/api';
import { databaseUnavailable, RETRY_AFTER_SECONDS, type MikroORM } from '@bn/db';
import {
  AppError,
  REQUEST_BODY_LIMIT_BYTES,
  TRPC_MAX_BATCH_SIZE,
  systemClock,
  wordError,
  type Clock,
  type ErrorCode,
  type NetworkContact,
} from '@bn/domain';
import { cookieJar } from './http/cookies.js';
import { healthHandler, type HealthProbes } from './http/health.js';
import { spaRouter } from './http/spa.js';
import {
  HttpRefusal,
  jsonBody,
  jsonBodiesOnly,
  noStore,
  queryInputDepth,
  sameOriginOnly,
} from './http/request-guards.js';
import { logSafeError } from './logging.js';
import { restApi } from './rest/rest-router.js';
import { fhirApi } from './fhir/fhir-router.js';

export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  /** COOKIE_SECURE: true/false, or 'auto' — Secure except for plain http to localhost (see http/cookies.ts). */
  cookieSecure: boolean | 'auto';
  /** SESSION_IDLE_MINUTES; the API's default when omitted. */
  sessionIdleMinutes?: number;
  adminDist: string;
  agentDist: string;
  trustProxy: number;
  /** The worker and mail probes of /health, where this process runs them. */
  health?: Omit<HealthProbes, 'orm'>;
  /** The product's clock (the machine's unless a test shifted it, see env.ts). */
  now?: Clock;
  /** P2: where case ids are looked up (CASE_LOOKUP_URL); the operator's register when omitted. */
  caseLookup?: CaseLookupFactory;
  /** API_RATE_LIMIT: calls per API key and minute on /api/v1; 120 when omitted. */
  apiRateLimit?: number;
  /** PUBLIC_URL, for the links in account e-mails; the API's default when omitted. */
  publicUrl?: string;
  /** NETWORK_CONTACT_*: null when none is configured; the API's demo contact when omitted. */
  networkContact?: NetworkContact | null;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', opts.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Only ask browsers to upgrade to HTTPS when we are told we are deployed behind it.
        directives: { upgradeInsecureRequests: opts.cookieSecure === true ? [] : null },
      },
      strictTransportSecurity: opts.cookieSecure === true,
    }),
  );
  app.use(
    pinoHttp({
      logger: opts.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Health checks are frequent and say nothing; everything else is logged once, at the end.
      autoLogging: { ignore: (req) => req.url === '/health' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        // No message, detail or statement text of a database error: they carry the values (logging.ts).
        err: logSafeError,
      },
    }),
  );

  app.get('/health', healthHandler({ ...opts.health, orm: opts.orm }));

  app.use(
    '/trpc',
    noStore,
    sameOriginOnly,
    jsonBodiesOnly,
    queryInputDepth,
    jsonBody(),
    createExpressMiddleware({
      router: appRouter,
      maxBatchSize: TRPC_MAX_BATCH_SIZE,
      // express.json above has read JSON bodies; this bounds any body tRPC would read itself.
      maxBodySize: REQUEST_BODY_LIMIT_BYTES,
      createContext: ({ req, res }) =>
        createInnerContext({
          em: opts.orm.em.fork(),
          cookies: cookieJar(req, res, opts.cookieSecure),
          now: opts.now,
          ip: req.ip ?? 'unknown',
          // genReqId (above) makes every id a string.
          requestId: req.id as string,
          // A retried booking request may carry its idempotency key as a header instead of an input field.
          idempotencyKey: req.get('idempotency-key')?.slice(0, 100) ?? null,
          sessionIdleMinutes: opts.sessionIdleMinutes,
          caseLookup: opts.caseLookup,
          publicUrl: opts.publicUrl,
          networkContact: opts.networkContact,
        }),
      // Retry-After on a refusal that says when to come back: sign-in throttling (its details), and an unreachable
      // database, which the error formatter (packages/api trpc.ts) has already turned into UNAVAILABLE/503.
      responseMeta: ({ errors, data }) => {
        const throttled = Math.max(
          0,
          ...errors.map((e) => (e.cause instanceof AppError ? Number(e.cause.values?.retryAfterSeconds ?? 0) : 0)),
        );
        const unavailable = data.some((d) => 'error' in d && d.error.data.appCode === 'UNAVAILABLE')
          ? RETRY_AFTER_SECONDS
          : 0;
        const seconds = Math.max(throttled, unavailable);
        return seconds > 0 ? { headers: { 'Retry-After': String(Math.ceil(seconds)) } } : {};
      },
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          // The input is never logged: it may hold patient data.
          req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
        }
      },
    }),
  );

  // The insurer apps' REST API (docs/public-api.md), authenticated by API keys.
  app.use('/api/v1', restApi({ orm: opts.orm, now: opts.now ?? systemClock, perMinute: opts.apiRateLimit ?? 120 }));
  // Its FHIR R4 scheduling facade, on the same keys and use cases.
  app.use('/fhir', fhirApi({ orm: opts.orm, now: opts.now ?? systemClock, perMinute: opts.apiRateLimit ?? 120 }));

  app.use('/admin', spaRouter(opts.adminDist, 'The admin app'));
  app.use('/agent', spaRouter(opts.agentDist, 'The agent app'));
  app.get('/', (_req, res) => res.redirect(302, '/admin/'));

  // Malformed JSON and other body errors: a 400 with a stable code, never a stack trace.
  app.use((err: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    if (databaseUnavailable(err)) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json(httpRefusalBody('UNAVAILABLE'));
      return;
    }
    // A guard's refusal (http/request-guards.ts); body-parser passes on what its `verify` throws as it is.
    if (err instanceof HttpRefusal) {
      res.status(err.status).json(httpRefusalBody(err.code));
      return;
    }
    const status =
      typeof err === 'object' && err && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    res.status(status).json(httpRefusalBody(status < 500 ? 'BAD_INPUT' : 'INTERNAL'));
  });
  return app;
}

/**
 * A refusal before tRPC (a body too large or malformed, a cross-site request, the database away): the stable code,
 * and for a person reading it with curl the code's sentence in Bokmål (the shared catalogue, @bn/domain).
 */
function httpRefusalBody(code: ErrorCode): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message: wordError('nb', code, code === 'BAD_INPUT' ? { reason: 'request' } : undefined) } };
}

/**
 * Requests Node's HTTP parser refuses before Express sees them — a URL or headers over its limit (431), bytes that are
 * not HTTP (400) — are answered like every other refusal: JSON with a stable code, then the connection is closed.
 * Without this Node answers them with an empty body a client cannot tell from a broken server.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify(httpRefusalBody('BAD_INPUT'));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

// What every /trpc request passes before tRPC sees it: no caching of answers, mutations only from our own pages,
// JSON bodies of bounded size and depth. A refusal is an HttpRefusal, answered by the app's error handler.
import express, { type Request, type RequestHandler } from 'express';
import {
  CLIENT_HEADER,
  CLIENT_HEADER_VALUE,
  REQUEST_BODY_LIMIT_BYTES,
  REQUEST_MAX_DEPTH,
  type ErrorCode,
} from '@bn/domain';
import { jsonDepthExceeds } from './json-depth.js';

/** A request refused before it reached a procedure: a 4xx with one of the API's stable codes. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(code);
    this.name = 'HttpRefusal';
  }
}

/** Answers from /trpc carry patient data and sessions' views of it: never stored by a browser or a proxy. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Whether the browser says the request comes from a page of this very origin. `Sec-Fetch-Site` (every current
 * browser) and `Origin` (every browser on a POST) cannot be set by a page; when either is present it must say
 * same-origin, and one of them must be. `req.host` is the Host header, or X-Forwarded-Host behind a trusted proxy.
 */
export function isSameOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.get('origin');
  if (origin !== undefined) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false; // "null" (a sandboxed frame, a file) or garbage
    }
    if (host !== req.host) return false;
  }
  return site !== undefined || origin !== undefined;
}

/**
 * CSRF: a POST (every tRPC mutation, sign-in included) must come from our SPAs — same origin and with the client
 * header, which a cross-site form or fetch cannot add without a CORS preflight this server never answers. A GET
 * (queries) a browser marks as cross-site is refused too: a top-level link must not read, and log reading, patient
 * data with the user's cookie. Other clients (scripts, the benchmark) send `Origin` and the header as the SPAs do.
 */
export const sameOriginOnly: RequestHandler = (req, _res, next) => {
  if (req.method === 'POST') {
    if (!isSameOrigin(req) || req.get(CLIENT_HEADER) !== CLIENT_HEADER_VALUE)
      return next(new HttpRefusal(403, 'CROSS_SITE_REQUEST'));
  } else {
    const site = req.get('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') return next(new HttpRefusal(403, 'CROSS_SITE_REQUEST'));
  }
  next();
};

/** A POST body is JSON (the SPAs send nothing else); forms and streams are refused before anything reads them. */
export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  if (req.method === 'POST' && req.is('application/json') === false) return next(new HttpRefusal(415, 'BAD_INPUT'));
  next();
};

/** A GET carries its input in the query string: the same depth limit as for bodies, checked before tRPC parses it. */
export const queryInputDepth: RequestHandler = (req, _res, next) => {
  if (req.method !== 'GET') return next();
  const q = req.url.indexOf('?');
  const input = q < 0 ? null : new URLSearchParams(req.url.slice(q + 1)).get('input');
  if (input !== null && jsonDepthExceeds(input, REQUEST_MAX_DEPTH)) return next(new HttpRefusal(400, 'BAD_INPUT'));
  next();
};

/** express.json with the size limit, and the depth limit checked on the raw bytes before JSON.parse runs. */
export const jsonBody = (type: string[] = ['application/json']): RequestHandler =>
  express.json({
    type,
    limit: REQUEST_BODY_LIMIT_BYTES,
    verify: (_req, _res, body) => {
      if (jsonDepthExceeds(body, REQUEST_MAX_DEPTH)) throw new HttpRefusal(400, 'BAD_INPUT');
    },
  });

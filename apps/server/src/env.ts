// The server's configuration, read once from the environment. Nothing else in the server reads process.env.
import path from 'node:path';
import { readDbEnv, findRepoRoot, type DbEnv } from '@bn/db';
import { DEFAULT_SESSION_IDLE_MINUTES, parseClockOffset, parseNetworkContact, type NetworkContact } from '@bn/domain';

export interface ServerEnv {
  port: number;
  host: string;
  db: DbEnv;
  /** Seed the demo network on an empty database: on by default with the embedded database, off with DATABASE_URL. */
  seedDemo: boolean;
  logLevel: string;
  /**
   * Send the session cookie only over HTTPS. COOKIE_SECURE=on/off decides; unset ('auto') it is on, except for a
   * plain-http request to localhost (development, the tests), where a browser would not keep a Secure cookie.
   */
  cookieSecure: boolean | 'auto';
  /** A session ends after this many minutes without a request (SESSION_IDLE_MINUTES), besides its absolute 12 hours. */
  sessionIdleMinutes: number;
  /** API_RATE_LIMIT: calls an insurer app's API key may make per minute (the public API, /api/v1). */
  apiRateLimit: number;
  adminDist: string;
  agentDist: string;
  /** Number of reverse proxies in front of us, for the client address used in sign-in throttling. */
  trustProxy: number;
  /**
   * The directory the command was typed in. pnpm runs a package's scripts in the package's directory and passes the
   * caller's directory as INIT_CWD, so the CLI resolves file arguments against this.
   */
  callerDir: string;
  /** Run the background worker (notifications, hold sweeper) in this process. */
  worker: boolean;
  /** Where e-mail goes (smtp://user:pass@host:port); unset: a local SMTP server started here keeps it in mailDir. */
  smtpUrl: string | undefined;
  mailFrom: string;
  mailDir: string;
  /** Port of the local SMTP server; 0 picks a free one. */
  localSmtpPort: number;
  /**
   * HTTP processes (WEB_CONCURRENCY). 1: this process does everything. More: this process owns the database start,
   * migrations, demo data and the background worker, and forks that many HTTP processes sharing the port.
   */
  webConcurrency: number;
  /**
   * The product's clock runs this far from the machine's (CLOCK_OFFSET, e.g. `+80d`): for tests that move time.
   * Honoured only with ALLOW_CLOCK_SHIFT=1 and never when NODE_ENV=production; 0 otherwise.
   */
  clockOffsetMs: number;
  /**
   * P2: the case lookup service (CASE_LOOKUP_URL, http or https; each lookup is a POST to it, see packages/api
   * http-case-lookup.ts). Unset: case ids are looked up in the network operator's register.
   */
  caseLookupUrl: string | undefined;
  /** PUBLIC_URL: the address people open the network at; the links in account e-mails point there. */
  publicUrl: string;
  /**
   * WEBHOOK_SECRET_KEY: 32 bytes (64 hex digits or base64) that encrypt the webhook signing secrets (AES-256-GCM).
   * Required with NODE_ENV=production; otherwise, when unset, a key is made once into DATA_DIR/webhook-secret.key.
   */
  webhookSecretKey: string | undefined;
  /**
   * NETWORK_CONTACT_NAME / _EMAIL / _PHONE: who a clinic contacts where only the network can fix its set-up. Unset:
   * the demo contact outside production, none (null) in production.
   */
  networkContact: NetworkContact | null;
  /** NODE_ENV=production. */
  production: boolean;
}

/** CLOCK_OFFSET, refused loudly where it must not apply: a typo or a forgotten test setting never goes unnoticed. */
function clockOffset(env: NodeJS.ProcessEnv, flag: (value: string | undefined, fallback: boolean) => boolean): number {
  const offset = env.CLOCK_OFFSET?.trim();
  if (!offset) return 0;
  if (!flag(env.ALLOW_CLOCK_SHIFT, false) || env.NODE_ENV === 'production') {
    throw new Error(
      'CLOCK_OFFSET is set, but a shifted clock is allowed only with ALLOW_CLOCK_SHIFT=1 outside production (NODE_ENV=production).',
    );
  }
  return parseClockOffset(offset);
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(`${name} must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Calls per API key and minute unless API_RATE_LIMIT says otherwise: two a second, plenty for a patient app's backend. */
const DEFAULT_API_RATE_LIMIT = 120;

function perMinute(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new Error(`${name} must be a whole number of calls per minute from 1 to 100000, got "${value}"`);
  return n;
}

function minutes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 24 * 60)
    throw new Error(`${name} must be a whole number of minutes from 1 to 1440, got "${value}"`);
  return n;
}

function caseLookupUrl(value: string | undefined): string | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`CASE_LOOKUP_URL must be an http or https address, got "${given}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`CASE_LOOKUP_URL must be an http or https address, got "${given}"`);
  return url.toString();
}

/** PUBLIC_URL as an origin (and path) without a trailing slash; http://localhost:PORT when unset. */
function publicUrl(given: string | undefined, port: number): string {
  if (!given?.trim()) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new Error(`PUBLIC_URL must be an http or https address, got "${given}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`PUBLIC_URL must be an http or https address, got "${given}"`);
  return url.toString().replace(/\/+$/, '');
}

export function readServerEnv(): ServerEnv {
  const root = findRepoRoot();
  const db = readDbEnv();
  const flag = (value: string | undefined, fallback: boolean) =>
    value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
  return {
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '0.0.0.0',
    db,
    seedDemo: flag(process.env.SEED_DEMO, !db.databaseUrl),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    cookieSecure: process.env.COOKIE_SECURE ? flag(process.env.COOKIE_SECURE, true) : 'auto',
    sessionIdleMinutes: minutes(process.env.SESSION_IDLE_MINUTES, DEFAULT_SESSION_IDLE_MINUTES, 'SESSION_IDLE_MINUTES'),
    apiRateLimit: perMinute(process.env.API_RATE_LIMIT, DEFAULT_API_RATE_LIMIT, 'API_RATE_LIMIT'),
    adminDist: path.resolve(process.env.ADMIN_DIST ?? path.join(root, 'apps/admin/dist')),
    agentDist: path.resolve(process.env.AGENT_DIST ?? path.join(root, 'apps/agent/dist')),
    trustProxy: Number(process.env.TRUST_PROXY ?? 0),
    callerDir: path.resolve(process.env.INIT_CWD || process.cwd()),
    worker: flag(process.env.WORKER, true),
    smtpUrl: process.env.SMTP_URL || undefined,
    mailFrom: process.env.MAIL_FROM ?? 'Behandlernettverket <ikke-svar@behandlernettverk.local>',
    mailDir: path.resolve(process.env.MAIL_DIR ?? path.join(db.dataDir, 'mail')),
    localSmtpPort: Number(process.env.LOCAL_SMTP_PORT ?? 0),
    webConcurrency: positiveInt(process.env.WEB_CONCURRENCY, 1, 'WEB_CONCURRENCY'),
    clockOffsetMs: clockOffset(process.env, flag),
    caseLookupUrl: caseLookupUrl(process.env.CASE_LOOKUP_URL),
    publicUrl: publicUrl(process.env.PUBLIC_URL, Number(process.env.PORT ?? 3000)),
    webhookSecretKey: process.env.WEBHOOK_SECRET_KEY?.trim() || undefined,
    networkContact: parseNetworkContact(
      {
        name: process.env.NETWORK_CONTACT_NAME,
        email: process.env.NETWORK_CONTACT_EMAIL,
        phone: process.env.NETWORK_CONTACT_PHONE,
      },
      process.env.NODE_ENV === 'production',
    ),
    production: process.env.NODE_ENV === 'production',
  };
}

// Property-based fuzzing of tRPC procedures over HTTP (fast-check): each run sends one procedure a random or mutated
// input as a random role, the way the SPAs' client sends it, and checks what a probing client must never see — an
// answer ≥ 500, or a refusal that is not a code of the one list with issue codes the shared sentences word (no sentence,
// zod's or ours, travels) — and what nobody must find afterwards — a row changed by a request that was refused.
// FUZZ_RUNS (default 25 random runs per procedure, after the boundary cases) and FUZZ_SEED reproduce or deepen a run (docs/reliability.md).
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { publicTables, tableDigests, type MikroORM } from '@bn/db';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { createMatrixWorld, createSessionToken, EVERYONE, MATRIX, type MatrixWorld, type Who } from '@bn/api/testing';
import { appRouter } from '@bn/api';
import { isErrorCode, isInputIssueCode } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { SPA_HEADERS } from '../testing/trpc-http.js';
import { fuzzEnv } from './fuzz-env.js';
import { applyMutation, boundaryMutations, mutation, type Mutation } from './arbitraries.js';

/** Tables whose rows are bookkeeping of the request itself (a session's last-seen minute, a failed sign-in). */
const BOOKKEEPING = new Set(['session', 'sign_in_attempt', 'mikro_orm_migrations']);

/** The tables whose rows a refused request must leave as they were. */
async function fingerprintTables(orm: MikroORM): Promise<string[]> {
  return (await publicTables(orm)).filter((t) => !BOOKKEEPING.has(t));
}

const fingerprint = (orm: MikroORM, tables: readonly string[]) => tableDigests(orm, tables);

const changedTables = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((k) => a.get(k) !== b.get(k));

/**
 * The body as the SPAs' client would send it (superjson). superjson refuses to write `__proto__`, `constructor` and
 * `prototype` keys; a hostile client is not so polite, so those inputs go as plain JSON (BigInts as strings).
 */
function serialize(input: unknown): string {
  if (input === undefined) return '{}';
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return JSON.stringify({ json: input }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

interface Sent {
  status: number;
  text: string;
}

/**
 * What is wrong with a tRPC refusal's body, if anything: its code must be one of the one list (errors.ts), its message
 * that code (no sentence), and each field issue a code the shared sentences word. Refusals before tRPC (a body the
 * server cannot read) carry a code too.
 */
function refusalProblems(text: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`not JSON: ${text.slice(0, 100)}`];
  }
  const envelope = (Array.isArray(body) ? body[0] : body) as {
    error?: { code?: unknown; json?: { message?: unknown; data?: { appCode?: unknown; issues?: unknown } } };
  };
  const error = envelope?.error;
  if (!error) return ['no error in the body'];
  if (!error.json) return isErrorCode(error.code) ? [] : [`unknown code ${String(error.code)}`];
  const { message, data } = error.json;
  const problems: string[] = [];
  if (!isErrorCode(data?.appCode)) problems.push(`unknown appCode ${String(data?.appCode)}`);
  if (message !== data?.appCode) problems.push(`a sentence travelled: ${String(message)}`);
  for (const issue of Array.isArray(data?.issues) ? (data.issues as { code?: unknown }[]) : [])
    if (!isInputIssueCode(issue.code)) problems.push(`unknown issue code ${String(issue.code)}`);
  return problems;
}

/** Registers one test per procedure in `paths`, in a test file with its own database and server. */
export function fuzzProcedures(paths: readonly string[]): void {
  let db: TestDatabase;
  let server: TestServer;
  let world: MatrixWorld;
  let fingerprintTablesList: string[];
  const cookies = new Map<Who, string>();
  /** Answers by status over the file, printed at the end: the figures docs/reliability.md quotes. */
  const statuses = new Map<number, number>();
  const started = Date.now();
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' } }>;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await createMatrixWorld(db.orm);
    server = await startTestServer(db.orm);
    fingerprintTablesList = await fingerprintTables(db.orm);
  });
  afterAll(async () => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const by = Object.fromEntries([...statuses.entries()].sort(([a], [b]) => a - b));
    process.stdout.write(
      `fuzz: ${paths.length} procedures, ${total} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, by status ${JSON.stringify(by)}\n`,
    );
    await server?.close();
    await db?.drop();
  });

  const cookieFor = async (who: Who): Promise<string | undefined> => {
    if (who === 'anonymous') return undefined;
    let cookie = cookies.get(who);
    if (!cookie)
      cookies.set(who, (cookie = `bn_session=${await createSessionToken(db.orm, world.network.users[who].user)}`));
    return cookie;
  };

  const send = async (path: string, input: unknown, who: Who): Promise<Sent> => {
    const cookie = await cookieFor(who);
    const payload = serialize(input);
    const headers: Record<string, string> = { ...SPA_HEADERS, ...(cookie ? { cookie } : {}) };
    const init: RequestInit =
      procedures[path]!._def.type === 'query'
        ? { headers }
        : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: payload };
    const url =
      procedures[path]!._def.type === 'query' ? `/trpc/${path}?input=${encodeURIComponent(payload)}` : `/trpc/${path}`;
    const res = await server.request(url, init);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    // A signed-out session is signed in again for the next run.
    if (path === 'auth.signOut' && res.status === 200) cookies.delete(who);
    return { status: res.status, text: res.text };
  };

  for (const path of paths) {
    it(`${path}: no answer ≥ 500, and a refused request changes no row`, async () => {
      const access = MATRIX[path]!;
      // Mostly callers that get past the role check, so the input reaches the procedure; the others too.
      const who = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...access.allowed) },
        { weight: 1, arbitrary: fc.constantFrom(...EVERYONE) },
      );
      // The boundary cases first, as the first allowed role (past the role check), then random ones.
      const first = access.allowed[0]!;
      const examples = boundaryMutations(access.input?.(world, first)).map((m): [Who, Mutation] => [first, m]);
      let baseline = await fingerprint(db.orm, fingerprintTablesList);
      await fc.assert(
        fc.asyncProperty(who, mutation, async (caller: Who, m: Mutation) => {
          const input = applyMutation(access.input?.(world, caller), m);
          const { status, text } = await send(path, input, caller);
          expect(status, `${path} as ${caller} answered ${status}: ${text.slice(0, 300)}`).toBeLessThan(500);
          const after = await fingerprint(db.orm, fingerprintTablesList);
          if (status >= 400) {
            expect(refusalProblems(text), `${path} as ${caller} answered ${status}: ${text.slice(0, 300)}`).toEqual([]);
            expect(
              changedTables(baseline, after),
              `${path} as ${caller} was refused (${status}) but changed rows`,
            ).toEqual([]);
          }
          baseline = after;
        }),
        { numRuns: fuzzEnv.runs + examples.length, examples, seed: fuzzEnv.seed, endOnFailure: true },
      );
    });
  }
}

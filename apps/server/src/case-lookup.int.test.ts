// P2 through the running server: with CASE_LOOKUP_URL the clinic's import asks the insurers' HTTP service (here a
// fake started by the test); when that service fails the clinic gets CASE_LOOKUP_UNAVAILABLE (503), nothing is
// written, and no patient data reaches the server's log.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { httpCaseLookup } from '@bn/api';
import { caseFor, CLAIM_PATIENTS, createClaimsWorld, createSessionToken, type ClaimsWorld } from '@bn/api/testing';
import { startTestServer, type TestServer } from './testing/test-server.js';
import { trpcPost, type TrpcEnvelope } from './testing/trpc-http.js';

describe('the case lookup service behind CASE_LOOKUP_URL', () => {
  let db: TestDatabase;
  let w: ClaimsWorld;
  let service: Server;
  let server: TestServer;
  let cookie: string;
  let failing = false;
  const logged: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    w = await createClaimsWorld(db.orm);
    const known = caseFor(w, 'hnr', 'HTTPSAK1', { grant: { type: 'per_treatment_type', treatments: { B1010: 5 } } });
    service = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (failing) {
          res.writeHead(502).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(known));
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(service.address() as AddressInfo).port}/oppslag`;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString('utf8'));
        done();
      },
    });
    const lookup = httpCaseLookup({ url });
    server = await startTestServer(db.orm, { logger: pino({ level: 'debug' }, sink), caseLookup: () => lookup });
    cookie = `bn_session=${await createSessionToken(db.orm, w.network.users.clinic_admin.user)}`;
  });
  afterAll(async () => {
    await server?.close();
    service?.closeAllConnections();
    await new Promise((resolve) => service?.close(resolve));
    await db?.drop();
  });

  const importCase = () =>
    server.request(
      '/trpc/claims.importCase',
      trpcPost({ patientId: w.patients.hnr, insurerId: w.network.insurerX.id, caseId: 'httpsak1' }, cookie),
    );

  it('a failing service is CASE_LOOKUP_UNAVAILABLE (503), with nothing written and no patient data logged', async () => {
    failing = true;
    const res = await importCase();
    expect(res.status).toBe(503);
    expect(res.json<TrpcEnvelope<unknown>>().error?.json.data.appCode).toBe('CASE_LOOKUP_UNAVAILABLE');
    const claims = await db.orm.em.fork().execute('select 1 from claim where patient_id = ?', [w.patients.hnr]);
    expect(claims).toHaveLength(0);
    const log = logged.join('');
    for (const secret of [CLAIM_PATIENTS.hnr.nationalId, w.birthDateOf('hnr'), 'HTTPSAK1', 'httpsak1'])
      expect(log).not.toContain(secret);
  });

  it('imports the case the service answers with', async () => {
    failing = false;
    const res = await importCase();
    expect(res.status).toBe(200);
    expect(
      res.json<TrpcEnvelope<{ claim: { caseId: string; grant: unknown } }>>().result?.data.json.claim,
    ).toMatchObject({
      caseId: 'HTTPSAK1',
      grant: { type: 'per_treatment_type', treatments: { B1010: 5 } },
    });
  });
});

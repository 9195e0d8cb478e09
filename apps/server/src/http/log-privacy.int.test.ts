// No patient data in the log (issue 10): statements that fail inside real procedures, with the values in the
// database's own error, are logged by SQLSTATE and statement name only. The server's own logger (logging.ts) captures.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { createBookableSetup, createSessionToken, freeSlotsOf, type BookableSetup } from '@bn/api/testing';
import { createLogger } from '../logging.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { trpcPost, type TrpcEnvelope } from '../testing/trpc-http.js';

const PATIENT = { nationalId: '04819012372', name: 'Kari Loggsjekk', email: 'kari.loggsjekk@example.no' };
const INSURER_NAME = 'Forsikring Loggsjekk 7Q';

describe('the log of failed statements', () => {
  let db: TestDatabase;
  let server: TestServer;
  let network: TestNetwork;
  let setup: BookableSetup;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    network = await createTestNetwork(db.orm.em.fork());
    setup = await createBookableSetup(db.orm.em.fork(), { clinic: network.clinicA, insurer: network.insurerX });
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    server = await startTestServer(db.orm, { logger: createLogger({ level: 'info', destination }) });
    // Statements that fail with the row's values in the error's message and detail, as a unique or check violation
    // naming a key would: one in the booking (a prepared statement), one in a configuration write (through the ORM).
    const conn = db.orm.em.fork().getConnection();
    await conn.execute(`create function refuse_patient() returns trigger language plpgsql as $$
      begin raise exception 'refused patient % %', new.national_id, new.name
        using detail = format('Key (national_id, email)=(%s, %s) is refused.', new.national_id, new.email); end $$`);
    await conn.execute(
      'create trigger refuse_patient before insert or update on patient for each row execute function refuse_patient()',
    );
    await conn.execute(`create function refuse_insurer() returns trigger language plpgsql as $$
      begin raise exception 'refused insurer %', new.name using detail = format('Key (name)=(%s).', new.name); end $$`);
    await conn.execute(
      'create trigger refuse_insurer before update on insurer for each row execute function refuse_insurer()',
    );
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const failures = () =>
    lines
      .map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> })
      .filter((l) => l.msg === 'procedure failed');

  it('logs a failed booking without the national id, the name or the e-mail address', async () => {
    const cookie = `bn_session=${await createSessionToken(db.orm, network.users.insurer_agent.user)}`;
    const [slot] = await freeSlotsOf(db.orm, setup.book.id, setup.type.id);
    const hold = await server.request(
      '/trpc/booking.hold',
      trpcPost(
        { bookId: setup.book.id, typeId: setup.type.id, tariffCode: setup.tariffCode, startAt: slot!.startAt },
        cookie,
      ),
    );
    expect(hold.status).toBe(200);
    const { holdId } = hold.json<TrpcEnvelope<{ holdId: string }>>().result!.data.json;
    const confirm = await server.request(
      '/trpc/booking.confirm',
      trpcPost({ holdId, patient: { ...PATIENT, phone: null }, caseId: null, patientRemark: 'Vondt i kneet' }, cookie),
    );
    expect(confirm.status).toBe(500);
    expect(confirm.json<TrpcEnvelope<never>>().error?.json).toMatchObject({
      message: 'INTERNAL',
      data: { appCode: 'INTERNAL', values: null, issues: null },
    });

    const log = lines.join('\n');
    for (const secret of [PATIENT.nationalId, PATIENT.name, 'Loggsjekk', PATIENT.email, 'Vondt i kneet'])
      expect(log).not.toContain(secret);
    // What it does say: which procedure, which database error, in which statement.
    const [failure] = failures().filter((l) => JSON.stringify(l).includes('booking.confirm'));
    expect(failure).toMatchObject({ err: { code: 'P0001', statement: expect.stringMatching(/^with /) } });
    expect(JSON.stringify(failure)).not.toMatch(/"message"|"detail"/);
  });

  it('logs a failed configuration write through the ORM without the values of its statement', async () => {
    const cookie = `bn_session=${await createSessionToken(db.orm, network.users.network_operator.user)}`;
    const insurer = {
      id: network.insurerY.id,
      name: INSURER_NAME,
      orgNumber: network.insurerY.orgNumber,
      offersPsychologistBooking: false,
      hasPatientApp: false,
      appName: null,
    };
    const res = await server.request('/trpc/insurers.upsert', trpcPost(insurer, cookie));
    expect(res.status).toBe(500);
    expect(lines.join('\n')).not.toContain('Loggsjekk 7Q');
    const [failure] = failures().filter((l) => JSON.stringify(l).includes('insurers.upsert'));
    expect(failure).toMatchObject({ err: { code: 'P0001', statement: 'update insurer' } });
  });
});

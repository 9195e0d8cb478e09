// A configuration change rebuilds a book's free time while an agent holds or releases a slot of that book, on the
// real PostgreSQL. The rebuild is stopped at its most delicate instant — after it read the book's appointments, before
// it rewrites the free-time rows — while the hold or release runs; then it goes on. Whatever the order, the search
// must end with exactly the free time the appointments leave: no slot that a hold covers, no released time missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';
import { reindexAfter } from '../../config-transaction.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The transaction's EntityManager, except that the free-time rebuild's bulk delete (@bn/db's replaceFreeSlots) waits
 * for `gate` — and says when it got there. The statements run on the transaction's own pg connection (@bn/db's
 * sqlOf), so the seam is that connection's `query`; everything else goes to the real EntityManager unchanged.
 */
function pausingBeforeFreeTimeRewrite(tx: EntityManager, gate: Promise<void>, reached: () => void): EntityManager {
  type Connection = { query(config: { text: string }): Promise<unknown> };
  type Client = { acquireConnection(): Promise<Connection> };
  const pausing = (connection: Connection): Connection =>
    new Proxy(connection, {
      get(c, p) {
        if (p !== 'query') {
          const value = Reflect.get(c, p, c) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(c) : value;
        }
        return (config: { text: string }) => {
          if (!config.text.startsWith('delete from free_slot where book_id = any')) return c.query(config);
          reached();
          return gate.then(() => c.query(config));
        };
      },
    });
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'getTransactionContext') {
        return () => {
          const trx = target.getTransactionContext<{ client: Client }>();
          if (!trx) return trx;
          return new Proxy(trx, {
            get(t, p) {
              if (p !== 'client') return Reflect.get(t, p, t) as unknown;
              return new Proxy(t.client, {
                get(client, q) {
                  if (q === 'acquireConnection') return async () => pausing(await client.acquireConnection());
                  const value = Reflect.get(client, q, client) as unknown;
                  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(client) : value;
                },
              });
            },
          });
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('the configuration’s free-time rebuild against a concurrent hold or release', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
  });
  afterAll(() => db?.drop());

  const hold = (startAt: Date) =>
    agent.booking.hold({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt });
  /** Free slots of the book that an active appointment or hold overlaps: what the search must never show. */
  const phantomSlots = () =>
    countRows(
      db.orm,
      `select 1 from free_slot f join appointment a on a.book_id = f.book_id and a.status = 'active'
         and a.start_at < f.end_at and a.end_at > f.start_at
       where f.book_id = ?`,
      [s.book.id],
    );
  const isFree = async (startAt: Date) =>
    (await freeSlotsOf(db.orm, s.book.id, s.type.id)).some((f) => f.startAt.getTime() === startAt.getTime());
  /** Some session of the test database waits for a lock (the booking side waiting for the rebuild). */
  const someoneWaits = async () =>
    (await countRows(db.orm, `select 1 from pg_locks l join pg_database d on d.oid = l.database where not l.granted`)) >
    0;

  /**
   * Runs the rebuild of a week-template change of the book (reindexAfter, as configTransaction calls it), stopped before it
   * rewrites the free time; runs `during` meanwhile, until it finished or waits for a lock; then lets the rebuild go on.
   */
  /** The audit's record of an edit of the book's template (the same windows: what changes is beside the point). */
  const templateEdit = () => {
    const row = { bookId: s.book.id, windows: s.template.windows };
    return {
      clinicId: s.clinicId,
      entity: 'template',
      entityId: s.template.id,
      action: 'update' as const,
      before: row,
      after: row,
    };
  };
  async function rebuildAround(during: () => Promise<unknown>): Promise<PromiseSettledResult<unknown>> {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reached!: () => void;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    const rebuild = db.orm.em.fork().transactional((tx) =>
      reindexAfter(
        pausingBeforeFreeTimeRewrite(tx, gate, reached),
        {
          clinicIds: new Set([s.clinicId]),
          global: false,
          changes: [templateEdit()],
        },
        new Date(),
      ),
    );
    // A rebuild that fails before the gate fails the test here rather than leaving it waiting.
    await Promise.race([atGate, rebuild]);
    const other = during().then(
      (value) => ({ status: 'fulfilled', value }) as const,
      (reason: unknown) => ({ status: 'rejected', reason }) as const,
    );
    let settled: PromiseSettledResult<unknown> | null = null;
    void other.then((r) => (settled = r));
    for (let i = 0; i < 200 && !settled && !(await someoneWaits()); i++) await sleep(25);
    open();
    await rebuild;
    return other;
  }

  it('a slot held while the rebuild runs is not offered again afterwards', async () => {
    const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const result = await rebuildAround(() => hold(slot!.startAt));
    expect(result.status).toBe('fulfilled');
    expect(await isFree(slot!.startAt)).toBe(false);
    expect(await phantomSlots()).toBe(0);
  });

  it('time released while the rebuild runs is offered again afterwards', async () => {
    const slot = (await freeSlotsOf(db.orm, s.book.id, s.type.id))[3]!;
    const { holdId } = await hold(slot.startAt);
    expect(await isFree(slot.startAt)).toBe(false);
    const result = await rebuildAround(() => agent.booking.release({ holdId }));
    expect(result.status).toBe('fulfilled');
    expect(await isFree(slot.startAt)).toBe(true);
    expect(await phantomSlots()).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInsurer, createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { Insurer } from '../entities/index.js';
import { sqlOf } from './kysely.js';

describe('Kysely on MikroORM’s connection', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('joins the transaction of em.transactional: it sees the ORM’s writes and is rolled back with them', async () => {
    const em = db.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        const insurer = await createInsurer(tx, { name: 'Innenfor' });
        const seen = await sqlOf(tx).selectFrom('insurer').select('name').where('id', '=', insurer.id).execute();
        expect(seen).toEqual([{ name: 'Innenfor' }]);
        await sqlOf(tx).updateTable('insurer').set({ name: 'Endret' }).where('id', '=', insurer.id).execute();
        expect((await tx.findOneOrFail(Insurer, insurer.id, { refresh: true })).name).toBe('Endret');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(
      await sqlOf(em).selectFrom('insurer').select('id').where('name', 'in', ['Innenfor', 'Endret']).execute(),
    ).toEqual([]);
  });

  it('reads timestamptz as a Date and date as the day’s text, prepared or not', async () => {
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em);
    for (const prepared of [false, true, true]) {
      const row = await sqlOf(em, { prepared })
        .selectFrom('insurer')
        .select(['created_at'])
        .select((eb) => eb.cast<string>(eb.val('2026-12-01'), 'date').as('day'))
        .where('id', '=', insurer.id)
        .executeTakeFirstOrThrow();
      expect(row.created_at).toBeInstanceOf(Date);
      expect(row.created_at.getTime()).toBe(insurer.createdAt.getTime());
      expect(row.day).toBe('2026-12-01');
    }
  });

  it('names a failed statement by its verb and table, never by its values', async () => {
    const em = db.orm.em.fork();
    const failure = await sqlOf(em)
      .insertInto('insurer')
      .values({ id: 'x', created_at: new Date(), name: 'Hemmelig', org_number: '1234567890' })
      .execute()
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ statement: 'insert insurer' });
  });
});

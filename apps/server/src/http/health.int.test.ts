import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('GET /health', () => {
  let db: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.orm);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('is 200 with the database answering', async () => {
    const res = await server.request('/health');
    expect(res.status).toBe(200);
    // No worker or mail in this process (they run in main.ts): the worker is judged by the outbox, mail is elsewhere.
    expect(res.json()).toMatchObject({
      status: 'ok',
      down: [],
      database: 'ok',
      worker: 'ok',
      mail: 'elsewhere',
      latencyMs: expect.any(Number),
    });
  });

  it('is 503 with Retry-After when the database is gone, and says which part is down', async () => {
    const lost = await createTestDatabase();
    const broken = await startTestServer(lost.orm);
    try {
      await lost.dropUnderneath();
      const res = await broken.request('/health');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.json()).toEqual({
        status: 'down',
        down: ['database'],
        database: 'down',
        worker: 'unknown',
        mail: 'unknown',
        httpProcess: 0,
      });
    } finally {
      await broken.close();
      await lost.drop();
    }
  });
});

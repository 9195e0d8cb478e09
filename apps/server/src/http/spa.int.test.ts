import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('serving the two SPAs', () => {
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

  it('answers a deep link into the admin app with its index.html, never cached', async () => {
    const res = await server.request('/admin/some/deep/link');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toContain('<title>Admin SPA</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the agent app at /agent/', async () => {
    const res = await server.request('/agent/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Agent SPA</title>');
  });

  it('serves built assets for a year, and a missing file is a 404 rather than index.html', async () => {
    const asset = await server.request('/admin/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const missing of ['/admin/missing.js', '/admin/assets/missing.js', '/agent/missing.css']) {
      const res = await server.request(missing);
      expect(res.status, missing).toBe(404);
      expect(res.text).not.toContain('<title>');
    }
  });

  it('sends the root to the admin app', async () => {
    const res = await server.request('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/admin/');
  });

  it('marks every response with a request id and the security headers', async () => {
    for (const path of ['/admin/', '/agent/some/page', '/health', '/trpc/auth.me', '/admin/missing.js']) {
      const res = await server.request(path);
      expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it("keeps the caller's request id when it is well-formed, and replaces one that is not", async () => {
    const kept = await server.request('/health', { headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
    const replaced = await server.request('/health', { headers: { 'x-request-id': 'bad id<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

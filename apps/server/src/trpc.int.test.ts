import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createUser, TEST_PASSWORD, type TestDatabase } from '@bn/db/testing';
import { startTestServer, type TestServer } from './testing/test-server.js';
import { cookiePair, SPA_HEADERS, trpcPost, type TrpcEnvelope } from './testing/trpc-http.js';

describe('/trpc over HTTP', () => {
  let db: TestDatabase;
  let server: TestServer;
  let email: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.orm);
    ({ email } = await createUser(db.orm.em.fork(), { role: 'clinic_admin' }));
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const me = async (cookie?: string) => {
    const res = await server.request('/trpc/auth.me', cookie ? { headers: { cookie } } : {});
    expect(res.status).toBe(200);
    return res.json<TrpcEnvelope<{ email: string; role: string } | null>>().result?.data.json;
  };

  it('answers malformed JSON with a 400 and a stable code, without a stack trace', async () => {
    const res = await server.request('/trpc/auth.signIn', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SPA_HEADERS },
      body: '{"json": {"email": ',
    });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'BAD_INPUT', message: 'Ugyldig forespørsel.' } });
  });

  it('answers invalid input with a 400 that names the fields', async () => {
    const res = await server.request('/trpc/auth.signIn', trpcPost({ email: 'nei', password: '' }));
    expect(res.status).toBe(400);
    const { error } = res.json<TrpcEnvelope<never>>();
    expect(error?.json.data).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'BAD_INPUT',
      issues: [
        { path: ['email'], code: 'email.invalid' },
        { path: ['password'], code: 'password.required' },
      ],
    });
    // No sentence travels: neither zod's nor ours.
    expect(res.text).not.toMatch(/Ugyldig|Invalid input|forventet|expected/);
  });

  it('answers a wrong password with a 401 and its stable code (each client words it)', async () => {
    const res = await server.request('/trpc/auth.signIn', trpcPost({ email, password: 'feil-passord' }));
    expect(res.status).toBe(401);
    expect(res.json<TrpcEnvelope<never>>().error?.json).toMatchObject({
      message: 'INVALID_CREDENTIALS',
      data: { appCode: 'INVALID_CREDENTIALS', httpStatus: 401, values: null, issues: null },
    });
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie that auth.me accepts, and signs out by clearing it', async () => {
    expect(await me()).toBeNull();

    const signIn = await server.request('/trpc/auth.signIn', trpcPost({ email, password: TEST_PASSWORD }));
    expect(signIn.status).toBe(200);
    const [setCookie] = signIn.headers.getSetCookie();
    expect(setCookie).toMatch(/^bn_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(setCookie).not.toContain('Secure');
    const cookie = cookiePair(setCookie!);
    expect(await me(cookie)).toMatchObject({ email, role: 'clinic_admin' });

    const signOut = await server.request('/trpc/auth.signOut', trpcPost(undefined, cookie));
    expect(signOut.status).toBe(200);
    expect(signOut.headers.getSetCookie()[0]).toMatch(
      /^bn_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
    );
    // The browser would drop the cookie; one that kept a copy is signed out all the same.
    expect(await me(cookie)).toBeNull();
  });

  it('refuses a protected procedure without a session with a 401', async () => {
    const res = await server.request('/trpc/clinics.list');
    expect(res.status).toBe(401);
    expect(res.json<TrpcEnvelope<never>>().error?.json.data).toMatchObject({
      code: 'UNAUTHORIZED',
      appCode: 'UNAUTHENTICATED',
    });
  });

  it('answers an unknown procedure with a 404', async () => {
    const res = await server.request('/trpc/nothing.here');
    expect(res.status).toBe(404);
  });
});

// Insurer agents of a spec's own, made as the network would: the operator invites one for an insurer, the invitation
// e-mail's link sets its password, and it enrols its second factor (agents read patient data). Through the API: the
// screens of inviting and enrolling have their own spec (accounts.spec).
import { request as playwrightRequest } from '@playwright/test';
import { expect, totpCode } from './fixtures.js';
import { runtime } from './env.js';
import { mailsTo } from './mail-store.js';
import { apiAs, call, uniqueTag } from './network-api.js';

export interface Account {
  email: string;
  password: string;
  totpSecret: string;
  name: string;
}

/** A new agent of the insurer named `insurerName`, signed up and enrolled; its sign-in for `signInWith`. */
export async function newAgentAccount(insurerName: string, name: string): Promise<Account> {
  const tag = uniqueTag();
  const email = `agent.${tag}@example.no`;
  const password = `Agentens passord ${tag}`;
  const operator = await apiAs('network_operator');
  const insurers = await call<{ id: string; name: string }[]>(operator, 'query', 'insurers.list', undefined);
  const insurer = insurers.find((i) => i.name === insurerName);
  expect(insurer, `the demo insurer ${insurerName}`).toBeDefined();
  await call(operator, 'mutation', 'users.invite', { role: 'insurer_agent', insurerId: insurer!.id, email, name });
  await operator.dispose();

  // The worker sends the outbox's e-mail to the local SMTP server.
  await expect.poll(async () => (await mailsTo(email)).length, { timeout: 30_000 }).toBe(1);
  const [mail] = await mailsTo(email);
  const token = /\/invitasjon#([A-Za-z0-9_-]+)/.exec(mail!.body)?.[1];
  expect(token, mail!.body).toBeTruthy();

  const own = await playwrightRequest.newContext({ baseURL: runtime().baseUrl });
  await call(own, 'mutation', 'auth.acceptInvitation', { token, password });
  const { secret } = await call<{ secret: string }>(own, 'mutation', 'auth.beginTotp', undefined);
  await call(own, 'mutation', 'auth.confirmTotp', { code: totpCode(secret) });
  await own.dispose();
  return { email, password, totpSecret: secret, name };
}

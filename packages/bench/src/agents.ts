// Insurer agents for the bench, signed in the way the server recognises: a session row holding the SHA-256 (hex)
// of a random token, and the token itself as the `bn_session` cookie (see @bn/api's session-token.ts).
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { INSURERS } from './synthetic-network.js';

export interface BenchAgent {
  insurerId: string;
  cookie: string;
}

/** `count` agents spread evenly over the insurers, each with a session valid for a day. */
export async function createAgents(client: pg.ClientBase, count: number): Promise<BenchAgent[]> {
  const agents: BenchAgent[] = [];
  for (let i = 0; i < count; i++) {
    const insurer = INSURERS[i % INSURERS.length]!;
    const userId = `bench-agent-${i}`;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await client.query(
      `insert into app_user (id, created_at, email, name, password_hash, role, insurer_id, locale)
       values ($1, now(), $2, $3, 'bench: signs in by session only', 'insurer_agent', $4, 'nb')`,
      [userId, `${userId}@bench.test`, `Agent ${i}`, insurer.id],
    );
    await client.query(
      `insert into session (token_hash, user_id, created_at, expires_at, last_seen_at) values ($1, $2, now(), now() + interval '1 day', now())`,
      [tokenHash, userId],
    );
    agents.push({ insurerId: insurer.id, cookie: `bn_session=${token}` });
  }
  return agents;
}

// One-time links by e-mail (invitation, password reset): a random token in the link, its SHA-256 in account_token,
// the e-mail written to the outbox in the same transaction (sent by the worker; its text cleared once sent).
import { randomBytes, randomUUID } from 'node:crypto';
import { AccountToken, OutboxMessage, type EntityManager, type User } from '@bn/db';
import { ACCOUNT_LINK, AppError, maskEmail, type AccountLinkPurpose } from '@bn/domain';
import { hashSessionToken } from '../auth/session-token.js';
import { accountMessage } from './account-messages.js';

export interface IssueAccountLinkOptions {
  em: EntityManager;
  user: User;
  purpose: AccountLinkPurpose;
  /** The clinic whose notification log shows the message; null for a user outside any clinic. */
  clinicId: string | null;
  /** PUBLIC_URL: the links point there, never at the host a request named. */
  publicUrl: string;
  now: Date;
}

/** Issues a new link (older unused ones of the same purpose stop working) and writes its e-mail to the outbox. */
export async function issueAccountLink({ em, user, purpose, clinicId, publicUrl, now }: IssueAccountLinkOptions) {
  await em.nativeUpdate(
    AccountToken,
    { user: user.id, purpose, usedAt: null, expiresAt: { $gt: now } },
    { expiresAt: now },
  );
  const token = randomBytes(32).toString('base64url');
  const hours = purpose === 'invitation' ? ACCOUNT_LINK.invitationHours : ACCOUNT_LINK.passwordResetHours;
  const row = em.create(AccountToken, {
    id: randomUUID(),
    user,
    purpose,
    tokenHash: hashSessionToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + hours * 3_600_000),
  });
  // The token rides in the fragment: it never reaches a server log or a Referer header.
  const page = purpose === 'invitation' ? 'invitasjon' : 'nytt-passord';
  const link = `${publicUrl.replace(/\/+$/, '')}/admin/${page}#${token}`;
  em.create(OutboxMessage, {
    createdAt: now,
    kind: purpose,
    event: 'account',
    channel: 'email',
    dedupeKey: `account:${row.id}`,
    clinicId,
    userId: user.id,
    recipientMasked: maskEmail(user.email),
    payload: accountMessage(purpose, { name: user.name, link, hours, locale: user.locale === 'en' ? 'en' : 'nb' }),
  });
  await em.flush();
}

/**
 * Uses a link once: unknown, expired and used links are refused with their reason (LINK_INVALID), and so is the link
 * of a deactivated user (as unknown). The row is marked used in the caller's transaction, by a conditional update, so
 * two concurrent uses cannot both pass.
 */
export async function consumeAccountLink(
  em: EntityManager,
  o: { token: string; purpose: AccountLinkPurpose; now: Date },
): Promise<User> {
  const row = await em.findOne(
    AccountToken,
    { tokenHash: hashSessionToken(o.token), purpose: o.purpose },
    { populate: ['user'] },
  );
  if (!row || !row.user.active) throw new AppError('LINK_INVALID', { reason: 'unknown' });
  if (row.usedAt) throw new AppError('LINK_INVALID', { reason: 'used' });
  if (row.expiresAt <= o.now) throw new AppError('LINK_INVALID', { reason: 'expired' });
  const taken = await em.nativeUpdate(AccountToken, { id: row.id, usedAt: null }, { usedAt: o.now });
  if (taken === 0) throw new AppError('LINK_INVALID', { reason: 'used' });
  return row.user;
}

/** What a link's page shows before it is used (the name it greets, the role); the link is not used by looking. */
export async function peekAccountLink(em: EntityManager, o: { token: string; now: Date }) {
  const row = await em.findOne(AccountToken, { tokenHash: hashSessionToken(o.token) }, { populate: ['user'] });
  if (!row || !row.user.active) throw new AppError('LINK_INVALID', { reason: 'unknown' });
  if (row.usedAt) throw new AppError('LINK_INVALID', { reason: 'used' });
  if (row.expiresAt <= o.now) throw new AppError('LINK_INVALID', { reason: 'expired' });
  return {
    purpose: row.purpose,
    name: row.user.name,
    email: row.user.email,
    role: row.user.role,
    expiresAt: row.expiresAt,
  };
}

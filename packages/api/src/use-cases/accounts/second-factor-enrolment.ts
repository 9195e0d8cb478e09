// Enrolling, and (for the roles that may) switching off, the second factor of the signed-in user.
import { RecoveryCode, Session, User, type EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { enrolmentPicture, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpMatches } from './second-factor.js';

interface Options {
  em: EntityManager;
  user: SessionUser;
  now: Date;
}

/** A secret to enrol (the same one until it is confirmed, so a reload shows the same QR code). */
export async function beginEnrolment({ em, user }: Options) {
  return em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, { id: user.id });
    if (row.totpEnabledAt) throw new AppError('CONFLICT');
    row.totpPendingSecret ??= newTotpSecret();
    await tx.flush();
    return { secret: row.totpPendingSecret, ...(await enrolmentPicture(row.totpPendingSecret, row.email)) };
  });
}

/**
 * The first code from the app confirms the secret: the second factor is on, ten recovery codes are made (shown this
 * once), and this session may do everything its role may.
 */
export async function confirmEnrolment({
  em,
  user,
  now,
  code,
  sessionTokenHash,
}: Options & { code: string; sessionTokenHash: string | null }) {
  return em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, { id: user.id });
    if (row.totpEnabledAt || !row.totpPendingSecret) throw new AppError('CONFLICT');
    if (!totpMatches(row.totpPendingSecret, code, now)) throw new AppError('SECOND_FACTOR_INVALID');
    row.totpSecret = row.totpPendingSecret;
    row.totpPendingSecret = null;
    row.totpEnabledAt = now;
    await tx.nativeDelete(RecoveryCode, { user: row.id });
    const codes = newRecoveryCodes();
    for (const c of codes) tx.create(RecoveryCode, { user: row, codeHash: hashRecoveryCode(c), createdAt: now });
    if (sessionTokenHash)
      await tx.nativeUpdate(Session, { tokenHash: sessionTokenHash }, { secondFactorPending: false });
    recordChange(tx, user, {
      clinicId: user.clinicIds[0] ?? null,
      entity: 'user',
      entityId: row.id,
      action: 'update',
      before: { email: row.email, secondFactor: false },
      after: { email: row.email, secondFactor: true },
    });
    await tx.flush();
    return { recoveryCodes: codes };
  });
}

/** Switches the second factor off (for the roles it is optional for; the procedure checks), with a current code. */
export async function disableSecondFactor({ em, user, now, code }: Options & { code: string }) {
  return em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, { id: user.id });
    if (!row.totpSecret) throw new AppError('CONFLICT');
    if (!totpMatches(row.totpSecret, code, now)) throw new AppError('SECOND_FACTOR_INVALID');
    row.totpSecret = null;
    row.totpEnabledAt = null;
    await tx.nativeDelete(RecoveryCode, { user: row.id });
    recordChange(tx, user, {
      clinicId: null,
      entity: 'user',
      entityId: row.id,
      action: 'update',
      before: { email: row.email, secondFactor: true },
      after: { email: row.email, secondFactor: false },
    });
    await tx.flush();
    return { ok: true as const };
  });
}

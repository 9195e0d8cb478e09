// API keys of insurer apps (the public API, docs/public-api.md): the key's visible form, its status on a date and the
// operator's inputs. Pure: the secret is made and hashed in @bn/api; a browser may import this file.
import { z } from 'zod';
import { idSchema } from '../ids.js';
import { issue } from '../input-issues.js';
import { textSchema } from '../text.js';

/**
 * A key as the app sends it: `bnk_<key id>_<secret>`. The key id (16 lowercase letters and digits) is public — the
 * operator's screen and the logs may show it — and finds the row; the secret (43 base64url characters, 256 bits) is
 * shown once and stored only as the SHA-256 of the whole key.
 */
export const API_KEY_PATTERN = /^bnk_([a-z0-9]{16})_([A-Za-z0-9_-]{43})$/;
export const API_KEY_PREFIX = 'bnk_';

/** The public key id inside a key as sent, or null when the text is not a key's shape. */
export function apiKeyIdOf(key: string): string | null {
  return API_KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** How a key stands at an instant: in use, in its rotation's grace period, past it, or revoked. */
export type ApiKeyStatus = 'active' | 'grace' | 'expired' | 'revoked';

export function apiKeyStatus(key: { revokedAt?: Date | null; expiresAt?: Date | null }, now: Date): ApiKeyStatus {
  if (key.revokedAt && key.revokedAt <= now) return 'revoked';
  if (key.expiresAt) return key.expiresAt <= now ? 'expired' : 'grace';
  return 'active';
}

/** Whether a key's calls are answered: active, or rotated and still inside its grace period. */
export function apiKeyAccepts(status: ApiKeyStatus): boolean {
  return status === 'active' || status === 'grace';
}

/** The longest grace period a rotation may give the old key (30 days), and the default (24 hours). */
export const API_KEY_GRACE_HOURS = { default: 24, max: 720 } as const;

export const apiKeyCreateSchema = z.object({
  insurerId: idSchema,
  /** Which app or environment uses it («Bli frisk, produksjon»): the operator's label, never secret. */
  label: textSchema.trim().min(1, issue('name.required')).max(100),
});
export type ApiKeyCreateInput = z.infer<typeof apiKeyCreateSchema>;

export const apiKeyRotateSchema = z.object({
  id: idSchema,
  /** How long the old key keeps working beside the new one; 0 ends it at once. */
  graceHours: z.number().int().min(0).max(API_KEY_GRACE_HOURS.max).default(API_KEY_GRACE_HOURS.default),
});
export type ApiKeyRotateInput = z.infer<typeof apiKeyRotateSchema>;

export const apiKeyRevokeSchema = z.object({ id: idSchema });

/** A key as the operator's list shows it: never its secret or hash. */
export interface ApiKeyView {
  id: string;
  keyId: string;
  insurerId: string;
  insurerName: string;
  label: string;
  status: ApiKeyStatus;
  createdAt: Date;
  /** Set on rotation: the end of the grace period. */
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** The key that replaced this one, by its public key id. */
  replacedByKeyId: string | null;
  lastUsedAt: Date | null;
}

/** What create and rotate answer: the key itself, shown once. */
export interface IssuedApiKey {
  view: ApiKeyView;
  key: string;
}

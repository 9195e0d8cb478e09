// The second factor's mechanics: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, through `otpauth`) and
// recovery codes (random, shown once, stored as SHA-256, good once).
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { RECOVERY_CODE_COUNT } from '@bn/domain';

const ISSUER = 'Behandlernettverket';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function totpOf(secret: string, label = ISSUER): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** 160 random bits, base32 (RFC 4226's recommended length). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** A code of the current step, or of the one before or after (clock drift between phone and server). */
export function totpMatches(secret: string, code: string, now: Date): boolean {
  return totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

/** What the authenticator app reads: the otpauth:// URI, and the same as a QR code (an SVG data URL). */
export async function enrolmentPicture(secret: string, email: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = totpOf(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** XXXXX-XXXXX, base32: 50 random bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((b) => BASE32[b % 32]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/-/g, '').toUpperCase()).digest('hex');
}

export function isRecoveryCode(code: string): boolean {
  return !/^\d{6}$/.test(code);
}

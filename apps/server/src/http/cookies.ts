// Reads and writes the session cookie on Express requests, behind the API package's CookieJar interface.
import type { Request, Response } from 'express';
import type { CookieJar } from '@bn/api';

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      out.set(name, decodeURIComponent(value));
    } catch {
      // A malformed cookie is ignored, never an error.
    }
  }
  return out;
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1: a developer's own machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1';
}

/**
 * Whether this request's cookie gets the Secure flag. 'auto' (COOKIE_SECURE unset) means on — a deployment without
 * TLS fails loudly at sign-in instead of sending sessions in clear text — except for plain http to localhost.
 */
export function cookieSecureFor(req: Request, setting: boolean | 'auto'): boolean {
  if (setting !== 'auto') return setting;
  return req.secure || !isLoopbackHost(req.hostname);
}

export function cookieJar(req: Request, res: Response, setting: boolean | 'auto'): CookieJar {
  const cookies = parseCookies(req.headers.cookie);
  const secure = cookieSecureFor(req, setting);
  return {
    get: (name) => cookies.get(name),
    set: (name, value, { expires }) => {
      res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
    },
    clear: (name) => {
      res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    },
  };
}

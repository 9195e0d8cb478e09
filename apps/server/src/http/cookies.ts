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

export function cookieJar(req: Request, res: Response, secure: boolean): CookieJar {
  const cookies = parseCookies(req.headers.cookie);
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

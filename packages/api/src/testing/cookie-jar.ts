// A browser's cookie store in memory, behind the CookieJar interface the procedures use.
import type { CookieJar } from '../context.js';

export interface MemoryCookieJar extends CookieJar {
  /** When the cookie was set to expire; undefined once cleared or never set. */
  expiresOf(name: string): Date | undefined;
}

export function memoryCookieJar(initial: Record<string, string> = {}): MemoryCookieJar {
  const cookies = new Map<string, { value: string; expires: Date | undefined }>(
    Object.entries(initial).map(([name, value]) => [name, { value, expires: undefined }]),
  );
  return {
    get: (name) => cookies.get(name)?.value,
    set: (name, value, { expires }) => void cookies.set(name, { value, expires }),
    clear: (name) => void cookies.delete(name),
    expiresOf: (name) => cookies.get(name)?.expires,
  };
}

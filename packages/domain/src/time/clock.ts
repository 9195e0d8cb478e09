/**
 * The product's clock. Every use case takes `now` from its caller; the server and the worker take it from one
 * `Clock`. Production runs on the machine's; a test moves it (an offset the server honours only when told to, see
 * apps/server/src/env.ts), so "what is right today is right in 100 days" can be tested without waiting 100 days.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The machine's clock moved by `offsetMs` (0: the machine's own). */
export function shiftedClock(offsetMs: number, base: Clock = systemClock): Clock {
  if (offsetMs === 0) return base;
  return () => new Date(base().getTime() + offsetMs);
}

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/**
 * A clock offset as written in the environment: `+80d`, `-2h30m`, `100d12h`, or plain milliseconds (`-3600000`).
 * Throws on anything else, so a typo never leaves a shifted server on the machine's clock unnoticed.
 */
export function parseClockOffset(text: string): number {
  const value = text.trim();
  if (/^[+-]?\d+$/.test(value)) return Number(value);
  const match = /^([+-]?)((?:\d+[dhms])+)$/.exec(value);
  if (!match) throw new RangeError(`Not a clock offset: "${text}" (use e.g. +80d, -2h30m or milliseconds)`);
  let ms = 0;
  for (const [, n, unit] of match[2]!.matchAll(/(\d+)([dhms])/g))
    ms += Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS];
  return match[1] === '-' ? -ms : ms;
}

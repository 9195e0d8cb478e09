import { describe, expect, it } from 'vitest';
import { restrictionsSchema } from './index.js';

describe('zod messages', () => {
  it('are Norwegian also where a schema gives no message of its own', () => {
    const r = restrictionsSchema.safeParse({ daysAhead: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/forventet/);
    expect(r.error?.issues[0]?.path).toEqual(['daysAhead']);
  });
});

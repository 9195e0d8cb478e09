import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { networkConfigSchema, serializeNetworkConfig } from './network-config.js';

describe('docs/network-config.md', () => {
  it('holds a complete example that is a valid document, written the way an export writes it', async () => {
    const markdown = await readFile(new URL('../../../../docs/network-config.md', import.meta.url), 'utf8');
    const example = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].at(-1)?.[1];
    expect(example).toBeDefined();
    const result = networkConfigSchema.safeParse(JSON.parse(example!));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(serializeNetworkConfig(result.data!)).toBe(example);
    for (const [section, rows] of Object.entries(result.data!)) {
      if (Array.isArray(rows)) expect(rows.length, section).toBeGreaterThan(0);
    }
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { networkConfigJsonSchemaText } from './network-config-json-schema.js';

describe('the published JSON Schema', () => {
  it('is what the zod schema gives today (else run `pnpm --filter @bn/domain schema`)', async () => {
    const committed = await readFile(new URL('../../schema/network-config.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(networkConfigJsonSchemaText());
  });

  it('describes every section and forbids unknown fields', () => {
    const schema = JSON.parse(networkConfigJsonSchemaText()) as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items?: { additionalProperties?: boolean; required?: string[] } }>;
    };
    expect(schema.required).toEqual(['version']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      'version',
      'insurers',
      'tariffs',
      'users',
      'clinics',
      'departments',
      'practitioners',
      'memberships',
      'agreements',
      'books',
      'types',
      'rules',
      'weekTemplates',
      'workPlans',
    ]);
    expect(schema.properties.books?.items?.additionalProperties).toBe(false);
    expect(schema.properties.books?.items?.required).toEqual(['id', 'clinicId', 'name', 'ownerKind']);
  });
});

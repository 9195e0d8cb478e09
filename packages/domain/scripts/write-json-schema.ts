// Writes the network configuration document's JSON Schema from its zod schema: `pnpm --filter @bn/domain schema`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { networkConfigJsonSchemaText } from '../src/config/network-config-json-schema.js';

const target = fileURLToPath(new URL('../schema/network-config.schema.json', import.meta.url));
await writeFile(target, networkConfigJsonSchemaText());
console.log(`Wrote ${target}`);

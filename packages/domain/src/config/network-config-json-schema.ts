import { z } from 'zod';
import { networkConfigSchema } from './network-config.js';

/**
 * The document's JSON Schema (draft 2020-12), for editors and other tools: the shape of every object, as the import
 * accepts it (defaults make fields optional). References between objects are checked by the import, not by the
 * JSON Schema. Written to packages/domain/schema/network-config.schema.json by `pnpm --filter @bn/domain schema`.
 */
export function networkConfigJsonSchemaText(): string {
  const schema = z.toJSONSchema(networkConfigSchema, { io: 'input' });
  const withTitle = {
    $schema: schema.$schema,
    $id: 'https://behandlernettverk.no/schema/network-config.schema.json',
    title: 'Behandlernettverk: nettverkskonfigurasjon',
    description:
      'Forsikringsselskaper, takster, brukere, klinikker, avdelinger, behandlere, medlemskap, avtaler, timebøker, timetyper, regler, ukemaler og arbeidsplaner. Se docs/network-config.md.',
    ...schema,
  };
  return JSON.stringify(withTitle, null, 2) + '\n';
}

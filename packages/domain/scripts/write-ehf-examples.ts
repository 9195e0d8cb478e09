// Writes every kind of EHF document the product makes (testing/fixtures.ts) into a folder, for the official Peppol
// validation: `tsx scripts/write-ehf-examples.ts DIR && ../shared/peppol/validate.sh DIR/*.xml` (docs/ehf.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEhfCreditNote, buildEhfInvoice } from '../src/billing/ehf/index.js';
import { EXAMPLES } from '../src/billing/ehf/testing/fixtures.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/write-ehf-examples.ts DIR');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
for (const [file, example] of Object.entries(EXAMPLES)) {
  const xml = example.kind === 'invoice' ? buildEhfInvoice(example.input) : buildEhfCreditNote(example.input);
  writeFileSync(join(dir, file), xml);
  console.log(join(dir, file));
}

// Writes the register as JSON with one municipality and one postcode per line: compact, and a refresh reads as a diff.
import type { RegisterData } from '../register-data.js';

export function formatRegisterData(data: RegisterData): string {
  const lines = (items: readonly unknown[]) => items.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return [
    '{',
    `  "about": ${JSON.stringify(data.about, null, 2).replace(/\n/g, '\n  ')},`,
    '  "municipalities": [',
    lines(data.municipalities),
    '  ],',
    '  "postcodes": [',
    lines(data.postcodes),
    '  ]',
    '}',
    '',
  ].join('\n');
}

// The agent SPA's JavaScript budget (issue 14): the build prints the gzipped size of every chunk and their sum, and
// fails above 250 kB gzipped, so a heavy dependency is caught when it comes in.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const BUDGET_KB = 250;

export function jsBudget(): Plugin {
  return {
    name: 'bn-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => ({ name: chunk.fileName, gz: gzipSync(chunk.code, { level: 9 }).length }));
      const total = sizes.reduce((sum, s) => sum + s.gz, 0);
      const kb = (bytes: number) => (bytes / 1000).toFixed(1);
      const print = (text: string) => process.stdout.write(`${text}\n`);
      for (const s of sizes.sort((a, b) => b.gz - a.gz)) print(`  ${s.name}: ${kb(s.gz)} kB gzipped`);
      const line = `agent SPA JavaScript: ${kb(total)} kB gzipped (budget ${String(BUDGET_KB)} kB)`;
      print(line);
      if (total > BUDGET_KB * 1000) this.error(`${line}: over the budget`);
    },
  };
}

// SQL has one home: @bn/db (packages/db/src/queries, built with Kysely on MikroORM's connection). This test fails when
// SQL appears anywhere else in the product's source — a raw statement run through MikroORM or knex, or SQL text in a
// string. Tests and their fixtures may still write rows with SQL; migrations live in @bn/db.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const SCANNED = ['apps', 'packages'];

/** Files that still hold SQL of their own while they are being moved into @bn/db (none now); the list only shrinks. */
const NOT_YET_MOVED = new Set<string>([]);

/** How SQL shows itself: a raw statement API, or SQL text (a verb with its keyword) in a string or template. */
const SQL = [
  /\.execute(?:<[^>]*>)?\(\s*[`'"]/,
  /\bgetKnex\(/,
  /\.raw\(/,
  /\bexecuteBulk\(/,
  /\bpreparedQuery\b/,
  /[`'"]\s*(?:select\s[\s\S]{0,200}?\sfrom\s|insert\s+into\s|update\s+\w+\s+set\s|delete\s+from\s|with\s+\w+\s+as\s*\()/i,
  /\bsql`/,
  /[`'"][^`'"]*\bjoin\s+\w+\s+\w+\s+on\s/i,
];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (['node_modules', 'dist', '.turbo', 'migrations', 'testing', 'bench', 'e2e'].includes(e.name)) return [];
        return sourceFiles(full);
      }
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
    }),
  );
  return files.flat();
}

describe('SQL has one home', () => {
  it('no product source outside @bn/db holds SQL (but the files still being moved)', async () => {
    const offenders: string[] = [];
    const stillThere: string[] = [];
    for (const top of SCANNED) {
      for (const file of await sourceFiles(path.join(ROOT, top))) {
        const rel = path.relative(ROOT, file).split(path.sep).join('/');
        if (rel.startsWith('packages/db/') || rel.startsWith('packages/bench/') || rel.startsWith('packages/e2e/'))
          continue;
        const text = await readFile(file, 'utf8');
        const hasSql = SQL.some((re) => re.test(text));
        if (hasSql && !NOT_YET_MOVED.has(rel)) offenders.push(rel);
        if (hasSql && NOT_YET_MOVED.has(rel)) stillThere.push(rel);
      }
    }
    expect(offenders, 'SQL outside @bn/db: move it to packages/db/src/queries').toEqual([]);
    // A moved file leaves the list, so the list says what is left.
    expect([...NOT_YET_MOVED].filter((f) => !stillThere.includes(f))).toEqual([]);
  });
});

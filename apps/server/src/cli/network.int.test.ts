import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Insurer, demoNetworkDocument } from '@bn/db';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(serverDir, 'node_modules/.bin/tsx');

describe('the network command line (the real CLI through tsx)', () => {
  let db: TestDatabase;
  let workDir: string;

  /** Runs `network …` as `pnpm network:*` would: in the server's directory, called from `workDir`. */
  const network = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const env = { ...process.env, DATABASE_URL: db.url, INIT_CWD: workDir, SEED_DEMO: '0' };
      execFile(
        tsx,
        ['src/cli/network.ts', ...args],
        { cwd: serverDir, env, maxBuffer: 1 << 24 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    workDir = await mkdtemp(path.join(os.tmpdir(), 'bn-cli-'));
  });
  afterAll(async () => {
    await db?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it(
    'rejects a broken file with exit code 1, printing each path and reason, and writes nothing',
    { timeout: 180_000 },
    async () => {
      const broken = structuredClone(demoNetworkDocument) as { books: { ownerPractitionerId: string | null }[] };
      broken.books[2]!.ownerPractitionerId = 'practitioner-nobody';
      await writeFile(path.join(workDir, 'broken.json'), JSON.stringify(broken));
      const run = await network('import', 'broken.json');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'books[2].ownerPractitionerId: Finner ingen behandler med id «practitioner-nobody».',
      );
      expect(run.stderr).toContain('Ingenting er endret.');
      expect(await db.orm.em.fork().count(Insurer, {})).toBe(0);
    },
  );

  it(
    'imports a file named relative to the caller’s directory, then exports it to stdout as a clean document',
    { timeout: 180_000 },
    async () => {
      await writeFile(path.join(workDir, 'demo.json'), JSON.stringify(demoNetworkDocument));
      const imported = await network('import', 'demo.json');
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(/insurers\s+4 nye, 0 endret, 0 uendret/);

      const exported = await network('export');
      expect(exported.code).toBe(0);
      const doc = JSON.parse(exported.stdout) as { version: number; insurers: { id: string }[] };
      expect(doc.version).toBe(1);
      expect(doc.insurers.map((i) => i.id)).toEqual([
        'insurer-falck',
        'insurer-if',
        'insurer-storebrand',
        'insurer-vertikal',
      ]);

      const again = await network('import', 'demo.json');
      expect(again.stdout).toContain('Ingen endringer');

      // A reader that takes its time (a pipe into another program) still gets the whole document: the command waits
      // for stdout to drain before it exits instead of dropping what the pipe had not taken yet (64 KiB).
      const slow = await exportToSlowReader();
      expect(slow.code).toBe(0);
      expect(slow.stdout.length).toBeGreaterThan(1 << 16);
      expect(slow.stdout).toBe(exported.stdout);
    },
  );

  /** `network export` with its stdout left unread for a second, as a busy pipe would. */
  const exportToSlowReader = () =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const env = { ...process.env, DATABASE_URL: db.url, INIT_CWD: workDir, SEED_DEMO: '0' };
      const child = spawn(tsx, ['src/cli/network.ts', 'export'], {
        cwd: serverDir,
        env,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const chunks: Buffer[] = [];
      child.stdout.pause();
      setTimeout(() => {
        child.stdout.on('data', (c: Buffer) => chunks.push(c));
        child.stdout.resume();
      }, 1000);
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
    });
});

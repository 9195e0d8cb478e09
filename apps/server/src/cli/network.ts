// `pnpm network:import <file.json>` and `pnpm network:export [file.json]`: the network configuration document
// (docs/network-config.md) in and out of the database. Exit code 1 when a document is rejected; nothing is written then.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportNetworkConfig, importNetworkConfig, type SectionCounts } from '@bn/api';
import { NETWORK_CONFIG_SECTIONS, NetworkConfigRejected, formatIssuePath, serializeNetworkConfig } from '@bn/domain';
import { readServerEnv, type ServerEnv } from '../env.js';
import { withDatabase } from './database.js';
import { runCli } from './run.js';

const USAGE = 'Bruk: network import <fil.json> | network export [fil.json]';
/** Below this many objects an import is over before a percentage would help. */
const PROGRESS_FROM = 500;

const err = (line: string) => process.stderr.write(`${line}\n`);

async function runImport(env: ServerEnv, file: string): Promise<number> {
  const fullPath = path.resolve(env.callerDir, file);
  let document: unknown;
  try {
    document = JSON.parse(await readFile(fullPath, 'utf8'));
  } catch (e) {
    err(`Kan ikke lese ${fullPath}: ${(e as Error).message}`);
    return 1;
  }
  return withDatabase(env, async (orm) => {
    try {
      const result = await importNetworkConfig({ em: orm.em.fork(), document, onProgress: progressPrinter() });
      printCounts(result.counts);
      process.stdout.write(
        result.changed
          ? `Importert: ${result.changed} objekter opprettet eller endret.\n`
          : 'Ingen endringer: databasen stemte allerede med dokumentet.\n',
      );
      return 0;
    } catch (e) {
      if (!(e instanceof NetworkConfigRejected)) throw e;
      for (const issue of e.issues) err(`${formatIssuePath(issue.path)}: ${issue.message}`);
      err(`Dokumentet ble avvist (${e.issues.length} feil). Ingenting er endret.`);
      return 1;
    }
  });
}

async function runExport(env: ServerEnv, file: string | undefined): Promise<number> {
  const text = await withDatabase(env, async (orm) =>
    serializeNetworkConfig(await exportNetworkConfig({ em: orm.em.fork() })),
  );
  if (!file) {
    process.stdout.write(text);
    return 0;
  }
  const fullPath = path.resolve(env.callerDir, file);
  await writeFile(fullPath, text);
  err(`Skrev ${fullPath}.`);
  return 0;
}

/** One line per whole percent on a terminal (rewritten in place), one per ten percent in a log. */
function progressPrinter(): (done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let shown = -1;
  return (done, total) => {
    if (total < PROGRESS_FROM) return;
    const percent = Math.floor((done / total) * 100);
    if (tty ? percent === shown : Math.floor(percent / 10) === Math.floor(shown / 10)) return;
    shown = percent;
    const line = `Importerer: ${percent} % (${done}/${total})`;
    process.stderr.write(tty ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

function printCounts(counts: Record<string, SectionCounts>): void {
  for (const section of NETWORK_CONFIG_SECTIONS) {
    const c = counts[section];
    if (c && c.created + c.updated + c.unchanged > 0) {
      process.stdout.write(`  ${section.padEnd(14)} ${c.created} nye, ${c.updated} endret, ${c.unchanged} uendret\n`);
    }
  }
}

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  const env = readServerEnv();
  if (command === 'import' && file) return runImport(env, file);
  if (command === 'export') return runExport(env, file);
  err(USAGE);
  return 2;
}

runCli(main);

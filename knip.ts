// Workspace hygiene (issue 11): unused files, dependencies and exports, run by `pnpm lint` (the root's `knip` task).
import { readFileSync, readdirSync } from 'node:fs';
import type { KnipConfig } from 'knip';

interface Manifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const manifest = (dir: string) => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as Manifest;
const dependenciesOf = (dir: string) => Object.keys(manifest(dir).dependencies ?? {});

/**
 * The server's bundle (apps/server/build.mjs) inlines the @bn/* packages and leaves their npm dependencies external,
 * so those load from the server's own node_modules at run time: the server lists them without importing them. (Those
 * it imports itself, and the peers of those, knip sees anyway.)
 */
const serverSource = readdirSync('apps/server/src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(`apps/server/src/${file}`, 'utf8'))
  .join('\n');
const bundledDependencies = [...new Set(['api', 'db', 'domain'].flatMap((name) => dependenciesOf(`packages/${name}`)))]
  .filter((dependency) => !dependency.startsWith('@bn/'))
  .filter((dependency) => !serverSource.includes(`from '${dependency}`));
const serverPeers = new Set(
  dependenciesOf('apps/server').flatMap((d) =>
    Object.keys(manifest(`apps/server/node_modules/${d}`).peerDependencies ?? {}),
  ),
);

const config: KnipConfig = {
  // An export its own file also uses is that module's surface, not dead code; an export nothing uses is.
  ignoreExportsUsedInFile: true,
  // Machine tools, not packages: `duplicates` (the duplicate-code report) and apt-get (installing Chromium).
  ignoreBinaries: ['duplicates', 'apt-get'],
  workspaces: {
    '.': {},
    'apps/server': {
      // A test starts this file as a process of its own (start-jobs.int.test.ts).
      entry: ['src/jobs/testing/jobs-process.ts'],
      ignoreDependencies: bundledDependencies.filter((dependency) => !serverPeers.has(dependency)),
    },
    'packages/domain': {
      // Run by hand: the EHF examples for the Peppol validator (docs/ehf.md), the slot engine's timing (slots/README.md).
      entry: ['scripts/*.ts', 'src/slots/bench/*.ts'],
    },
    'packages/places': {
      // `pnpm --filter @bn/places measure`: tsx with --expose-gc, which knip does not follow.
      entry: ['scripts/*.ts'],
    },
  },
};

export default config;

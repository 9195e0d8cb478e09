// Bundles the server and the workspace packages into dist/main.js; npm dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-npm',
      setup(b) {
        // Workspace packages (@bn/*) are TypeScript sources and get bundled; everything else loads from node_modules.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@bn/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});

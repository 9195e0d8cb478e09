// Vite for the agent SPA: served under /agent/ by apps/server; in development it proxies the API to port 3000.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { jsBudget } from './js-budget.js';

const API = 'http://localhost:3000';

export default defineConfig({
  base: '/agent/',
  plugins: [react(), jsBudget()],
  // One copy of each stateful library, even though @bn/ui brings its own dependency links.
  resolve: { dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query'] },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/trpc': API, '/health': API },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Libraries change less often than our code: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});

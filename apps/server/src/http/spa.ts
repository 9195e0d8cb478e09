// Serves a built single-page app under a base path; unknown paths without a file extension get index.html (deep links).
import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

export function spaRouter(distDir: string, appName: string): Router {
  const router = express.Router();
  const index = path.join(distDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.get('/{*splat}', (req, res) => {
    if (path.extname(req.path)) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send(`${appName} is not built. Run: pnpm build`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

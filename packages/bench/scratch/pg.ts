import { startEmbeddedPostgres } from '@bn/db';
const s = await startEmbeddedPostgres({ dataDir: '/tmp/scratch/pgdata', port: 55432, ephemeral: true });
console.log('ready', s.adminUrl);
process.on('SIGTERM', () => void s.stop().then(() => process.exit(0)));
setInterval(() => {}, 1 << 30);

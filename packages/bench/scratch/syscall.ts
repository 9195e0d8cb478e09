import net from 'node:net';
// Round trip over loopback TCP: a tiny echo server and a client, 2000 ping-pongs.
const server = net.createServer((s) => s.on('data', (d) => s.write(d)));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as net.AddressInfo).port;
const sock = net.connect(port, '127.0.0.1'); await new Promise((r) => sock.once('connect', r));
const ms: number[] = [];
for (let i = 0; i < 2000; i++) { const t = performance.now(); sock.write('x'); await new Promise((r) => sock.once('data', r)); ms.push(performance.now() - t); }
ms.sort((a, b) => a - b); console.log('tcp rtt p50', ms[1000]!.toFixed(3), 'p95', ms[1900]!.toFixed(3), 'p99', ms[1980]!.toFixed(3));
sock.destroy(); server.close();

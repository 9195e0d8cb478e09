// @ts-check
// A small webhook receiver on node:http: reads the raw body, verifies BN-Signature, answers 2xx only to a valid
// event, and hands each event on once (deliveries are at least once: it dedupes on BN-Event-Id).
import { createServer } from 'node:http';
import { verifySignature } from './signature.mjs';

/** A webhook body can be a booking and a little more: anything far larger is not ours. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * @typedef {{ id: string, type: string, createdAt: string, data: { booking: { id: string, reference: string } & Record<string, unknown> } }} WebhookEvent
 * @typedef {{ event: WebhookEvent, duplicate: boolean } | { rejected: string }} ReceiverNotice
 */

/**
 * @param {{ secret: () => string | null, port?: number, host?: string, onNotice: (n: ReceiverNotice) => void }} o
 *   `secret` is read per request: the receiver starts before the registration tells us the secret.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startReceiver({ secret, port = 0, host = '127.0.0.1', onNotice }) {
  /** @type {Set<string>} */
  const seen = new Set();
  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const answer = (/** @type {number} */ status, /** @type {string} */ text) => {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
      };
      const rawBody = Buffer.concat(chunks);
      const key = secret();
      if (req.method !== 'POST' || key === null) return answer(404, 'not here');
      const header = req.headers['bn-signature'];
      const verdict = verifySignature({ secret: key, header: Array.isArray(header) ? header[0] : header, rawBody });
      if (!verdict.ok) {
        onNotice({ rejected: `signature ${verdict.reason}` });
        return answer(400, `bad signature: ${verdict.reason}`);
      }
      /** @type {WebhookEvent} */
      let event;
      try {
        event = JSON.parse(rawBody.toString('utf8'));
      } catch {
        onNotice({ rejected: 'body is not JSON' });
        return answer(400, 'not JSON');
      }
      const eventId = req.headers['bn-event-id'];
      if (eventId !== event.id) {
        onNotice({ rejected: 'BN-Event-Id differs from the body id' });
        return answer(400, 'event id mismatch');
      }
      const duplicate = seen.has(event.id);
      seen.add(event.id);
      // Answer first, work after: the sender only needs to know we have it.
      answer(204, '');
      onNotice({ event, duplicate });
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/bn-webhooks`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

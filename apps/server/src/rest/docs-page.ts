// /api/v1/docs: the OpenAPI document as a readable page, rendered on the server (no script, no CDN: the CSP holds).
import type { ErrorCode } from '@bn/domain';
import { ERROR_CODES, wordError } from '@bn/domain';
import { openApiDocument } from './openapi.js';

const escape = (s: string | number | undefined) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map((p) => `<li><code>${escape(p.name)}</code> (${escape(p.in)}${p.required ? ', required' : ''})</li>`)
    .join('');
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><code>${escape(status)}</code> ${escape(r.description)}</li>`)
    .join('');
  return `<section id="${escape(`${method}-${path}`)}">
<h3><code>${escape(method.toUpperCase())} ${escape(path)}</code></h3>
<p>${escape(op.summary)}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${body ? `<h4>Body</h4><pre>${escape(JSON.stringify(body, null, 2))}</pre>` : ''}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

let cached: string | undefined;

/** Built once per process, from the same document /api/v1/openapi.json serves. */
export function docsPage(): string {
  if (cached) return cached;
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => operationHtml(method, path, op)),
  );
  const codes = (Object.keys(ERROR_CODES) as ErrorCode[])
    .map(
      (code) =>
        `<tr id="error-${code}"><td><code>${code}</code></td><td>${ERROR_CODES[code].status}</td><td>${escape(wordError('en', code))}</td></tr>`,
    )
    .join('');
  cached = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(doc.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
pre{background:#f4f4f5;padding:.75rem;overflow:auto}td,th{padding:.25rem .5rem;text-align:left;vertical-align:top}</style>
</head><body>
<h1>${escape(doc.info.title)}</h1>
<p>${escape(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Authentication</h2>
<p>Every call sends <code>Authorization: Bearer bnk_&lt;key id&gt;_&lt;secret&gt;</code>, a key the network operator
issued to the insurer. Calls are limited per key and minute: beyond the limit the answer is <code>429</code> with
<code>Retry-After</code>. <code>POST /api/v1/bookings</code> needs an <code>Idempotency-Key</code> header (8–100 of
<code>A–Z a–z 0–9 . _ : -</code>): a retry with the same key answers the same booking.</p>
<h2>Endpoints</h2>
${operations.join('\n')}
<h2>Refusals</h2>
<p>RFC 9457 <code>application/problem+json</code>: <code>{ type, title, status, code, values?, issues? }</code>.
Switch on <code>code</code>; <code>title</code> is for people.</p>
<table><thead><tr><th>code</th><th>status</th><th>meaning</th></tr></thead><tbody>${codes}</tbody></table>
</body></html>`;
  return cached;
}

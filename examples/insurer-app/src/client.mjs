// @ts-check
// A thin client of the network's REST API (/api/v1): Node's fetch, `Authorization: Bearer <key>`, JSON in and out,
// and every refusal turned into an ApiError carrying the RFC 9457 problem's stable `code`.

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {{ code?: string, title?: string, values?: unknown, issues?: unknown }} problem
   * @param {string} what
   */
  constructor(status, problem, what) {
    super(`${what}: ${status} ${problem.code ?? 'no code'}: ${problem.title ?? ''}`.trim());
    this.status = status;
    this.code = problem.code ?? null;
    this.problem = problem;
  }
}

/**
 * @param {{ baseUrl: string, apiKey: string }} o
 */
export function apiClient({ baseUrl, apiKey }) {
  const root = baseUrl.replace(/\/+$/, '');
  /**
   * @param {string} method
   * @param {string} path
   * @param {{ body?: unknown, headers?: Record<string, string>, auth?: boolean }} [init]
   * @returns {Promise<{ status: number, body: any }>}
   */
  async function call(method, path, init = {}) {
    /** @type {Record<string, string>} */
    const headers = { accept: 'application/json', ...init.headers };
    if (init.auth !== false) headers.authorization = `Bearer ${apiKey}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${root}${path}`, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    /** @type {any} */
    let body;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = { title: text.slice(0, 200) };
    }
    if (!res.ok) {
      // 429: the key's per-minute limit; Retry-After says when to try again.
      const retryAfter = res.headers.get('retry-after');
      const problem = body ?? {};
      if (retryAfter) problem.values = { ...problem.values, retryAfter };
      throw new ApiError(res.status, problem, `${method} ${path}`);
    }
    return { status: res.status, body };
  }
  return {
    call,
    /** @param {string} path */
    get: (path) => call('GET', path).then((r) => r.body),
  };
}

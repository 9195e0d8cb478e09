/**
 * What the server and both SPAs agree on about the HTTP transport of tRPC calls. Kept in the domain package so the
 * server's checks and the SPAs' client read the same names and limits.
 */

/**
 * The header both SPAs send with every call. A cross-site page cannot add a custom header to a request without a
 * CORS preflight, which this server never grants, so a state-changing call without it did not come from our SPAs.
 */
export const CLIENT_HEADER = 'x-bn-client';
export const CLIENT_HEADER_VALUE = 'bn-web';

/** The most calls one batched request may carry; the SPAs' batch link splits larger batches into several requests. */
export const TRPC_MAX_BATCH_SIZE = 20;

/** The largest request body the API reads, and the deepest nesting of arrays and objects it parses. */
export const REQUEST_BODY_LIMIT_BYTES = 1024 * 1024;
export const REQUEST_MAX_DEPTH = 32;

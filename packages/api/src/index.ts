export { appRouter, createCaller, type AppRouter } from './root.js';
export { createInnerContext } from './create-context.js';
export { SESSION_COOKIE, type CookieJar, type InnerContext } from './context.js';
export type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

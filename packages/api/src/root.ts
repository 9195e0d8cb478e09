import { router, createCallerFactory } from './trpc.js';
import { authRouter } from './routers/auth.js';
import { clinicsRouter } from './routers/clinics.js';
import { insurersRouter } from './routers/insurers.js';
import { agentRouter } from './routers/agent.js';
import { practitionerRouter } from './routers/practitioner.js';

export const appRouter = router({
  auth: authRouter,
  clinics: clinicsRouter,
  insurers: insurersRouter,
  agent: agentRouter,
  practitioner: practitionerRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

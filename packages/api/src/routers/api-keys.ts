import { z } from 'zod';
import { apiKeyCreateSchema, apiKeyRevokeSchema, apiKeyRotateSchema, idSchema } from '@bn/domain';
import { operatorProcedure, router } from '../trpc.js';
import { listApiKeys } from '../use-cases/api-keys/list-api-keys.js';
import { createApiKey } from '../use-cases/api-keys/create-api-key.js';
import { rotateApiKey } from '../use-cases/api-keys/rotate-api-key.js';
import { revokeApiKey } from '../use-cases/api-keys/revoke-api-key.js';

/** Insurer apps' API keys (docs/public-api.md): the network operator's alone. Create and rotate answer the key once. */
export const apiKeysRouter = router({
  list: operatorProcedure
    .input(z.object({ insurerId: idSchema.optional() }).optional())
    .query(({ ctx, input }) => listApiKeys({ em: ctx.em, now: ctx.now(), insurerId: input?.insurerId })),
  create: operatorProcedure
    .input(apiKeyCreateSchema)
    .mutation(({ ctx, input }) => createApiKey({ em: ctx.em, user: ctx.user, input, now: ctx.now() })),
  rotate: operatorProcedure
    .input(apiKeyRotateSchema)
    .mutation(({ ctx, input }) => rotateApiKey({ em: ctx.em, user: ctx.user, input, now: ctx.now() })),
  revoke: operatorProcedure
    .input(apiKeyRevokeSchema)
    .mutation(({ ctx, input }) => revokeApiKey({ em: ctx.em, user: ctx.user, id: input.id, now: ctx.now() })),
});

import { z } from 'zod';
import { bookSchema, idSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { upsertBook } from '../use-cases/books/upsert-book.js';
import { deleteBook } from '../use-cases/books/delete-book.js';

export const booksRouter = router({
  upsert: clinicAdminProcedure
    .input(bookSchema)
    .mutation(({ ctx, input }) => upsertBook({ em: ctx.em, user: ctx.user, input })),
  delete: clinicAdminProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteBook({ em: ctx.em, user: ctx.user, id: input.id })),
});

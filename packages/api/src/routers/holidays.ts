import { z } from 'zod';
import { adminAppProcedure, router } from '../trpc.js';
import { listHolidays } from '../use-cases/holidays/list-holidays.js';

export const holidaysRouter = router({
  list: adminAppProcedure
    .input(z.object({ year: z.number({ message: 'Årstall må være et tall.' }).int().min(2000).max(2100) }))
    .query(({ input }) => listHolidays({ year: input.year })),
});

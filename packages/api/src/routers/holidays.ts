import { holidaysInput } from '@bn/domain';
import { adminAppProcedure, router } from '../trpc.js';
import { listHolidays } from '../use-cases/holidays/list-holidays.js';

export const holidaysRouter = router({
  list: adminAppProcedure.input(holidaysInput).query(({ input }) => listHolidays({ year: input.year })),
});

import type { AppRouter } from '@bn/api';
export type X = AppRouter;

// The Idempotency-Key header of the public API's changes (/api/v1 and /fhir): a retry with it answers what the first
// call answered.
import type { Request } from 'express';
import { AppError, idempotencyKeySchema } from '@bn/domain';

/** The Idempotency-Key header: required to book (a retry must not book twice), optional on other changes. */
export function idempotencyKeyOf(req: Request, required: true): string;
export function idempotencyKeyOf(req: Request, required: false): string | null;
export function idempotencyKeyOf(req: Request, required: boolean): string | null {
  const given = req.get('idempotency-key');
  if (given === undefined) {
    if (required)
      throw new AppError('BAD_INPUT', { field: 'Idempotency-Key' }, [{ path: ['Idempotency-Key'], code: 'required' }]);
    return null;
  }
  const parsed = idempotencyKeySchema.safeParse(given);
  if (!parsed.success)
    throw new AppError('BAD_INPUT', { field: 'Idempotency-Key' }, [
      { path: ['Idempotency-Key'], code: 'idempotency_key.format' },
    ]);
  return parsed.data;
}

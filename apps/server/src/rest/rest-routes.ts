// The public API's endpoints (docs/public-api.md): each parses its input with the domain's schema and calls the use
// case the agent's procedures call. Patient data read through them is in the access log (the use cases write it).
import { Router, type Request } from 'express';
import {
  bookForApp,
  cancelForApp,
  getApiBooking,
  moveForApp,
  practitionersForApp,
  slotsForApp,
  tariffsForApp,
} from '@bn/api';
import type { MikroORM } from '@bn/db';
import {
  AppError,
  apiBookingBody,
  apiBookingIdParam,
  apiMoveBody,
  apiPractitionersQuery,
  apiSlotsQuery,
  idempotencyKeySchema,
  type Clock,
} from '@bn/domain';
import { callerOf } from './rest-auth.js';

/** The Idempotency-Key header: required to book (a retry must not book twice), optional on other changes. */
function idempotencyKeyOf(req: Request, required: true): string;
function idempotencyKeyOf(req: Request, required: false): string | null;
function idempotencyKeyOf(req: Request, required: boolean): string | null {
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

export function restRoutes(o: { orm: MikroORM; now: Clock }): Router {
  const r = Router();
  const em = () => o.orm.em.fork();

  r.get('/tariffs', async (_req, res) => {
    res.json({ tariffs: await tariffsForApp({ em: em(), booker: callerOf(res).booker }) });
  });

  r.get('/practitioners', async (req, res) => {
    const query = apiPractitionersQuery.parse(req.query);
    res.json(await practitionersForApp({ em: em(), booker: callerOf(res).booker, query, now: o.now() }));
  });

  r.get('/slots', async (req, res) => {
    const query = apiSlotsQuery.parse(req.query);
    res.json(await slotsForApp({ em: em(), booker: callerOf(res).booker, query, now: o.now() }));
  });

  r.post('/bookings', async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req, true);
    const body = apiBookingBody.parse(req.body ?? {});
    const booking = await bookForApp({ em: em(), booker: callerOf(res).booker, body, idempotencyKey, now: o.now() });
    res.status(201).json(booking);
  });

  r.get('/bookings/:id', async (req, res) => {
    const { id } = apiBookingIdParam.parse(req.params);
    res.json(await getApiBooking({ em: em(), booker: callerOf(res).booker, appointmentId: id, now: o.now() }));
  });

  r.delete('/bookings/:id', async (req, res) => {
    const { id } = apiBookingIdParam.parse(req.params);
    const idempotencyKey = idempotencyKeyOf(req, false);
    res.json(
      await cancelForApp({ em: em(), booker: callerOf(res).booker, appointmentId: id, idempotencyKey, now: o.now() }),
    );
  });

  r.post('/bookings/:id/move', async (req, res) => {
    const { id } = apiBookingIdParam.parse(req.params);
    const idempotencyKey = idempotencyKeyOf(req, false);
    const { slotId } = apiMoveBody.parse(req.body ?? {});
    const booker = callerOf(res).booker;
    res.json(await moveForApp({ em: em(), booker, appointmentId: id, slot: slotId, idempotencyKey, now: o.now() }));
  });

  return r;
}

// The public API's endpoints (docs/public-api.md): each parses its input with the domain's schema and calls the use
// case the agent's procedures call. Patient data read through them is in the access log (the use cases write it).
import { Router } from 'express';
import {
  bookForApp,
  feedForApp,
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
  type Clock,
} from '@bn/domain';
import { callerOf } from './rest-auth.js';
import { idempotencyKeyOf } from './idempotency-key.js';

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

  // The SMART Scheduling Links feed: a manifest and three NDJSON files, each answering 304 to a matching If-None-Match.
  // The feed is read again on every call (its ETag is a hash of the files), so it is never staler than /slots.
  const feedFiles = {
    'locations.ndjson': 'locations',
    'schedules.ndjson': 'schedules',
    'slots.ndjson': 'slots',
  } as const;
  r.get('/feed/:file', async (req, res) => {
    const file = req.params.file;
    const isManifest = file === '$bulk-publish';
    if (!isManifest && !(file in feedFiles)) throw new AppError('NOT_FOUND');
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}`;
    const feed = await feedForApp({
      em: em(),
      booker: callerOf(res).booker,
      now: o.now(),
      bookingUrl: `${base}/bookings`,
    });
    res.set('Cache-Control', 'private, no-cache');
    res.set('ETag', feed.etag);
    const given = req.get('if-none-match');
    if (given !== undefined && given.split(',').some((t) => t.trim().replace(/^W\//, '') === feed.etag)) {
      res.status(304).end();
      return;
    }
    if (isManifest) {
      res.json({
        transactionTime: feed.transactionTime,
        request: `${base}/feed/$bulk-publish`,
        output: [
          { type: 'Location', url: `${base}/feed/locations.ndjson` },
          { type: 'Schedule', url: `${base}/feed/schedules.ndjson` },
          { type: 'Slot', url: `${base}/feed/slots.ndjson` },
        ],
        error: [],
      });
      return;
    }
    res.type('application/fhir+ndjson').send(feed.files[feedFiles[file as keyof typeof feedFiles]]);
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

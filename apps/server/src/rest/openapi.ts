// The public API's OpenAPI 3.1 document, generated from the very zod schemas the handlers parse with (@bn/domain),
// by @asteasolutions/zod-to-openapi (docs/public-api.md says why this library). Served at /api/v1/openapi.json.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  apiBookingBody,
  apiBookingIdParam,
  apiBookingSchema,
  apiFeedManifestSchema,
  apiMoveBody,
  apiPractitionersQuery,
  apiPractitionersResponse,
  apiProblemSchema,
  apiSlotsQuery,
  apiSlotsResponse,
  apiTariffsResponse,
  apiIssuedWebhookResponse,
  apiWebhookSchema,
  apiWebhooksResponse,
  webhookCreateBody,
  webhookIdParam,
  webhookRotateBody,
  idempotencyKeySchema,
  textSchema,
} from '@bn/domain';

function buildDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key from the network operator: `Authorization: Bearer bnk_<key id>_<secret>`.',
  });
  // Inline, not components: `registry.register` needs zod patched with `.openapi()` before the domain's schemas exist.
  const problem = apiProblemSchema;
  const booking = apiBookingSchema;
  const json = (
    schema:
      | typeof booking
      | typeof apiSlotsResponse
      | typeof apiTariffsResponse
      | typeof apiPractitionersResponse
      | typeof apiFeedManifestSchema
      | typeof apiWebhooksResponse
      | typeof apiIssuedWebhookResponse
      | typeof apiWebhookSchema,
  ) => ({
    'application/json': { schema },
  });
  const refusals = (...statuses: number[]) =>
    Object.fromEntries(
      [400, 401, 429, ...statuses].map((s) => [
        s,
        { description: 'A refusal with a stable code', content: { 'application/problem+json': { schema: problem } } },
      ]),
    );
  const security = [{ [bearer.name]: [] }];
  registry.registerPath({
    method: 'get',
    path: '/api/v1/tariffs',
    summary: 'The tariffs this insurer can book (B-tariffs)',
    security,
    responses: { 200: { description: 'Tariffs', content: json(apiTariffsResponse) }, ...refusals() },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/practitioners',
    summary: 'The practitioners this insurer may book (an agreement in force, a tariff it covers), by name',
    security,
    request: { query: apiPractitionersQuery },
    responses: {
      200: { description: 'A page of practitioners', content: json(apiPractitionersResponse) },
      ...refusals(),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/slots',
    summary: 'Free times this insurer may book, ordered by start',
    security,
    request: { query: apiSlotsQuery },
    responses: { 200: { description: 'A page of slots', content: json(apiSlotsResponse) }, ...refusals() },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/bookings',
    summary: 'Book a slot for a patient (hold and confirm in one call)',
    security,
    request: {
      headers: z.object({
        'Idempotency-Key': idempotencyKeySchema.meta({
          description:
            'A retry with the same key answers what the first call answered; another request with it is refused.',
        }),
      }),
      body: { content: { 'application/json': { schema: apiBookingBody } } },
    },
    responses: { 201: { description: 'The booking', content: json(booking) }, ...refusals(404, 409) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/bookings/{id}',
    summary: 'One of this insurer’s app bookings',
    security,
    request: { params: apiBookingIdParam },
    responses: { 200: { description: 'The booking', content: json(booking) }, ...refusals(404) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/bookings/{id}',
    summary: 'Cancel a booking (before the clinic’s cancellation deadline)',
    security,
    request: { params: apiBookingIdParam },
    responses: { 200: { description: 'The cancelled booking', content: json(booking) }, ...refusals(404, 409) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/bookings/{id}/move',
    summary: 'Move a booking to another slot of the same practitioner, type and tariff',
    security,
    request: { params: apiBookingIdParam, body: { content: { 'application/json': { schema: apiMoveBody } } } },
    responses: { 200: { description: 'The moved booking', content: json(booking) }, ...refusals(404, 409) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhooks',
    summary: 'This insurer’s webhook endpoints (never their secrets)',
    security,
    responses: { 200: { description: 'Endpoints', content: json(apiWebhooksResponse) }, ...refusals() },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhooks',
    summary: 'Register a webhook URL (https; http only to localhost); the signing secret is answered this once',
    description:
      'Events: booking.created, booking.cancelled, booking.moved for every booking of the insurer, also when the clinic cancels or moves. Signed with `BN-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`; see docs/public-api.md.',
    security,
    request: { body: { content: { 'application/json': { schema: webhookCreateBody } } } },
    responses: {
      201: { description: 'The endpoint and its secret', content: json(apiIssuedWebhookResponse) },
      ...refusals(),
    },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/webhooks/{id}',
    summary: 'Deactivate an endpoint: nothing more is sent to it',
    security,
    request: { params: webhookIdParam },
    responses: { 200: { description: 'The deactivated endpoint', content: json(apiWebhookSchema) }, ...refusals(404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhooks/{id}/rotate-secret',
    summary: 'A new signing secret; the old one keeps signing beside it for `graceHours` (24 by default)',
    security,
    request: {
      params: webhookIdParam,
      body: { content: { 'application/json': { schema: webhookRotateBody } } },
    },
    responses: {
      200: { description: 'The endpoint and its new secret', content: json(apiIssuedWebhookResponse) },
      ...refusals(404, 409),
    },
  });

  // The SMART Scheduling Links feed: its files' lines are FHIR R4 resources (specified by FHIR, not restated here).
  const feedCaching = {
    request: {
      headers: z.object({
        'If-None-Match': textSchema.optional().meta({ description: 'The ETag of the last answer: 304 if unchanged.' }),
      }),
    },
    headers: z.object({
      ETag: textSchema.meta({ description: 'A strong validator of the whole feed (the three files together).' }),
    }),
  };
  const notModified = { description: 'Not modified since the ETag in If-None-Match', headers: feedCaching.headers };
  registry.registerPath({
    method: 'get',
    path: '/api/v1/feed/$bulk-publish',
    summary: 'The SMART Scheduling Links manifest of this insurer’s free times (today and the next 27 days)',
    security,
    request: feedCaching.request,
    responses: {
      200: { description: 'The manifest', headers: feedCaching.headers, content: json(apiFeedManifestSchema) },
      304: notModified,
      ...refusals(),
    },
  });
  for (const [file, type] of [
    ['locations', 'Location'],
    ['schedules', 'Schedule'],
    ['slots', 'Slot'],
  ] as const)
    registry.registerPath({
      method: 'get',
      path: `/api/v1/feed/${file}.ndjson`,
      summary: `The feed’s FHIR R4 ${type} resources, one JSON object a line`,
      security,
      request: feedCaching.request,
      responses: {
        200: {
          description: `NDJSON of FHIR ${type} resources`,
          headers: feedCaching.headers,
          content: { 'application/fhir+ndjson': { schema: textSchema } },
        },
        304: notModified,
        ...refusals(),
      },
    });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Behandlernettverket: the insurer apps’ API',
      version: '1.0.0',
      description:
        'Insurer apps book their patients at the network’s clinics. Refusals are RFC 9457 problem details with a stable `code`.',
    },
    servers: [{ url: '/' }],
  });
}

let cached: ReturnType<typeof buildDocument> | undefined;

/** Built once per process: the schemas do not change while it runs. */
export function openApiDocument(): ReturnType<typeof buildDocument> {
  return (cached ??= buildDocument());
}

// Helpers for the API's integration tests; the database side lives in `@bn/db/testing`.
export { memoryCookieJar, type MemoryCookieJar } from './cookie-jar.js';
export {
  browserCaller,
  signedInCaller,
  callerAs,
  createSessionToken,
  type Caller,
  type CallerOptions,
} from './callers.js';
export { errorShape, failureOf, issueTexts, refusalText, type ErrorShape } from './errors.js';
export { createBookableSetup, freeSlotsOf, type BookableSetup } from './booking-fixtures.js';
export {
  createMatrixWorld,
  hiddenFrom,
  EVERYONE,
  MATRIX,
  PROCEDURES,
  TENANT_ROLES,
  type Access,
  type MatrixWorld,
  type Who,
} from './access-matrix.js';
export { TestClock, runJobNow, createTimedSetup, derivedRows, type TimedSetupOptions } from './time-travel.js';
export { createClaimsWorld, caseFor, CLAIM_PATIENTS, type ClaimsWorld } from './claims-fixtures.js';
export { totpNow } from './account-matrix.js';

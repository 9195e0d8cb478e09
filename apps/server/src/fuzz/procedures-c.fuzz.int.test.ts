// Fuzzing, last third of the procedures (fuzz-procedures.ts). Thirds run as separate files, in parallel.
import { describe } from 'vitest';
import { PROCEDURES } from '@bn/api/testing';
import { fuzzProcedures } from './fuzz-procedures.js';

describe('fuzzing the API (3/3)', () => fuzzProcedures(PROCEDURES.filter((_, i) => i % 3 === 2)));

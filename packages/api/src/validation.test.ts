import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@bn/domain';
import { assertNoIssues, referenceIssue, validationError } from './validation.js';

const adminOf = (...clinicIds: string[]): SessionUser => ({
  id: 'u1',
  email: 'u1@bn.test',
  name: 'U1',
  role: 'clinic_admin',
  clinicIds,
  practitionerId: null,
  insurerId: null,
  insurerName: null,
});
const labels = { missing: 'Fant ikke behandleren.', otherClinic: 'Behandleren hører til en annen klinikk.' };

describe('issues across rows', () => {
  it('one issue is the error message; several get the general one, all in details.issues', () => {
    expect(validationError([{ path: ['a'], message: 'En feil.' }])).toMatchObject({
      code: 'VALIDATION',
      message: 'En feil.',
      details: { issues: [{ path: ['a'], message: 'En feil.' }] },
    });
    const two = validationError([
      { path: ['a'], message: 'En.' },
      { path: ['b', 0], message: 'To.' },
    ]);
    expect(two.message).toBe('Noen felt må rettes.');
    expect(two.details?.issues).toHaveLength(2);
  });

  it('assertNoIssues ignores nulls and throws for the rest', () => {
    expect(() => assertNoIssues([null, null])).not.toThrow();
    expect(() => assertNoIssues([null, { path: ['x'], message: 'Feil.' }])).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  it('a reference into the same clinic is fine; a missing one is a field issue', () => {
    expect(referenceIssue(adminOf('A'), 'A', { clinicId: 'A' }, ['ownerPractitionerId'], labels)).toBeNull();
    expect(referenceIssue(adminOf('A'), 'A', null, ['ownerPractitionerId'], labels)).toEqual({
      path: ['ownerPractitionerId'],
      message: 'Fant ikke behandleren.',
    });
  });

  it('a smuggled id of a clinic the user may not touch is FORBIDDEN; of another own clinic, a field issue', () => {
    expect(() => referenceIssue(adminOf('A'), 'A', { clinicId: 'B' }, ['ownerPractitionerId'], labels)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(referenceIssue(adminOf('A', 'B'), 'A', { clinicId: 'B' }, ['ownerPractitionerId'], labels)).toEqual({
      path: ['ownerPractitionerId'],
      message: 'Behandleren hører til en annen klinikk.',
    });
  });
});

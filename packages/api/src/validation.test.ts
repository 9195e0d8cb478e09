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
const codes = { missing: 'practitioner.not_found', otherClinic: 'book.owner_other_clinic' } as const;

describe('issues across rows', () => {
  it('are one VALIDATION error carrying every issue with its code', () => {
    expect(validationError([{ path: ['a'], code: 'book.not_found' }])).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['a'], code: 'book.not_found' }],
    });
    const two = validationError([
      { path: ['a'], code: 'book.not_found' },
      { path: ['b', 0], code: 'rule.tariff_not_found', values: { id: 't1' } },
    ]);
    expect(two.issues).toHaveLength(2);
  });

  it('assertNoIssues ignores nulls and throws for the rest', () => {
    expect(() => assertNoIssues([null, null])).not.toThrow();
    expect(() => assertNoIssues([null, { path: ['x'], code: 'clinic.not_found' }])).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  it('a reference into the same clinic is fine; a missing one is a field issue', () => {
    expect(referenceIssue(adminOf('A'), 'A', { clinicId: 'A' }, ['ownerPractitionerId'], codes)).toBeNull();
    expect(referenceIssue(adminOf('A'), 'A', null, ['ownerPractitionerId'], codes)).toEqual({
      path: ['ownerPractitionerId'],
      code: 'practitioner.not_found',
    });
  });

  it('a smuggled id of a clinic the user may not touch is FORBIDDEN; of another own clinic, a field issue', () => {
    expect(() => referenceIssue(adminOf('A'), 'A', { clinicId: 'B' }, ['ownerPractitionerId'], codes)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(referenceIssue(adminOf('A', 'B'), 'A', { clinicId: 'B' }, ['ownerPractitionerId'], codes)).toEqual({
      path: ['ownerPractitionerId'],
      code: 'book.owner_other_clinic',
    });
  });
});

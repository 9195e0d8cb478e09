import { describe, expect, it } from 'vitest';
import type { Role, SessionUser } from '@bn/domain';
import { assertClinicAdmin, canReadClinic } from './scope.js';

const userWith = (role: Role, clinicIds: string[] = []): SessionUser => ({
  id: 'u1',
  email: 'u1@bn.test',
  name: 'U1',
  role,
  clinicIds,
  practitionerId: role === 'practitioner' ? 'p1' : null,
  insurerId: role === 'insurer_agent' ? 'i1' : null,
  insurerName: role === 'insurer_agent' ? 'Forsikring X' : null,
});

describe('who may read a clinic', () => {
  it('staff read every clinic', () => {
    expect(canReadClinic(userWith('network_operator'), 'c1')).toBe(true);
    expect(canReadClinic(userWith('support'), 'c1')).toBe(true);
  });
  it('a clinic admin reads only its own clinics', () => {
    const admin = userWith('clinic_admin', ['c1']);
    expect(canReadClinic(admin, 'c1')).toBe(true);
    expect(canReadClinic(admin, 'c2')).toBe(false);
  });
  it('practitioners and insurer agents never read clinic configuration', () => {
    expect(canReadClinic(userWith('practitioner'), 'c1')).toBe(false);
    expect(canReadClinic(userWith('insurer_agent'), 'c1')).toBe(false);
  });
  it('only a clinic admin of that clinic may change it; staff are refused here', () => {
    expect(() => assertClinicAdmin(userWith('clinic_admin', ['c1']), 'c1')).not.toThrow();
    expect(() => assertClinicAdmin(userWith('clinic_admin', ['c1']), 'c2')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertClinicAdmin(userWith('network_operator'), 'c1')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});

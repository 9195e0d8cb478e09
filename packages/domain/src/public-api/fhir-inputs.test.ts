import { describe, expect, it } from 'vitest';
import { inputIssueOf } from '../input-issues.js';
import { encodeSlotId } from './schemas.js';
import { FHIR_SYSTEM, fhirBookInput, fhirFindParameters, fhirHoldInput, fhirSlotQuery } from './fhir-inputs.js';

const slotId = encodeSlotId({
  bookId: 'book-1',
  typeId: 'type-1',
  departmentId: 'dep-1',
  tariffCode: 'B1',
  startAt: new Date('2026-12-07T08:00:00Z'),
});
const params = (...p: Record<string, unknown>[]) => ({ resourceType: 'Parameters', parameter: p });
const issuesOf = (r: { error?: { issues: Parameters<typeof inputIssueOf>[0][] } }) =>
  r.error?.issues.map((i) => {
    const issue = inputIssueOf(i);
    return [issue.path.join('.'), issue.code, issue.values];
  }) ?? [];
const appointment = (nationalId: string, system: string, more: Record<string, unknown> = {}) => ({
  resourceType: 'Appointment',
  slot: [{ identifier: { system: FHIR_SYSTEM.slotId, value: slotId } }],
  contained: [
    {
      resourceType: 'Patient',
      identifier: [{ system, value: nationalId }],
      name: [{ family: 'Nordmann', given: ['Kari', 'Anne'] }],
    },
  ],
  ...more,
});

describe('the FHIR facade’s inputs', () => {
  it('reads $find’s dates as Oslo dates, on both sides of the DST changes', () => {
    // 00:30 on 29 March at +01:00 is still 28 March in UTC but 29 March in Oslo; the autumn night the same.
    const spring = fhirFindParameters.parse(
      params(
        { name: 'start', valueDateTime: '2026-03-29T00:30:00+01:00' },
        { name: 'end', valueDateTime: '2026-03-29T03:30:00+02:00' },
      ),
    );
    expect(spring.start).toEqual({ date: '2026-03-29', instant: new Date('2026-03-28T23:30:00Z') });
    expect(spring.end).toEqual({ date: '2026-03-29', instant: new Date('2026-03-29T01:30:00Z') });
    const autumn = fhirFindParameters.parse(
      params({ name: 'start', valueInstant: '2026-10-24T22:30:00Z' }, { name: 'end', valueDate: '2026-10-25' }),
    );
    expect(autumn.start.date).toBe('2026-10-25');
    expect(autumn.end).toEqual({ date: '2026-10-25', instant: null });
  });

  it('reads $find’s codes from any value[x] and refuses unknown parameters, a time without offset, a long range', () => {
    const p = fhirFindParameters.parse(
      params(
        { name: 'start', valueDate: '2026-12-07' },
        { name: 'end', valueDate: '2026-12-14' },
        { name: 'visit-type', valueCodeableConcept: { coding: [{ code: 'B1' }] } },
        { name: 'specialty', valueCoding: { system: FHIR_SYSTEM.profession, code: 'chiropractor' } },
        { name: 'practitioner', valueReference: { reference: 'Practitioner/prac-1' } },
        { name: '_count', valueInteger: 5 },
      ),
    );
    expect(p).toMatchObject({ 'visit-type': 'B1', specialty: 'chiropractor', practitioner: 'prac-1', _count: 5 });
    expect(
      issuesOf(
        fhirFindParameters.safeParse(
          params(
            { name: 'start', valueDateTime: '2026-12-07T10:00:00' },
            { name: 'end', valueDate: '2027-12-07' },
            { name: 'patient-reference', valueString: 'Patient/1' },
          ),
        ),
      ),
    ).toEqual([['parameter.2.name', 'fhir.parameter_unknown', { name: 'patient-reference' }]]);
    expect(
      issuesOf(
        fhirFindParameters.safeParse(
          params({ name: 'start', valueDateTime: '2026-12-07T10:00:00' }, { name: 'end', valueDate: '2026-12-08' }),
        ),
      )[0]?.slice(0, 2),
    ).toEqual(['start.date', 'date.format']);
    expect(
      issuesOf(
        fhirFindParameters.safeParse(
          params({ name: 'start', valueDate: '2026-12-07' }, { name: 'end', valueDate: '2027-12-07' }),
        ),
      ).map((i) => i.slice(0, 2)),
    ).toEqual([['to', 'range.too_long']]);
  });

  it('takes $book’s patient with the OID its number is: fødselsnummer, D-number, H-number', () => {
    const fnr = fhirBookInput.parse(appointment('02819012485', FHIR_SYSTEM.fnr));
    expect(fnr).toMatchObject({
      patient: { nationalId: '02819012485', firstName: 'Kari Anne', lastName: 'Nordmann' },
      slotId: { bookId: 'book-1', tariffCode: 'B1' },
      sakId: null,
    });
    expect(fhirBookInput.parse(appointment('55858510049', FHIR_SYSTEM.dNumber)).patient.nationalId).toBe('55858510049');
    expect(fhirBookInput.parse(appointment('01419049944', FHIR_SYSTEM.hNumber)).patient.nationalId).toBe('01419049944');
    expect(issuesOf(fhirBookInput.safeParse(appointment('55858510049', FHIR_SYSTEM.fnr)))).toEqual([
      ['patient.nationalId', 'fhir.national_id_system', { expected: FHIR_SYSTEM.dNumber }],
    ]);
    expect(issuesOf(fhirBookInput.safeParse(appointment('02819012485', FHIR_SYSTEM.dNumber)))).toEqual([
      ['patient.nationalId', 'fhir.national_id_system', { expected: FHIR_SYSTEM.fnr }],
    ]);
    // The same rules as REST: a wrong check digit, a bad case id.
    expect(
      issuesOf(
        fhirBookInput.safeParse(
          appointment('02819012484', FHIR_SYSTEM.fnr, { identifier: [{ system: FHIR_SYSTEM.sakId, value: '!' }] }),
        ),
      ).map((i) => i.slice(0, 2)),
    ).toEqual([
      ['patient.nationalId', 'national_id.check_digits'],
      ['sakId', 'case_id.format'],
    ]);
  });

  it('takes $book of a hold without a slot, and refuses neither; $hold in a Parameters', () => {
    const holdId = '7c0b0b7e-3f7a-4e55-9d55-0a3c1d1f6a11';
    const fromHold = fhirBookInput.parse({
      ...appointment('02819012485', FHIR_SYSTEM.fnr),
      slot: undefined,
      identifier: [{ system: FHIR_SYSTEM.holdId, value: holdId }],
    });
    expect(fromHold).toMatchObject({ holdId, slotId: undefined });
    expect(
      issuesOf(fhirBookInput.safeParse({ ...appointment('02819012485', FHIR_SYSTEM.fnr), slot: [] })).map((i) =>
        i.slice(0, 2),
      ),
    ).toEqual([['slotId', 'fhir.slot_or_hold']]);
    const held = fhirHoldInput.parse(
      params({
        name: 'appointment-resource',
        resource: {
          resourceType: 'Appointment',
          slot: [{ identifier: { system: FHIR_SYSTEM.slotId, value: slotId } }],
        },
      }),
    );
    expect(held.slotId.departmentId).toBe('dep-1');
    expect(issuesOf(fhirHoldInput.safeParse({ resourceType: 'Slot' }))[0]?.slice(0, 2)).toEqual([
      'resourceType',
      'fhir.resource_type',
    ]);
  });

  it('reads the Slot search’s start prefixes; 7 days without an upper bound', () => {
    expect(fhirSlotQuery.parse({ start: ['ge2026-12-07', 'lt2026-12-10'], status: 'free' })).toMatchObject({
      from: '2026-12-07',
      to: '2026-12-10',
    });
    expect(fhirSlotQuery.parse({ start: 'ge2026-12-07' })).toMatchObject({ from: '2026-12-07', to: '2026-12-13' });
    expect(fhirSlotQuery.parse({ start: '2026-12-07' })).toMatchObject({ from: '2026-12-07', to: '2026-12-07' });
    expect(fhirSlotQuery.safeParse({ start: 'lt2026-12-07' }).success).toBe(false);
    expect(fhirSlotQuery.safeParse({ start: '2026-12-07', status: 'busy' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from './readiness.js';
import { readinessWindows } from './readiness-windows.js';
import type { ReadinessSubject } from './types.js';
import { addDays, isoWeek } from '../time/oslo.js';

const today = '2026-12-02';

function subject(o: { planWeeks?: number[]; agreements?: ReadinessSubject['agreements'] } = {}): ReadinessSubject {
  const weeks = (o.planWeeks ?? [0, 1, 2, 3, 4, 5, 6, 7]).map((i) => ({
    ...isoWeek(addDays(today, i * 7)),
    templateId: 'tpl',
  }));
  return {
    today,
    clinic: { id: 'c1', name: 'Klinikk', integrationActive: true, severalDepartmentsNotified: false },
    departments: [
      {
        id: 'd1',
        name: 'Majorstuen',
        street: 'Bogstadveien 1',
        postcode: '0366',
        city: 'Oslo',
        registeredWithNetwork: false,
      },
    ],
    book: { id: 'b1', name: 'Kari', ownerKind: 'practitioner', onlineBooking: true, patientLists: ['all_patients'] },
    owner: {
      id: 'p1',
      name: 'Kari Nordmann',
      profession: 'physiotherapist',
      hprNumber: '9144889',
      membership: 'approved',
    },
    type: { id: 't1', name: 'Fysioterapi', bookableOnline: true, departmentId: null },
    rule: {
      patientList: 'all_patients',
      tariffs: [{ id: 'b1010', code: 'B1010', name: 'Fysioterapi', kind: 'insurance', professions: [] }],
    },
    schedule: { weeks, templates: [{ id: 'tpl', windows: [{ typeIds: ['t1'] }] }] },
    agreements: o.agreements ?? [
      { insurerId: 'sb', status: 'approved', validFrom: '2026-01-01', validTo: null, scope: 'clinic' },
    ],
    insurers: [
      { id: 'sb', name: 'Storebrand', offersPsychologistBooking: false },
      { id: 'falck', name: 'Falck Helse', offersPsychologistBooking: true },
    ],
  };
}

/** The first run of bookable days per insurer, found the slow way: the judge asked for every single day. */
function dayByDay(s: ReadinessSubject, through: string): Map<string, { from: string | null; until: string | null }> {
  const out = new Map<string, { from: string | null; until: string | null }>();
  for (const { id } of s.insurers) {
    let from: string | undefined;
    let until: string | null = null;
    for (let d = s.today; d <= through; d = addDays(d, 1)) {
      const ok = evaluateReadiness({ ...s, today: d }).insurers.find((i) => i.insurerId === id)!.bookable;
      if (from === undefined) {
        if (ok) from = d;
      } else if (!ok) {
        until = d;
        break;
      }
    }
    if (from !== undefined) out.set(id, { from: from === s.today ? null : from, until });
  }
  return out;
}

describe('readinessWindows: when the readiness answer holds', () => {
  const through = addDays(today, 70);

  it('an open-ended agreement: bookable from today, with no end', () => {
    expect([...readinessWindows(subject(), addDays(today, 20)).insurers]).toEqual([
      ['sb', { from: null, until: null }],
    ]);
  });

  it('an agreement that ends and one that starts: the days their validity gives, to the day', () => {
    const s = subject({
      planWeeks: Array.from({ length: 12 }, (_, i) => i),
      agreements: [
        { insurerId: 'sb', status: 'approved', validFrom: '2026-01-01', validTo: '2026-12-31', scope: 'clinic' },
        { insurerId: 'falck', status: 'approved', validFrom: '2026-12-03', validTo: null, scope: 'practitioner' },
      ],
    });
    const w = readinessWindows(s, through);
    expect(w.insurers.get('sb')).toEqual({ from: null, until: '2027-01-01' });
    expect(w.insurers.get('falck')).toEqual({ from: '2026-12-03', until: null });
    expect(w.today.insurers.find((i) => i.insurerId === 'falck')!.reasons[0]!.message).toBe(
      'Avtalen mellom Falck Helse og klinikken gjelder fra 03.12.2026.',
    );
  });

  it('S1: a work plan that ends stops the offer on the Monday after its last week; one that starts in nine weeks begins then', () => {
    const ending = readinessWindows(subject({ planWeeks: [0, 1, 2] }), through).insurers.get('sb');
    expect(ending).toEqual({ from: null, until: addDays('2026-11-30', 21) });
    const starting = readinessWindows(subject({ planWeeks: [9, 10] }), through).insurers.get('sb');
    // Week 9 from today enters the eight coming weeks on the Monday two weeks ahead (weeks +2 … +9).
    expect(starting).toEqual({
      from: addDays('2026-11-30', 14),
      until: addDays('2026-11-30', 77) > through ? null : addDays('2026-11-30', 77),
    });
  });

  it('agrees with asking the judge for every single day, over many shapes of plans and agreements', () => {
    const shapes: Parameters<typeof subject>[0][] = [];
    const dates = [
      '2026-06-01',
      '2026-12-02',
      '2026-12-07',
      '2026-12-24',
      '2027-01-01',
      '2027-01-31',
      '2027-02-14',
      '2027-03-28',
    ];
    for (const from of dates) {
      for (const to of [null, ...dates]) {
        if (to !== null && to < from) continue;
        for (const plan of [[0, 1, 2, 3, 4, 5, 6, 7], [0, 3], [5, 6, 7, 8, 9, 10, 11], [], [12]]) {
          shapes.push({
            planWeeks: plan,
            agreements: [
              { insurerId: 'sb', status: 'approved', validFrom: from, validTo: to, scope: 'clinic' },
              {
                insurerId: 'falck',
                status: 'approved',
                validFrom: '2027-01-15',
                validTo: to && to > '2027-01-15' ? to : null,
                scope: 'practitioner',
              },
            ],
          });
        }
      }
    }
    for (const shape of shapes) {
      const s = subject(shape);
      expect(readinessWindows(s, through).insurers, JSON.stringify(shape)).toEqual(dayByDay(s, through));
    }
  });
});

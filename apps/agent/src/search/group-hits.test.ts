import { describe, expect, it } from 'vitest';
import type { SlotHit } from '../api-types.js';
import { groupHits } from './group-hits.js';

function hit(practitioner: string, startAt: string, typeId = 'type-30', departmentId = 'dept-1'): SlotHit {
  return {
    startAt: new Date(startAt),
    endAt: new Date(startAt),
    bookId: `book-${practitioner}`,
    typeId,
    departmentId,
    practitionerId: practitioner,
    practitionerName: practitioner,
    profession: 'physiotherapist',
    clinicId: 'c',
    clinicName: 'Klinikk',
    departmentName: 'Avd',
    street: 'Gate 1',
    postcode: '0366',
    city: 'Oslo',
    tariffCode: 'B1010',
    tariffName: 'Fysioterapi konsultasjon',
    typeName: typeId,
    durationMinutes: 30,
  };
}

describe('grouping the results by practitioner', () => {
  it('keeps the order of each practitioner’s first time, and splits their times per address, type and Oslo day', () => {
    const groups = groupHits([
      hit('kari', '2026-12-01T07:00:00Z'),
      hit('ola', '2026-12-01T07:00:00Z'),
      hit('kari', '2026-12-01T07:30:00Z'),
      hit('kari', '2026-12-01T23:30:00Z'), // 00:30 on 2 December in Oslo
      hit('kari', '2026-12-02T08:00:00Z', 'type-60'),
      hit('kari', '2026-12-02T08:00:00Z', 'type-30', 'dept-2'),
    ]);
    // One group per practitioner, whatever the address; each address × type × tariff its own section.
    expect(groups.map((g) => [g.key, g.count, g.departments])).toEqual([
      ['kari', 5, 2],
      ['ola', 1, 1],
    ]);
    const kari = groups[0]!;
    expect(
      kari.types.map((t) => [t.first.departmentId, t.typeName, t.days.map((d) => [d.date, d.hits.length])]),
    ).toEqual([
      [
        'dept-1',
        'type-30',
        [
          ['2026-12-01', 2],
          ['2026-12-02', 1],
        ],
      ],
      ['dept-1', 'type-60', [['2026-12-02', 1]]],
      ['dept-2', 'type-30', [['2026-12-02', 1]]],
    ]);
  });
});

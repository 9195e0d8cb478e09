import { describe, expect, it } from 'vitest';
import { addDays, evaluateReadiness, isoWeek, type ReadinessSubject } from '@bn/domain';
import type { ReadinessRow } from '../../api/types.js';
import { gridRows, liftClinicWide, splitInsurerReasons } from './readiness-grid.js';

const today = '2026-12-04';
const insurers = [
  { id: 'i-falck', name: 'Falck Helse', offersPsychologistBooking: true },
  { id: 'i-if', name: 'If Skadeforsikring', offersPsychologistBooking: false },
  { id: 'i-sb', name: 'Storebrand', offersPsychologistBooking: false },
];
const b1010 = { id: 'b1010', code: 'B1010', name: 'Fysioterapi', kind: 'insurance' as const, professions: [] };

/** One book × type the way the server answers it: a physiotherapist's book; Storebrand and Falck have agreements. */
function cell(
  book: { id: string; name: string; online?: boolean; ifPersonally?: boolean },
  type: { id: string; name: string },
  rule: boolean,
) {
  const s: ReadinessSubject = {
    today,
    clinic: { id: 'c1', name: 'Klinikk', integrationActive: true, severalDepartmentsNotified: false },
    departments: [
      { id: 'd1', name: 'Hoved', street: 'Gata 1', postcode: '0366', city: 'Oslo', registeredWithNetwork: true },
    ],
    book: {
      id: book.id,
      name: book.name,
      ownerKind: 'practitioner',
      onlineBooking: book.online ?? true,
      patientLists: ['all_patients'],
    },
    owner: {
      id: `p-${book.id}`,
      name: book.name,
      profession: 'physiotherapist',
      hprNumber: '9144889',
      membership: 'approved',
    },
    type: { ...type, bookableOnline: true, departmentId: null },
    rule: rule ? { patientList: 'all_patients', tariffs: [b1010] } : null,
    schedule: {
      weeks: Array.from({ length: 8 }, (_, i) => ({ ...isoWeek(addDays(today, i * 7)), templateId: 'tpl' })),
      templates: [{ id: 'tpl', windows: [{ typeIds: [type.id] }] }],
    },
    agreements: [
      ...['i-falck', 'i-sb'].map((insurerId) => ({ insurerId, scope: 'clinic' as const })),
      ...(book.ifPersonally ? [{ insurerId: 'i-if', scope: 'practitioner' as const }] : []),
    ].map((a) => ({ ...a, status: 'approved' as const, validFrom: '2025-01-01', validTo: null })),
    insurers,
  };
  const row: ReadinessRow = { book: { id: book.id, name: book.name }, type, result: evaluateReadiness(s) };
  return row;
}

const kari = { id: 'book-kari', name: 'Kari Nordmann' };
const ingrid = { id: 'book-ingrid', name: 'Ingrid', online: false };
const fysio = { id: 't-fysio', name: 'Fysioterapi 30 min' };
const kiro = { id: 't-kiro', name: 'Kiropraktor 20 min' };
const rows = [cell(ingrid, fysio, true), cell(ingrid, kiro, false), cell(kari, fysio, true), cell(kari, kiro, false)];
const books = [
  { id: kari.id, ownerPractitionerId: 'p-kari' },
  { id: ingrid.id, ownerPractitionerId: 'p-ingrid' },
];
const practitioners = [
  { id: 'p-kari', name: 'Kari Nordmann' },
  { id: 'p-ingrid', name: 'Ingrid Berg' },
  { id: 'p-anne', name: 'Anne Uten Bok' },
];

describe('the readiness grid', () => {
  const grid = gridRows(rows, books, practitioners);

  it('has one row per practitioner, by name, the one without a book included', () => {
    expect(grid.map((g) => [g.name, g.bookName, g.noBook, g.cells.size])).toEqual([
      ['Anne Uten Bok', null, true, 0],
      ['Ingrid Berg', 'Ingrid', false, 2],
      ['Kari Nordmann', null, false, 2],
    ]);
  });

  it('states what blocks the whole book once, and only the book-level checks', () => {
    const ingridRow = grid.find((g) => g.name === 'Ingrid Berg')!;
    expect(ingridRow.blockers.map((c) => c.rule)).toEqual(['B3']);
    expect([ingridRow.withRule, ingridRow.ready]).toEqual([1, 0]);
    const kariRow = grid.find((g) => g.name === 'Kari Nordmann')!;
    // Kiropraktor has no rule (T2) and Kari's S1 is fine: nothing blocks Kari's whole book.
    expect(kariRow.blockers).toEqual([]);
    expect([kariRow.withRule, kariRow.ready]).toEqual([1, 1]);
  });

  it('names per insurer only what is its own: If has no agreement, the others share nothing with it', () => {
    for (const row of grid.filter((g) => !g.noBook)) {
      expect(row.insurers.map((i) => [i.insurerName, i.reasons.map((r) => r.rule)])).toEqual([
        ['If Skadeforsikring', ['N3']],
      ]);
    }
  });

  it('splits an answer into what every insurer shares and what is each one’s own', () => {
    const { shared, own } = splitInsurerReasons(cell(ingrid, fysio, true).result.insurers);
    expect(shared.map((r) => r.rule)).toEqual(['B3']);
    expect(own.map((o) => [o.insurerName, o.reasons.map((r) => r.rule)])).toEqual([['If Skadeforsikring', ['N3']]]);
    // While an insurer can book, nothing is shared by all of them.
    expect(splitInsurerReasons(cell(kari, fysio, true).result.insurers).shared).toEqual([]);
  });

  it('says once for the clinic what every book has alike about it, and keeps a personal agreement’s difference on its row', () => {
    const { clinic, rows: lifted } = liftClinicWide(grid);
    expect(clinic.insurers.map((i) => [i.insurerName, i.reasons.map((r) => r.rule)])).toEqual([
      ['If Skadeforsikring', ['N3']],
    ]);
    expect(lifted.flatMap((g) => g.insurers)).toEqual([]);
    // Ingrid's closed book is hers, not the clinic's.
    expect(clinic.blockers).toEqual([]);
    expect(lifted.find((g) => g.name === 'Ingrid Berg')!.blockers.map((c) => c.rule)).toEqual(['B3']);

    const personal = gridRows(
      [cell({ ...kari, ifPersonally: true }, fysio, true), cell(ingrid, fysio, true)],
      books,
      practitioners,
    );
    const kept = liftClinicWide(personal);
    expect(kept.clinic.insurers).toEqual([]);
    expect(kept.rows.find((g) => g.name === 'Ingrid Berg')!.insurers.map((i) => i.insurerName)).toEqual([
      'If Skadeforsikring',
    ]);
  });
});

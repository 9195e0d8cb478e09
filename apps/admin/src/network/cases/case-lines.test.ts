import { describe, expect, it } from 'vitest';
import { parseGrant, readCaseLines } from './case-lines.js';

const INSURER = '00000000-0000-4000-8000-000000000001';
const none = new Set<string>();

describe('reading pasted case lines', () => {
  it('reads dd.mm.yyyy dates, an open end, a total and counts per tariff; skips a header and blank lines', () => {
    const lines = readCaseLines(
      'SakID;Fødselsdato;Opprettet;Gyldig til;Behandlinger\n\nab12c; 15.05.1985;01.12.2026;31.05.2027;10\r\nXY99Z,7.3.1992,2.12.2026,,B1010:6 b1020=4\n',
      INSURER,
      none,
    );
    expect(lines.map((l) => [l.line, l.problems])).toEqual([
      [3, []],
      [4, []],
    ]);
    expect(lines[0]!.value).toEqual({
      caseId: 'ab12c',
      insurerId: INSURER,
      birthDate: '1985-05-15',
      createdOn: '2026-12-01',
      validTo: '2027-05-31',
      grant: { type: 'total', treatments: 10 },
    });
    expect(lines[1]!.value).toMatchObject({
      validTo: null,
      grant: { type: 'per_treatment_type', treatments: { B1010: 6, B1020: 4 } },
    });
  });

  it('names each problem by its line: columns, dates, grant, the schema’s refusals, repeats and registered ids', () => {
    const lines = readCaseLines(
      [
        'AB12C;15.05.1985;01.12.2026',
        'AB12D;31.02.1985;1.12.2026;;10',
        'AB12E;15.05.1985;01.12.2026;;ti',
        'A!;15.05.1985;01.12.2026;;A3A:2',
        'AB12F;15.05.1985;01.12.2026;01.01.2026;2',
        'ok123;15.05.1985;01.12.2026;;5',
        'OK123;15.05.1985;01.12.2026;;5',
        'TAKEN;15.05.1985;01.12.2026;;1000',
      ].join('\n'),
      INSURER,
      new Set(['TAKEN']),
    );
    const problems = lines.map((l) => l.problems);
    expect(problems[0]).toEqual([{ kind: 'columns', found: 3 }]);
    expect(problems[1]).toEqual([{ kind: 'date', column: 'birthDate' }]);
    expect(problems[2]).toEqual([{ kind: 'grant' }]);
    expect(problems[3]!.map((p) => (p.kind === 'issue' ? [p.column, p.issue.code] : p.kind))).toEqual([
      ['caseId', 'case_id.format'],
      ['grant', 'claim.insurance_tariffs_only'],
    ]);
    expect(problems[4]!.map((p) => (p.kind === 'issue' ? [p.column, p.issue.code] : p.kind))).toEqual([
      ['validTo', 'case.ends_before_start'],
    ]);
    expect(problems[5]).toEqual([]);
    expect(problems[6]).toEqual([{ kind: 'duplicate', firstLine: 6 }]);
    expect(problems[7]!.map((p) => (p.kind === 'issue' ? p.issue.code : p.kind))).toEqual([
      'claim.treatments_max',
      'registered',
    ]);
  });

  it('reads grants', () => {
    expect(parseGrant(' 8 ')).toEqual({ type: 'total', treatments: 8 });
    expect(parseGrant('B1010:2,B1020:1')).toEqual({ type: 'per_treatment_type', treatments: { B1010: 2, B1020: 1 } });
    expect(parseGrant('')).toBeNull();
    expect(parseGrant('B1010')).toBeNull();
  });
});

describe('repeats', () => {
  it('are named also when the first of them has other problems', () => {
    const lines = readCaseLines('AB12C;31.02.1985;01.12.2026;;10\nab12c;15.05.1985;01.12.2026;;4', INSURER, none);
    expect(lines[1]!.problems).toEqual([{ kind: 'duplicate', firstLine: 1 }]);
  });
});

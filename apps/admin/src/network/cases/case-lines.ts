// An import of insurer cases typed or pasted as CSV lines, read before anything is sent: one case per line,
//   SakID;fødselsdato;opprettet;gyldig til;behandlinger
// dates dd.mm.yyyy (gyldig til may be empty: no end), behandlinger a total («10») or counts per B-tariff
// («B1010:6 B1020:4»). `,` separates too when a line has no `;`; a first line naming the columns is skipped. Each line
// is then checked with the API's own case schema, and against the other lines and the register, so every problem is
// shown by its line before the import — which the API takes all or nothing.
import { checkInput, insurerCaseSchema, normaliseCaseId, type ClaimGrant, type InputIssue } from '@bn/domain';
import { parseDisplayDate } from '../../clinic/calendar/calendar-params.js';

export const CASE_COLUMNS = ['caseId', 'birthDate', 'createdOn', 'validTo', 'grant'] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

/** What the API's `cases.register` takes for one case (before its schema has normalised it). */
export interface CaseInput {
  caseId: string;
  insurerId: string;
  birthDate: string;
  createdOn: string;
  validTo: string | null;
  grant: ClaimGrant;
}

export type LineProblem =
  | { kind: 'columns'; found: number }
  | { kind: 'date'; column: 'birthDate' | 'createdOn' | 'validTo' }
  | { kind: 'grant' }
  | { kind: 'issue'; column: CaseColumn | null; issue: InputIssue }
  | { kind: 'duplicate'; firstLine: number }
  | { kind: 'registered' };

export interface CaseLine {
  /** 1-based, as an editor numbers the lines. */
  line: number;
  cells: string[];
  /** The case to send, when the line could be read at all. */
  value: CaseInput | null;
  problems: LineProblem[];
}

const HEADER = /^(sak\s*-?id|case\s*-?id)$/i;

function splitLine(line: string): string[] {
  const separator = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
  return line.split(separator).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** «10» → a total; «B1010:6 B1020:4» (also `=`, and `,`/`+`/`|` between) → per tariff; null when neither. */
export function parseGrant(text: string): ClaimGrant | null {
  const value = text.trim();
  if (/^\d+$/.test(value)) return { type: 'total', treatments: Number(value) };
  const parts = value.split(/[\s,+|]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const treatments: Record<string, number> = {};
  for (const part of parts) {
    const m = /^([A-Za-z][A-Za-z0-9]*)[:=](\d+)$/.exec(part);
    if (!m) return null;
    treatments[m[1]!.toUpperCase()] = Number(m[2]);
  }
  return { type: 'per_treatment_type', treatments };
}

function readLine(line: number, cells: string[], insurerId: string): CaseLine {
  if (cells.length !== CASE_COLUMNS.length) {
    return { line, cells, value: null, problems: [{ kind: 'columns', found: cells.length }] };
  }
  const [caseId = '', birth = '', created = '', to = '', grantText = ''] = cells;
  const problems: LineProblem[] = [];
  const date = (text: string, column: 'birthDate' | 'createdOn' | 'validTo') => {
    const iso = parseDisplayDate(text);
    if (iso === null) problems.push({ kind: 'date', column });
    return iso ?? '';
  };
  const birthDate = date(birth, 'birthDate');
  const createdOn = date(created, 'createdOn');
  const validTo = to === '' ? null : date(to, 'validTo');
  const grant = parseGrant(grantText);
  if (grant === null) problems.push({ kind: 'grant' });
  if (problems.length > 0 || grant === null) return { line, cells, value: null, problems };
  const value: CaseInput = { caseId, insurerId, birthDate, createdOn, validTo, grant };
  const issues = checkInput(insurerCaseSchema, value) ?? [];
  for (const issue of issues) {
    const head = issue.path[0];
    const column = CASE_COLUMNS.find((c) => c === head) ?? null;
    problems.push({ kind: 'issue', column, issue });
  }
  return { line, cells, value, problems };
}

/**
 * Every non-empty line of `text` read as a case of `insurerId`; `registered` holds the case ids the register already
 * has for that insurer (upper case), so a repeat is named before the API refuses the whole import for it.
 */
export function readCaseLines(text: string, insurerId: string, registered: ReadonlySet<string>): CaseLine[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((raw, i) => ({ line: i + 1, cells: splitLine(raw) }))
    .filter(({ cells }) => cells.some((c) => c !== ''));
  const first = lines[0];
  if (first && HEADER.test(first.cells[0] ?? '')) lines.shift();
  const seen = new Map<string, number>();
  return lines.map(({ line, cells }) => {
    const read = readLine(line, cells, insurerId);
    // A repeat is a repeat even on a line with other problems: the case id is the first column either way.
    const key = normaliseCaseId(cells[0] ?? '');
    if (key === '') return read;
    const earlier = seen.get(key);
    if (earlier !== undefined) read.problems.push({ kind: 'duplicate', firstLine: earlier });
    else seen.set(key, line);
    if (registered.has(key)) read.problems.push({ kind: 'registered' });
    return read;
  });
}

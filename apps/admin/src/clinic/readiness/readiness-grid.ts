// The readiness grid's rows, worked out from the check's answer per book × type: one row per practitioner (per book it
// owns), practitioners without a book included, and what blocks the whole book stated once instead of in every cell
// and for every insurer. Pure, so it is tested without a browser.
import { BOOK_LEVEL_RULES, type InsurerReadiness, type ReadinessCheck } from '@bn/domain';
import type { ConfigPractitioner, ReadinessRow } from '../../api/types.js';

/** ready: some insurer can book it; notReady: the type has a rule for the book but something is missing; unused: no rule. */
export type CellState = 'ready' | 'notReady' | 'unused';

export function cellState(row: ReadinessRow): CellState {
  if (row.result.bookable) return 'ready';
  const hasRule = row.result.checks.some((c) => c.key === 'T2.rule' && c.status === 'ok');
  return hasRule ? 'notReady' : 'unused';
}

type Reason = InsurerReadiness['reasons'][number];

export interface InsurerNote {
  insurerId: string;
  insurerName: string;
  /** What keeps only this insurer (not all of them) from booking. */
  reasons: Reason[];
}

export interface GridRow {
  /** The book's id, or `practitioner:<id>` for a practitioner without a book. */
  key: string;
  /** The owning practitioner's name; the book's name when no practitioner owns it. */
  name: string;
  /** The book's name where it is not the row's name already. */
  bookName: string | null;
  /** The practitioner owns no book: nothing else can be judged yet. */
  noBook: boolean;
  /** The row's cells by type id. */
  cells: ReadonlyMap<string, ReadinessRow>;
  /** The book's failing checks that every type shares (BOOK_LEVEL_RULES), once. */
  blockers: ReadinessCheck[];
  /** Insurers kept from the book by a reason of their own. */
  insurers: InsurerNote[];
  /** The book's checks (any cell's: the book-level ones are the same in all), to tell where a reason is fixed. */
  checks: ReadinessCheck[];
  /** Types with a rule for the book, and how many of them are ready. */
  withRule: number;
  ready: number;
}

const sameReason = (a: Reason, b: Reason) => a.key === b.key && a.message === b.message;

/**
 * The reasons every insurer shares (said once) and, per insurer, only what differs. An insurer that can book has no
 * reasons, so nothing is shared while one of them can.
 */
export function splitInsurerReasons(insurers: readonly InsurerReadiness[]): {
  shared: Reason[];
  own: InsurerNote[];
} {
  const [first, ...rest] = insurers;
  const shared = (first?.reasons ?? []).filter((r) => rest.every((i) => i.reasons.some((x) => sameReason(x, r))));
  const own = insurers
    .map((i) => ({
      insurerId: i.insurerId,
      insurerName: i.insurerName,
      reasons: i.reasons.filter((r) => !shared.some((s) => sameReason(s, r))),
    }))
    .filter((i) => i.reasons.length > 0);
  return { shared, own };
}

/** The check is judged on the book alone, so the row says it once for all of the book's types. */
export const isBookLevel = (rule: string) => (BOOK_LEVEL_RULES as readonly string[]).includes(rule);

function bookRow(name: string, bookName: string | null, rows: readonly ReadinessRow[], key: string): GridRow {
  // The book-level checks are the same in every cell of the book (BOOK_LEVEL_RULES), so any cell tells them.
  const sample = rows[0]!.result;
  const { own } = splitInsurerReasons(
    sample.insurers.map((i) => ({ ...i, reasons: i.reasons.filter((r) => isBookLevel(r.rule)) })),
  );
  const states = rows.map(cellState);
  return {
    key,
    name,
    bookName: bookName === name ? null : bookName,
    noBook: false,
    cells: new Map(rows.map((r) => [r.type.id, r])),
    blockers: sample.checks.filter((c) => c.status === 'fail' && isBookLevel(c.rule)),
    insurers: own,
    checks: sample.checks,
    withRule: states.filter((s) => s !== 'unused').length,
    ready: states.filter((s) => s === 'ready').length,
  };
}

/**
 * The clinic's integration (N5) and its agreements (N3) are the clinic's, not a book's: when every book says the same
 * about them, they are said once for the clinic. A practitioner's personal agreement makes that practitioner's answer
 * differ, and then it stays on the rows.
 */
const CLINIC_LEVEL_RULES = new Set(['N3', 'N5']);

export interface ClinicWide {
  blockers: ReadinessCheck[];
  insurers: InsurerNote[];
}

/** Takes what every book's row says alike about the clinic off the rows, to say it once above them. */
export function liftClinicWide(grid: readonly GridRow[]): { clinic: ClinicWide; rows: GridRow[] } {
  const books = grid.filter((g) => !g.noBook);
  const everywhere = <T>(pick: (g: GridRow) => T[], same: (a: T, b: T) => boolean, rule: (x: T) => string) =>
    books.length === 0
      ? []
      : pick(books[0]!).filter(
          (x) => CLINIC_LEVEL_RULES.has(rule(x)) && books.every((g) => pick(g).some((y) => same(x, y))),
        );
  const blockers = everywhere(
    (g) => g.blockers,
    (a, b) => a.key === b.key && a.message === b.message,
    (c) => c.rule,
  );
  const notes = everywhere(
    (g) => g.insurers.flatMap((i) => i.reasons.map((r) => ({ ...i, reasons: [r] }))),
    (a, b) => a.insurerId === b.insurerId && sameReason(a.reasons[0]!, b.reasons[0]!),
    (n) => n.reasons[0]!.rule,
  );
  const lifted = (i: InsurerNote, r: Reason) =>
    notes.some((n) => n.insurerId === i.insurerId && sameReason(n.reasons[0]!, r));
  const rows = grid.map((g) => ({
    ...g,
    blockers: g.blockers.filter((c) => !blockers.some((b) => b.key === c.key && b.message === c.message)),
    insurers: g.insurers
      .map((i) => ({ ...i, reasons: i.reasons.filter((r) => !lifted(i, r)) }))
      .filter((i) => i.reasons.length > 0),
  }));
  return { clinic: { blockers, insurers: notes }, rows };
}

/** One row per book, named for its owner; then a row for each practitioner who owns none; ordered by name. */
export function gridRows(
  rows: readonly ReadinessRow[],
  books: readonly { id: string; ownerPractitionerId: string | null }[],
  practitioners: readonly Pick<ConfigPractitioner, 'id' | 'name'>[],
): GridRow[] {
  const byBook = new Map<string, ReadinessRow[]>();
  for (const r of rows) byBook.set(r.book.id, [...(byBook.get(r.book.id) ?? []), r]);
  const ownerOf = new Map(books.map((b) => [b.id, b.ownerPractitionerId]));
  const nameOf = new Map(practitioners.map((p) => [p.id, p.name]));
  const result = [...byBook.entries()].map(([bookId, cells]) => {
    const owner = ownerOf.get(bookId);
    const bookName = cells[0]!.book.name;
    const ownerName = owner ? nameOf.get(owner) : undefined;
    return bookRow(ownerName ?? bookName, ownerName ? bookName : null, cells, bookId);
  });
  const owning = new Set(books.map((b) => b.ownerPractitionerId));
  for (const p of practitioners) {
    if (owning.has(p.id)) continue;
    result.push({
      key: `practitioner:${p.id}`,
      name: p.name,
      bookName: null,
      noBook: true,
      cells: new Map(),
      blockers: [],
      insurers: [],
      checks: [],
      withRule: 0,
      ready: 0,
    });
  }
  return result.sort(
    (a, b) => a.name.localeCompare(b.name, 'nb') || (a.bookName ?? '').localeCompare(b.bookName ?? ''),
  );
}

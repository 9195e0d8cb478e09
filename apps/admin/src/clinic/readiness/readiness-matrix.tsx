import { StatusBadge } from '@bn/ui';
import type { ReadinessRow } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

/** ready: some insurer can book it; notReady: the type has a rule for the book but something is missing; unused: no rule. */
export type CellState = 'ready' | 'notReady' | 'unused';

export function cellState(row: ReadinessRow): CellState {
  if (row.result.bookable) return 'ready';
  const hasRule = row.result.checks.some((c) => c.key === 'T2.rule' && c.status === 'ok');
  return hasRule ? 'notReady' : 'unused';
}

export const DETAILS_ID = 'readiness-details';

interface MatrixProps {
  rows: readonly ReadinessRow[];
  selected: ReadinessRow | null;
  onSelect: (row: ReadinessRow | null) => void;
}

/** Books down, types across; each cell a button that opens that pair's checks below the table. */
export function ReadinessMatrix({ rows, selected, onSelect }: MatrixProps) {
  const t = useAdminT();
  const books = unique(rows.map((r) => r.book));
  const types = unique(rows.map((r) => r.type));
  const find = (bookId: string, typeId: string) => rows.find((r) => r.book.id === bookId && r.type.id === typeId);

  return (
    <div className="table-wrap" role="region" aria-label={t('readiness.matrix')} tabIndex={0}>
      <table className="data-table matrix">
        <caption className="visually-hidden">{t('readiness.matrix')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('readiness.col.book')}</th>
            {types.map((type) => (
              <th key={type.id} scope="col">
                {type.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {books.map((book) => (
            <tr key={book.id}>
              <th scope="row">{book.name}</th>
              {types.map((type) => {
                const row = find(book.id, type.id);
                return <td key={type.id}>{row && <Cell row={row} open={selected === row} onSelect={onSelect} />}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ row, open, onSelect }: { row: ReadinessRow; open: boolean; onSelect: MatrixProps['onSelect'] }) {
  const t = useAdminT();
  const state = cellState(row);
  const failing = row.result.checks.filter((c) => c.status === 'fail').length;
  const label =
    state === 'ready'
      ? t('readiness.cell.ready')
      : state === 'notReady'
        ? t('readiness.cell.missing', { count: failing })
        : t('readiness.cell.noRule');
  return (
    <button
      type="button"
      className={`cell-button cell-${state}`}
      aria-expanded={open}
      aria-controls={open ? DETAILS_ID : undefined}
      onClick={() => onSelect(open ? null : row)}
    >
      {/* The cell's context is read first, so the button makes sense on its own in a list of buttons. */}
      <span className="visually-hidden">
        {t('readiness.cell.context', { book: row.book.name, type: row.type.name })}{' '}
      </span>
      <StatusBadge status={state === 'ready' ? 'ok' : state === 'notReady' ? 'fail' : 'na'} label={label} />
    </button>
  );
}

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

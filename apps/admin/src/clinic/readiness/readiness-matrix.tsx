import { useId, useState } from 'react';
import { StatusBadge } from '@bn/ui';
import type { ReadinessRow } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { cellState, isBookLevel, type GridRow } from './readiness-grid.js';
import { RowBlockers } from './readiness-blockers.js';

export const DETAILS_ID = 'readiness-details';

interface MatrixProps {
  grid: readonly GridRow[];
  /** Every type of the clinic, in the order of the check's answer. */
  types: readonly { id: string; name: string }[];
  selected: ReadinessRow | null;
  onSelect: (row: ReadinessRow | null) => void;
}

/**
 * Practitioners down (the name column stays put when the table scrolls sideways), what blocks each one's whole book
 * once, then the types across; each cell a button that opens that pair's checks below the table. Cells without a rule
 * say nothing until asked for: a clinic has many more of them than of the ones that matter.
 */
export function ReadinessMatrix({ grid, types, selected, onSelect }: MatrixProps) {
  const t = useAdminT();
  const toggleId = useId();
  const [showUnused, setShowUnused] = useState(false);
  const hasRule = (typeId: string) =>
    grid.some((g) => {
      const cell = g.cells.get(typeId);
      return cell !== undefined && cellState(cell) !== 'unused';
    });
  const unused = grid.reduce((n, g) => n + [...g.cells.values()].filter((c) => cellState(c) === 'unused').length, 0);
  const columns = showUnused ? types : types.filter((type) => hasRule(type.id));

  return (
    <>
      <p className="matrix-toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={showUnused}
          onChange={(e) => setShowUnused(e.currentTarget.checked)}
        />{' '}
        <label htmlFor={toggleId}>{t('readiness.showUnused', { count: unused })}</label>
      </p>
      <div className="table-wrap matrix-wrap" role="region" aria-label={t('readiness.matrix')} tabIndex={0}>
        <table className="data-table matrix">
          <caption className="visually-hidden">{t('readiness.matrix')}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky-col">
                {t('readiness.col.practitioner')}
              </th>
              <th scope="col" className="blockers-col">
                {t('readiness.col.blockers')}
              </th>
              {columns.map((type) => (
                <th key={type.id} scope="col">
                  {type.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="sticky-col">
                  <RowHeading row={row} />
                </th>
                <td className="blockers-col">
                  <RowBlockers row={row} />
                </td>
                {columns.map((type) => {
                  const cell = row.cells.get(type.id);
                  const shown = cell && (showUnused || cellState(cell) !== 'unused');
                  return (
                    <td key={type.id}>{shown && <Cell row={cell} open={selected === cell} onSelect={onSelect} />}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RowHeading({ row }: { row: GridRow }) {
  const t = useAdminT();
  const [status, label] = row.noBook
    ? (['fail', t('readiness.row.noBook')] as const)
    : row.withRule === 0
      ? (['na', t('readiness.row.noRule')] as const)
      : row.ready === row.withRule
        ? (['ok', t('readiness.row.ready')] as const)
        : ([
            row.ready > 0 ? 'na' : 'fail',
            t('readiness.row.readyOf', { ready: row.ready, total: row.withRule }),
          ] as const);
  return (
    <>
      <span className="row-name">{row.name}</span>
      {row.bookName && <span className="muted row-book">{t('readiness.row.book', { book: row.bookName })}</span>}
      <StatusBadge status={status} label={label} />
    </>
  );
}

function Cell({ row, open, onSelect }: { row: ReadinessRow; open: boolean; onSelect: MatrixProps['onSelect'] }) {
  const t = useAdminT();
  const state = cellState(row);
  // What the row states once is not counted again in each of its cells.
  const own = row.result.checks.filter((c) => c.status === 'fail' && !isBookLevel(c.rule)).length;
  const label =
    state === 'ready'
      ? t('readiness.cell.ready')
      : state === 'notReady'
        ? own > 0
          ? t('readiness.cell.missing', { count: own })
          : t('readiness.cell.blockedByRow')
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

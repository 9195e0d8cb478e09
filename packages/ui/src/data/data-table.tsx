// A plain, accessible table: a caption for its name, header cells with scope, the first cell as the row header.
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Keep on one line (org numbers, dates), so a narrow screen scrolls instead of breaking them. */
  nowrap?: boolean;
}

function cellClass(c: { numeric?: boolean; nowrap?: boolean }): string | undefined {
  return [c.numeric && 'numeric', c.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;
}

export interface DataTableProps<T> {
  caption: string;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /**
   * On a narrow screen (a phone, 390 px) each row becomes a card, every cell under its column's name, instead of a
   * table to scroll sideways (the app's own CSS lays out `.stack-narrow`).
   */
  stackOnNarrow?: boolean;
}

export function DataTable<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  stackOnNarrow = false,
}: DataTableProps<T>) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={stackOnNarrow ? 'data-table stack-narrow' : 'data-table'}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cellClass(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cellClass(c)} data-label={stackOnNarrow ? c.header : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useMemo, useState, type ReactNode } from 'react';
import { vietnameseCollator } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** What the column sorts by; not sortable without it. Text sorts in Vietnamese collation. */
  readonly sortValue?: (row: Row) => string | number;
  readonly numeric?: boolean;
}

/** A table whose sortable headers are buttons (keyboard and screen readers included). */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
}: {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly initialSort?: { readonly key: string; readonly descending?: boolean };
}) {
  const { t } = useI18n();
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    const value = column?.sortValue;
    if (value === undefined) return rows;
    const direction = sort?.descending === true ? -1 : 1;
    return [...rows].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : vietnameseCollator.compare(String(left), String(right));
      return order * direction;
    });
  }, [rows, columns, sort]);
  if (rows.length === 0) return <p className="muted">{t('common.empty')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              const ariaSort = active
                ? sort.descending === true
                  ? 'descending'
                  : 'ascending'
                : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={column.numeric === true ? 'numeric' : undefined}
                >
                  {column.sortValue === undefined ? (
                    column.header
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      aria-label={t('common.sortBy', { column: column.header })}
                      onClick={() => {
                        setSort({
                          key: column.key,
                          descending: active && sort.descending !== true,
                        });
                      }}
                    >
                      {column.header}
                      <span aria-hidden="true">
                        {active ? (sort.descending === true ? ' ▼' : ' ▲') : ''}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric === true ? 'numeric' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

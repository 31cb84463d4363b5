// GOV.UK tables: the head from a list of columns, the rows composed by the page from Row, RowHeader and Cell.
import type { ComponentChildren, JSX } from 'preact';

export type SortState = 'ascending' | 'descending' | 'none';

/** A sortable column (GOV.UK's sortable table pattern): the page sorts by a button, the API by a link. */
export interface ColumnSort {
  state: SortState;
  href?: string;
  onSort?: () => void;
}

export interface Column {
  title: string;
  numeric?: boolean;
  sort?: ColumnSort;
}

const ARROWS: Record<SortState, string> = { ascending: ' ▲', descending: ' ▼', none: '' };

function HeaderText({ column }: { column: Column }) {
  const { sort } = column;
  if (!sort) return <>{column.title}</>;
  const text = (
    <>
      {column.title}
      <span aria-hidden="true">{ARROWS[sort.state]}</span>
    </>
  );
  return sort.href ? (
    <a class="govuk-link" href={sort.href}>
      {text}
    </a>
  ) : (
    <button class="beacon-link-button beacon-sort-button" type="button" onClick={sort.onSort}>
      {text}
    </button>
  );
}

export function Table({
  columns,
  caption,
  testId,
  scroll,
  children,
}: {
  columns: readonly Column[];
  caption?: ComponentChildren;
  testId?: string;
  /** Wide tables scroll sideways inside their own box rather than widen the page. */
  scroll?: boolean;
  children: ComponentChildren;
}) {
  const table = (
    <table class="govuk-table" data-testid={testId}>
      {caption ? <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption> : null}
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {columns.map((column) => (
            <th
              scope="col"
              class={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
              key={column.title}
              aria-sort={column.sort?.state}
            >
              <HeaderText column={column} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">{children}</tbody>
    </table>
  );
  return scroll ? <div class="beacon-table-scroll">{table}</div> : table;
}

export function Row({ children, ...attributes }: JSX.HTMLAttributes<HTMLTableRowElement>) {
  return (
    <tr class="govuk-table__row" {...attributes}>
      {children}
    </tr>
  );
}

export function RowHeader({ children }: { children: ComponentChildren }) {
  return (
    <th scope="row" class="govuk-table__header">
      {children}
    </th>
  );
}

export function Cell({
  numeric,
  testId,
  children,
}: {
  numeric?: boolean;
  testId?: string;
  children?: ComponentChildren;
}) {
  return (
    <td class={`govuk-table__cell${numeric ? ' govuk-table__cell--numeric' : ''}`} data-testid={testId}>
      {children}
    </td>
  );
}

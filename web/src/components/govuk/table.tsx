// GOV.UK tables: the head from a list of columns, the rows composed by the page from Row, RowHeader and Cell.
import type { ComponentChildren, JSX } from 'preact';

export interface Column {
  title: string;
  numeric?: boolean;
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
            >
              {column.title}
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

// A horizontal bar chart with its numbers: the bars are drawn for the eye (hidden from screen readers), the table
// beside them carries the same figures for everyone, and for print.
import { formatCount } from '../format.js';
import { Cell, Row, RowHeader, Table } from './govuk/table.js';

const COLUMNS = [{ title: 'Category' }, { title: 'Schools', numeric: true }];

export function BarChart({
  title,
  caption,
  rows,
}: {
  title: string;
  caption?: string;
  rows: readonly { label: string; count: number }[];
}) {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <section class="govuk-!-margin-bottom-6" aria-label={title}>
      <h3 class="govuk-heading-s">{title}</h3>
      {caption ? <p class="govuk-body-s">{caption}</p> : null}
      <ul class="beacon-chart" aria-hidden="true">
        {rows.map((row) => (
          <li class="beacon-chart__row" key={row.label}>
            <span>{row.label}</span>
            <span class="beacon-chart__bar" style={{ width: `${(row.count / largest) * 100}%` }} />
            <span class="beacon-chart__value">{formatCount(row.count)}</span>
          </li>
        ))}
      </ul>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{title}: the numbers as a table</span>
        </summary>
        <div class="govuk-details__text">
          <Table columns={COLUMNS} caption={title}>
            {rows.map((row) => (
              <Row key={row.label}>
                <RowHeader>{row.label}</RowHeader>
                <Cell numeric>{formatCount(row.count)}</Cell>
              </Row>
            ))}
          </Table>
        </div>
      </details>
    </section>
  );
}

// A horizontal bar chart with its numbers: the bars are drawn for the eye (hidden from screen readers), the table
// beside them carries the same figures for everyone, and for print.
import { formatCount } from '../format.js';

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
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">{title}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Category
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Schools
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {rows.map((row) => (
                <tr class="govuk-table__row" key={row.label}>
                  <th scope="row" class="govuk-table__header">
                    {row.label}
                  </th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{formatCount(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

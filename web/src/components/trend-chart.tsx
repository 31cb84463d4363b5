// A small line chart of one area's series: drawn for the eye (hidden from screen readers), with the same figures as
// a table beside it for everyone, and for print. A period without a figure breaks the line and says why in the table.
import { Cell, Row, RowHeader, Table } from './govuk/table.js';

export interface TrendPoint {
  label: string;
  value: number | null | undefined;
  /** What the table says for this period ("13.1%", "Suppressed by the DfE"). */
  text: string;
}

const WIDTH = 160;
const HEIGHT = 48;
const PAD = 4;

/** The SVG path's segments: a missing figure breaks the line rather than drawing it to zero. */
function segments(points: readonly TrendPoint[]): string {
  const known = points.flatMap((point) => (typeof point.value === 'number' ? [point.value] : []));
  if (known.length === 0) return '';
  const low = Math.min(...known);
  const high = Math.max(...known);
  const span = high - low || 1;
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  let path = '';
  let pen = false;
  points.forEach((point, index) => {
    if (typeof point.value !== 'number') {
      pen = false;
      return;
    }
    const x = PAD + index * step;
    const y = HEIGHT - PAD - ((point.value - low) / span) * (HEIGHT - 2 * PAD);
    path += `${pen ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)} `;
    pen = true;
  });
  return path.trim();
}

export function TrendChart({ title, points }: { title: string; points: readonly TrendPoint[] }) {
  const path = segments(points);
  return (
    <div class="beacon-trend">
      <svg
        class="beacon-trend__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        aria-hidden="true"
        focusable="false"
      >
        <path d={path} fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        {points.length > 1 ? `${points[0]?.label} to ${points.at(-1)?.label}` : points[0]?.label}
      </p>
      <details class="govuk-details govuk-!-margin-bottom-2">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">The trend as a table</span>
        </summary>
        <div class="govuk-details__text">
          <Table columns={[{ title: 'Period' }, { title: 'Figure', numeric: true }]} caption={title}>
            {points.map((point) => (
              <Row key={point.label}>
                <RowHeader>{point.label}</RowHeader>
                <Cell numeric>{point.text}</Cell>
              </Row>
            ))}
          </Table>
        </div>
      </details>
    </div>
  );
}

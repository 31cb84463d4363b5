// "How <council> compares", on the council's overview: each indicator's latest figure with its period, the change
// since the period before (arrow and words, better or worse by the indicator's polarity), the neighbours' average,
// the region, England and the rank, with a small trend chart and its table. One GraphQL request (≤ 3 DynamoDB reads).
import { useQuery } from '@urql/preact';
import { SummaryList, SummaryRow } from '../../components/govuk/summary-list.js';
import { ErrorOf, Loading } from '../../components/query-state.js';
import { TrendChart } from '../../components/trend-chart.js';
import { formatDate } from '../../format.js';
import type { LocalAuthorityComparesQuery } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { changeWords, figureText, rankWords } from './figures.js';

const ComparesQuery = graphql(`
  query LocalAuthorityCompares($code: ID!) {
    localAuthority(code: $code) {
      code name
      statisticalNeighbours { rank localAuthority { code name } }
      indicators {
        indicator { id label description topic unit decimals polarity source { file asAt } }
        latest { period { label } value status }
        previous { period { label } value status }
        change
        series { period { label } value status }
        england { figure { value status } }
        region { name figure { value status } }
        neighbourAverage neighbourAverageOf
        rank { rank outOf }
      }
    }
  }
`);

type Item = NonNullable<LocalAuthorityComparesQuery['localAuthority']>['indicators'][number];

/** Items grouped by topic, in the catalogue's order. */
export function byTopic<T extends { indicator: { topic: string } }>(items: readonly T[]): [string, T[]][] {
  const topics = new Map<string, T[]>();
  for (const item of items) topics.set(item.indicator.topic, [...(topics.get(item.indicator.topic) ?? []), item]);
  return [...topics];
}

/** "EHC plans" → "topic-ehc-plans", an in-page address. */
const topicId = (topic: string) => `topic-${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function IndicatorCard({ item, name }: { item: Item; name: string }) {
  const { indicator, latest } = item;
  const period = latest?.period.label;
  const change = changeWords(item.change, indicator, item.previous?.period.label);
  const average = item.neighbourAverage;
  return (
    <div class="govuk-summary-card beacon-indicator" data-testid={`indicator-${indicator.id}`}>
      <div class="govuk-summary-card__title-wrapper">
        <h4 class="govuk-summary-card__title">
          {indicator.label}
          {period ? <span class="govuk-caption-m govuk-!-margin-top-1">{period}</span> : null}
        </h4>
      </div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body-s govuk-!-margin-bottom-2">{indicator.description}</p>
        <SummaryList>
          <SummaryRow name={name} testId="latest">
            <strong>{figureText(latest, indicator)}</strong>
            {latest ? null : ' (no figure for any period)'}
          </SummaryRow>
          <SummaryRow name="Change" testId="change">
            {change ? (
              <span class={`beacon-change beacon-change--${change.judgement}`}>
                <span aria-hidden="true">{change.arrow} </span>
                {change.text}
              </span>
            ) : (
              'Not known (a figure is missing)'
            )}
          </SummaryRow>
          <SummaryRow name="Neighbours' average" testId="neighbour-average">
            {average === null || average === undefined
              ? 'No neighbour has a figure'
              : `${figureText({ value: average, status: 'PUBLISHED' }, indicator)} ` +
                `(mean of ${item.neighbourAverageOf} ${item.neighbourAverageOf === 1 ? 'neighbour' : 'neighbours'})`}
          </SummaryRow>
          <SummaryRow name={item.region?.name ?? 'Region'}>{figureText(item.region?.figure, indicator)}</SummaryRow>
          <SummaryRow name="England">{figureText(item.england?.figure, indicator)}</SummaryRow>
          <SummaryRow name="Rank among councils" testId="rank">
            {rankWords(item.rank, indicator)}
          </SummaryRow>
        </SummaryList>
        <TrendChart
          title={`${name}: ${indicator.label}`}
          points={item.series.map((figure) => ({
            label: figure.period.label,
            value: figure.value,
            text: figureText(figure, indicator),
          }))}
        />
      </div>
    </div>
  );
}

export function ComparesSection({ code }: { code: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ComparesQuery, variables: { code } });
  if (fetching && !data) return <Loading />;
  const localAuthority = data?.localAuthority;
  if (!localAuthority) return <ErrorOf error={error} />;
  const { name, indicators, statisticalNeighbours } = localAuthority;
  const sources = new Map(
    indicators.flatMap(({ indicator }) => (indicator.source ? [[indicator.source.file, indicator.source.asAt]] : [])),
  );
  return (
    <section aria-labelledby="compares-title" data-testid="compares">
      <h2 class="govuk-heading-l" id="compares-title">
        How {name} compares
      </h2>
      {indicators.length === 0 ? (
        <p class="govuk-body">Beacon holds no inclusion indicators yet: the DfE's files have not been imported.</p>
      ) : (
        <>
          <p class="govuk-body">
            Each figure is for the period named beside it.{' '}
            {statisticalNeighbours.length > 0
              ? `${name}'s statistical neighbours (DfE model, closest first): ` +
                `${statisticalNeighbours.map((neighbour) => neighbour.localAuthority.name).join(', ')}.`
              : ''}
          </p>
          <p class="govuk-body beacon-no-print">
            <a class="govuk-link" href={`/councils/${code}/compare`} data-testid="compare-link">
              {name} beside its neighbours, indicator by indicator
            </a>
          </p>
          <p class="govuk-body-s" data-testid="indicator-sources">
            From the DfE: {[...sources].map(([file, asAt]) => `${file} (as at ${formatDate(asAt)})`).join('; ')}. Open
            Government Licence v3.0.
          </p>
          <nav class="beacon-no-print" aria-label="Topics of the indicators">
            <ul class="govuk-list beacon-topic-links">
              {byTopic(indicators).map(([topic]) => (
                <li key={topic}>
                  <a class="govuk-link" href={`#${topicId(topic)}`}>
                    {topic}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {byTopic(indicators).map(([topic, items]) => (
            <section key={topic} aria-labelledby={topicId(topic)}>
              <h3 class="govuk-heading-m" id={topicId(topic)}>
                {topic}
              </h3>
              <div class="beacon-indicators">
                {items.map((item) => (
                  <IndicatorCard key={item.indicator.id} item={item} name={name} />
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

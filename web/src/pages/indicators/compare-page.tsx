// `/councils/:code/compare?with=…&topic=…`: the council beside its statistical neighbours (or the councils chosen),
// indicator by indicator, one table per topic with England last; councils added by search and removed by button,
// the choice in the address so a link reproduces the view.
import { useQuery } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { Breadcrumbs, ENGLAND } from '../../components/govuk/breadcrumbs.js';
import { Cell, Row, RowHeader, Table } from '../../components/govuk/table.js';
import { usePageTitle } from '../../components/page-title.js';
import { ErrorOf, Loading } from '../../components/query-state.js';
import type { CompareLocalAuthoritiesQuery } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { AddLocalAuthority } from './add-local-authority.js';
import { compareAddress, withOf } from './compare-state.js';
import { byTopic } from './compares-section.js';
import { figureText } from './figures.js';

const CompareQuery = graphql(`
  query CompareLocalAuthorities($codes: [ID!], $neighboursOf: ID) {
    compareLocalAuthorities(codes: $codes, neighboursOf: $neighboursOf) {
      localAuthorities { code name }
      rows {
        indicator { id label topic unit decimals polarity }
        period { label }
        figures { code figure { value status } }
        england { figure { value status } }
      }
    }
  }
`);

type Comparison = CompareLocalAuthoritiesQuery['compareLocalAuthorities'];
type ComparisonRow = Comparison['rows'][number];

const UNIT_WORDS = { PERCENT: '%', RATE_PER_100: 'per 100 pupils', COUNT: 'number' } as const;

function TopicTable({
  topic,
  rows,
  comparison,
  code,
  onRemove,
}: {
  topic: string;
  rows: readonly ComparisonRow[];
  comparison: Comparison;
  code: string;
  onRemove: (code: string) => void;
}) {
  // One period for the whole topic is said once, in the caption; otherwise each column says its own.
  const periods = new Set(rows.map((row) => row.period?.label ?? 'no period'));
  const shared = periods.size === 1 ? [...periods][0] : undefined;
  const columns = [
    { title: 'Council' },
    ...rows.map((row) => ({
      title: `${row.indicator.label} (${UNIT_WORDS[row.indicator.unit]}${shared ? '' : `, ${row.period?.label}`})`,
      numeric: true,
    })),
  ];
  return (
    <section class="beacon-compare" aria-label={topic} data-testid={`topic-${topic}`}>
      <h2 class="govuk-heading-m">{topic}</h2>
      <Table
        columns={columns}
        caption={shared ? `${topic}: ${shared}` : `${topic}: each figure is for the period in its column's heading`}
        scroll
      >
        {comparison.localAuthorities.map((localAuthority, index) => (
          <Row
            key={localAuthority.code}
            data-code={localAuthority.code}
            class={`govuk-table__row${index === 0 ? ' beacon-own' : ''}`}
          >
            <RowHeader>
              <a class="govuk-link" href={`/councils/${localAuthority.code}`}>
                {localAuthority.name}
              </a>
              {localAuthority.code === code ? null : (
                <button
                  type="button"
                  class="beacon-link-button beacon-remove beacon-no-print"
                  onClick={() => onRemove(localAuthority.code)}
                >
                  Remove<span class="govuk-visually-hidden"> {localAuthority.name}</span>
                </button>
              )}
            </RowHeader>
            {rows.map((row) => (
              <Cell numeric key={row.indicator.id}>
                {figureText(
                  row.figures.find((figure) => figure.code === localAuthority.code)?.figure,
                  row.indicator,
                  true,
                )}
              </Cell>
            ))}
          </Row>
        ))}
        <Row data-code="england" class="govuk-table__row beacon-england">
          <RowHeader>England</RowHeader>
          {rows.map((row) => (
            <Cell numeric key={row.indicator.id}>
              {figureText(row.england?.figure, row.indicator, true)}
            </Cell>
          ))}
        </Row>
      </Table>
    </section>
  );
}

export function ComparePage() {
  const { params } = useRoute();
  const { query, route } = useLocation();
  const code = params.code ?? '';
  const chosen = withOf(query, code);
  const topic = query.topic || undefined;
  const variables = chosen === null ? { neighboursOf: code } : { codes: [code, ...chosen] };
  const [{ data, fetching, error }] = useQuery({ query: CompareQuery, variables });
  const comparison = data?.compareLocalAuthorities;
  const own = comparison?.localAuthorities[0];
  usePageTitle(own?.name, 'compared with other councils');
  const others = (comparison?.localAuthorities ?? []).slice(1).map((localAuthority) => localAuthority.code);
  const go = (next: readonly string[]) => route(compareAddress(code, next, topic));
  const topics = byTopic(comparison?.rows ?? []);
  const shownTopics = topic ? topics.filter(([name]) => name === topic) : topics;
  const topicHref = (name?: string) => {
    const search = new URLSearchParams(query);
    if (name) search.set('topic', name);
    else search.delete('topic');
    return `/councils/${code}/compare${search.size > 0 ? `?${search.toString().replace(/%2C/g, ',')}` : ''}`;
  };
  return (
    <>
      <Breadcrumbs crumbs={[ENGLAND, { href: `/councils/${code}`, text: own?.name ?? `Council ${code}` }]} />
      <h1 class="govuk-heading-xl">{own ? `${own.name} beside other councils` : 'Councils side by side'}</h1>
      {fetching && !data ? <Loading /> : null}
      <ErrorOf error={error} />
      {comparison && own ? (
        <>
          <p class="govuk-body" data-testid="compare-intro">
            {chosen !== null
              ? `${own.name} and ${others.length} ${others.length === 1 ? 'council' : 'councils'} chosen.`
              : others.length > 0
                ? `${own.name} and its ${others.length} statistical neighbours (DfE model, closest first).`
                : `The DfE's statistical neighbour model names no neighbours for ${own.name}: add councils below.`}{' '}
            Figures from the DfE (Open Government Licence v3.0); each table's caption or column says the period its
            figures are for.
          </p>
          <p class="govuk-body beacon-no-print">
            {chosen === null ? null : (
              <a class="govuk-link" href={`/councils/${code}/compare`}>
                Back to {own.name}'s statistical neighbours
              </a>
            )}
          </p>
          <AddLocalAuthority
            shown={comparison.localAuthorities.map((localAuthority) => localAuthority.code)}
            onAdd={(localAuthority) => go([...others, localAuthority.code])}
          />
          <nav class="beacon-no-print" aria-label="Topics">
            <ul class="govuk-list beacon-topic-links">
              {[undefined, ...topics.map(([name]) => name)].map((name) => (
                <li key={name ?? 'all'}>
                  <a class="govuk-link" href={topicHref(name)} aria-current={topic === name ? 'page' : undefined}>
                    {name ?? 'All topics'}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {shownTopics.length === 0 ? <p class="govuk-body">No indicators in the topic “{topic}”.</p> : null}
          {shownTopics.map(([name, rows]) => (
            <TopicTable
              key={name}
              topic={name}
              rows={rows}
              comparison={comparison}
              code={code}
              onRemove={(removed) => go(others.filter((other) => other !== removed))}
            />
          ))}
          <p class="govuk-body beacon-no-print">
            <button class="govuk-button govuk-button--secondary" type="button" onClick={() => window.print()}>
              Print this comparison
            </button>
          </p>
        </>
      ) : null}
    </>
  );
}

// The trust's academies side by side: Ofsted's key judgements (or report-card evaluations) and the previous graded
// outcome beside the award and census, every column sortable in the page (GOV.UK sortable table: a button in each
// header, aria-sort on the sorted one). A trust has at most a hundred or so academies, so sorting here is instant.
// The comparison's rows come in a request of their own: with the page's 100 schools they would ask for more values
// than the API answers in one request.
import { useQuery } from '@urql/preact';
import { Fragment, type VNode } from 'preact';
import { useLocation } from 'preact-iso';
import {
  censusColumnLabels,
  legacyGradeLabels,
  legacyJudgementAreaLabels,
  reportCardAreaLabels,
  reportCardGradeLabels,
} from '../../../functions/core/labels.js';
import {
  LEGACY_GRADES,
  type LegacyJudgementArea,
  REPORT_CARD_AREAS,
  REPORT_CARD_GRADES,
  type ReportCardArea,
} from '../../../functions/core/vocabulary.js';
import { censusPercent } from '../components/census.js';
import { Cell, type Column, Row, type SortState, Table } from '../components/govuk/table.js';
import { PreviousOutcome } from '../components/outcomes.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { Award, Outcome, SchoolHeader } from '../components/schools-table.js';
import { formatDate } from '../format.js';
import type { TrustComparisonQuery, TrustQuery } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';

const ComparisonQuery = graphql(`
  query TrustComparison($uid: ID!) {
    trust(uid: $uid) {
      uid
      comparison { rows { school { urn } activePartnerCount judgements { area grade } evaluations { area grade }
        previousGradedInspectionOn previousOverallEffectiveness previousInclusionGrade
        census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }
    }
  }
`);

type School = NonNullable<TrustQuery['trust']>['schools']['edges'][number]['node'];
type Compared = NonNullable<TrustComparisonQuery['trust']>['comparison']['rows'][number];
export interface Academy {
  school: School;
  compared: Compared | undefined;
}

type Key = string | number | undefined;

interface SortableColumn extends Column {
  /** What the column sorts by; a row without it goes last whichever way. */
  key?: (academy: Academy) => Key;
  cell: (academy: Academy) => VNode;
}

/** A grade's strength (Inadequate 1 to Outstanding 4; Urgent improvement 1 to Exceptional 5): weakest is lowest. */
const strength = (scale: readonly string[], grade: string | undefined) =>
  grade === undefined ? undefined : scale.length - scale.indexOf(grade);

const KEY_JUDGEMENTS: readonly LegacyJudgementArea[] = [
  'QUALITY_OF_EDUCATION',
  'BEHAVIOUR_AND_ATTITUDES',
  'PERSONAL_DEVELOPMENT',
  'LEADERSHIP_AND_MANAGEMENT',
];

function judgementColumn(area: LegacyJudgementArea): SortableColumn {
  const grade = ({ compared }: Academy) => compared?.judgements.find((judgement) => judgement.area === area)?.grade;
  return {
    title: legacyJudgementAreaLabels[area],
    key: (academy) => strength(LEGACY_GRADES, grade(academy)),
    cell: (academy) => {
      const found = grade(academy);
      return <Cell>{found ? legacyGradeLabels[found] : ''}</Cell>;
    },
  };
}

function evaluationColumn(area: ReportCardArea): SortableColumn {
  const grade = ({ compared }: Academy) => compared?.evaluations.find((evaluation) => evaluation.area === area)?.grade;
  return {
    title: `${reportCardAreaLabels[area]} (report card)`,
    key: (academy) => strength(REPORT_CARD_GRADES, grade(academy)),
    cell: (academy) => {
      const found = grade(academy);
      return <Cell>{found ? reportCardGradeLabels[found] : ''}</Cell>;
    },
  };
}

// The test ids the census cells carry wherever they show (components/census.tsx).
const CENSUS_TEST_IDS = {
  senSupportPercent: 'sen-support-percent',
  ehcPlanPercent: 'ehc-plan-percent',
  fsmPercent: 'fsm-percent',
} as const;

function censusColumn(field: keyof typeof censusColumnLabels): SortableColumn {
  const value = ({ compared }: Academy) => compared?.census?.[field] ?? undefined;
  return {
    title: censusColumnLabels[field],
    numeric: true,
    key: value,
    cell: (academy) => (
      <Cell numeric testId={CENSUS_TEST_IDS[field]}>
        {academy.compared?.census ? censusPercent(value(academy)) : 'No figures'}
      </Cell>
    ),
  };
}

/** The columns: early years, sixth form and report-card areas only when an academy has them. */
function columnsFor(academies: readonly Academy[]): SortableColumn[] {
  const status = (academy: Academy) => academy.school.inclusionStatus;
  const judged = new Set(academies.flatMap(({ compared }) => compared?.judgements.map(({ area }) => area) ?? []));
  const evaluated = new Set(academies.flatMap(({ compared }) => compared?.evaluations.map(({ area }) => area) ?? []));
  return [
    {
      title: 'Academy',
      key: ({ school }) => school.name.toLowerCase(),
      cell: ({ school }) => (
        <SchoolHeader school={school}>
          {school.localAuthority.name}, URN {school.urn}
        </SchoolHeader>
      ),
    },
    {
      title: 'Joined',
      key: ({ school }) => school.trustJoinedOn ?? undefined,
      cell: (a) => <Cell>{formatDate(a.school.trustJoinedOn)}</Cell>,
    },
    {
      title: 'IQM award',
      cell: (academy) => (
        <Cell>
          <Award status={status(academy)} none="None" />
        </Cell>
      ),
    },
    {
      title: 'Next due',
      key: (academy) => status(academy).nextDueOn ?? undefined,
      cell: (a) => <Cell>{formatDate(status(a).nextDueOn)}</Cell>,
    },
    {
      title: 'Ofsted',
      key: (academy) => status(academy).gradedInspectionOn ?? undefined,
      cell: (academy) => (
        <Cell>
          <Outcome status={status(academy)} />
        </Cell>
      ),
    },
    ...KEY_JUDGEMENTS.map(judgementColumn),
    ...(['EARLY_YEARS', 'SIXTH_FORM'] as const).filter((area) => judged.has(area)).map(judgementColumn),
    ...REPORT_CARD_AREAS.filter((area) => evaluated.has(area)).map(evaluationColumn),
    {
      title: 'Previous graded outcome',
      key: ({ compared }) => compared?.previousGradedInspectionOn ?? undefined,
      cell: ({ compared }) => (
        <Cell>
          <PreviousOutcome
            on={compared?.previousGradedInspectionOn}
            legacy={compared?.previousOverallEffectiveness}
            inclusion={compared?.previousInclusionGrade}
          />
        </Cell>
      ),
    },
    {
      title: 'Partners',
      numeric: true,
      key: ({ compared }) => compared?.activePartnerCount ?? 0,
      cell: ({ compared }) => <Cell numeric>{compared?.activePartnerCount ?? 0}</Cell>,
    },
    censusColumn('senSupportPercent'),
    censusColumn('ehcPlanPercent'),
    censusColumn('fsmPercent'),
  ];
}

/** Rows in the column's order; rows without a value last, in the name order they came in. */
export function sortAcademies(academies: readonly Academy[], key: (academy: Academy) => Key, ascending: boolean) {
  const keyed = academies.map((academy, index) => ({ academy, index, key: key(academy) }));
  return keyed
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) {
        return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
      }
      const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (ascending ? order : -order) || a.index - b.index;
    })
    .map(({ academy }) => academy);
}

const ORDER_WORDS: Record<'ascending' | 'descending', string> = {
  ascending: 'lowest or weakest first',
  descending: 'highest or strongest first',
};

export function TrustComparison({
  uid,
  schools,
  caption,
}: {
  uid: string;
  schools: readonly School[];
  caption: string;
}) {
  // The order lives in the address (?sort=Quality of education&order=ascending): a link or Back keeps it.
  const { path, query, route } = useLocation();
  const sort = query.sort
    ? ({ title: query.sort, state: query.order === 'descending' ? 'descending' : 'ascending' } as const)
    : null;
  const setSort = ({ title, state }: { title: string; state: 'ascending' | 'descending' }) =>
    route(`${path}?${new URLSearchParams({ ...query, sort: title, order: state })}`);
  const [{ data, fetching, error }] = useQuery({ query: ComparisonQuery, variables: { uid } });
  if (fetching && !data) return <Loading />;
  if (error || !data?.trust) return <ErrorOf error={error} />;
  const compared = new Map(data.trust.comparison.rows.map((row) => [row.school.urn, row]));
  const academies = schools.map((school) => ({ school, compared: compared.get(school.urn) }));
  const columns = columnsFor(academies);
  const sortedColumn = columns.find((column) => column.title === sort?.title && column.key);
  const rows =
    sort && sortedColumn?.key ? sortAcademies(academies, sortedColumn.key, sort.state === 'ascending') : academies;
  const headers: Column[] = columns.map(({ title, numeric, key }) => {
    const state: SortState = sort?.title === title ? sort.state : 'none';
    const next = state === 'ascending' ? 'descending' : 'ascending';
    return key
      ? { title, numeric, sort: { state, onSort: () => setSort({ title, state: next }) } }
      : { title, numeric };
  });
  const sortedBy = sort && sortedColumn ? `; sorted by ${sort.title}, ${ORDER_WORDS[sort.state]}` : '';
  return (
    <Table columns={headers} caption={`${caption}${sortedBy}`} testId="academies" scroll>
      {rows.map((academy) => (
        <Row key={academy.school.urn} data-urn={academy.school.urn}>
          {columns.map((column) => (
            <Fragment key={column.title}>{column.cell(academy)}</Fragment>
          ))}
        </Row>
      ))}
    </Table>
  );
}

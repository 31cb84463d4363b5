// `/reminders`: what falls due for the viewer's scope, acknowledging a reminder once it has been seen, and the way to
// add contacts where a reminder reached nobody.
import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { awardLevelLabels, dueKindLabels, reminderStatusLabels } from '../../../functions/core/labels.js';
import { useViewer, type Viewer } from '../auth.js';
import { type Problem, ProblemSummary } from '../components/govuk/form-parts.js';
import { NotificationBanner } from '../components/govuk/notification-banner.js';
import { Cell, Row, Table } from '../components/govuk/table.js';
import { StatusTag, Tag } from '../components/govuk/tag.js';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { formatDate } from '../format.js';
import type { ReminderFilter } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { useLocalAuthorityChoice } from './recording/local-authority-choice.js';
import { mayRecord } from './recording/may-record.js';
import { problemsOf } from './recording/server-problems.js';
import { CHANGED } from './recording/use-recording.js';

const RemindersQuery = graphql(`
  query Reminders($filter: ReminderFilter!) {
    reminders(filter: $filter, first: 50) {
      edges {
        node {
          id level dueKind dueOn daysBefore status awardStatus plannedOn acknowledgedAt acknowledgedBy
          school { urn name localAuthority { code } trust { uid } }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`);

const Acknowledge = graphql(`
  mutation AcknowledgeReminder($id: ID!) {
    acknowledgeReminder(id: $id) { id acknowledgedAt acknowledgedBy }
  }
`);

const COLUMNS = [
  { title: 'School' },
  { title: 'What is due' },
  { title: 'Award status' },
  { title: 'Delivery' },
  { title: 'Seen' },
];

/** The viewer's own scope as a reminder filter; null for a viewer of all England, who picks a council. */
function filterFor(scope: string): ReminderFilter | null {
  const [kind, id] = scope.split(':');
  if (kind === 'la' && id) return { laCode: id };
  if (kind === 'trust' && id) return { trustUid: id };
  if (kind === 'school' && id) return { urn: id };
  return null;
}

type School = { urn: string; localAuthority: { code: string } | null; trust: { uid: string } | null };

/** Where a reminder that reached nobody gets its contacts: the viewer's own council or trust, else the school. */
function addContactsHref(viewer: Viewer, school: School): string | null {
  const target = { urn: school.urn, laCode: school.localAuthority?.code, trustUid: school.trust?.uid };
  if (!mayRecord(viewer, 'Mutation.addContact', target)) return null;
  const [kind, id = ''] = viewer.scope.split(':');
  const [name, value] = kind === 'la' ? ['laCode', id] : kind === 'trust' ? ['trustUid', id] : ['urn', school.urn];
  return `/contacts/new?${new URLSearchParams({ [name]: value, from: 'reminders' })}`;
}

export function RemindersPage() {
  const viewer = useViewer();
  usePageTitle('Reminders');
  const { query } = useLocation();
  // Before a council could be typed by name, the form sent laCode: such addresses still work.
  const choice = useLocalAuthorityChoice(query.la ?? query.laCode ?? '');
  const own = viewer ? filterFor(viewer.scope) : null;
  const filter = own ?? (choice.code ? { laCode: choice.code } : null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RemindersQuery,
    variables: { filter: filter ?? {} },
    pause: !filter,
  });
  const [acknowledging, acknowledge] = useMutation(Acknowledge);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [seen, setSeen] = useState<string | null>(null);
  const markSeen = async (id: string, school: string) => {
    setSeen(null);
    const result = await acknowledge({ id }, CHANGED);
    setProblems(result.error ? problemsOf(result.error, {}).problems : []);
    if (!result.error) setSeen(school);
    refetch({ requestPolicy: 'network-only' });
  };
  if (!viewer) {
    return (
      <>
        <h1 class="govuk-heading-xl">Reminders</h1>
        <p class="govuk-body">
          Reminders are for the people who receive them. <a href="/sign-in?next=/reminders">Sign in</a> to see what
          falls due for your council, trust or school.
        </p>
      </>
    );
  }
  return (
    <>
      <ProblemSummary problems={problems} />
      {own ? null : choice.summary}
      <h1 class="govuk-heading-xl">Reminders</h1>
      {seen ? (
        <NotificationBanner id="seen-title" title="Success" testId="seen">
          <p class="govuk-notification-banner__heading">The reminder for {seen} is marked as seen.</p>
        </NotificationBanner>
      ) : null}
      {own ? null : choice.form}
      {fetching && !data ? <Loading /> : null}
      <ErrorOf error={error} />
      {data?.reminders ? (
        data.reminders.edges.length === 0 ? (
          <p class="govuk-body">No reminders yet for this scope.</p>
        ) : (
          <Table columns={COLUMNS} testId="reminders">
            {data.reminders.edges.map(({ node }) => (
              <Row key={node.id}>
                <Cell>{node.school ? <a href={`/schools/${node.school.urn}`}>{node.school.name}</a> : 'A school'}</Cell>
                <Cell>
                  {awardLevelLabels[node.level]}: {dueKindLabels[node.dueKind].toLowerCase()} due{' '}
                  {formatDate(node.dueOn)}
                  <span class="govuk-body-s govuk-!-display-block">Reminder made {formatDate(node.plannedOn)}</span>
                </Cell>
                <Cell>
                  <StatusTag status={node.awardStatus} />
                </Cell>
                <Cell testId="delivery">
                  {node.status === 'NO_RECIPIENTS' ? (
                    <Tag colour="red">No recipients</Tag>
                  ) : (
                    reminderStatusLabels[node.status]
                  )}
                  {node.status === 'NO_RECIPIENTS' && node.school && addContactsHref(viewer, node.school) ? (
                    <a
                      class="govuk-!-display-block govuk-!-margin-top-1"
                      href={addContactsHref(viewer, node.school) ?? ''}
                    >
                      Add contacts<span class="govuk-visually-hidden"> for {node.school.name}</span>
                    </a>
                  ) : null}
                </Cell>
                <Cell>
                  {/* Who saw it by role and organisation, e.g. council officer (la:340): never an address. */}
                  {node.acknowledgedAt ? (
                    `Seen ${formatDate(node.acknowledgedAt)}` +
                    (node.acknowledgedBy ? ` by ${node.acknowledgedBy}` : '')
                  ) : (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      disabled={acknowledging.fetching}
                      onClick={() => markSeen(node.id, node.school?.name ?? 'the school')}
                    >
                      Mark as seen<span class="govuk-visually-hidden"> for {node.school?.name ?? 'the school'}</span>
                    </button>
                  )}
                </Cell>
              </Row>
            ))}
          </Table>
        )
      ) : null}
    </>
  );
}

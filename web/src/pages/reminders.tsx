// `/reminders`: what falls due for the viewer's scope, and acknowledging a reminder once it has been seen.
import { useMutation, useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { awardLevelLabels, dueKindLabels, reminderStatusLabels } from '../../../functions/core/labels.js';
import { useViewer } from '../auth.js';
import { Field, Input } from '../components/govuk/field.js';
import { Cell, Row, Table } from '../components/govuk/table.js';
import { StatusTag, Tag } from '../components/govuk/tag.js';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { formatDate } from '../format.js';
import type { ReminderFilter } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';

const RemindersQuery = graphql(`
  query Reminders($filter: ReminderFilter!) {
    reminders(filter: $filter, first: 50) {
      edges {
        node {
          id level dueKind dueOn daysBefore status awardStatus plannedOn acknowledgedAt acknowledgedBy
          school { urn name }
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

/** The viewer's own scope as a reminder filter; an admin picks a council. */
function filterFor(scope: string, query: Record<string, string>): ReminderFilter | null {
  const [kind, id] = scope.split(':');
  if (kind === 'la' && id) return { laCode: id };
  if (kind === 'trust' && id) return { trustUid: id };
  if (kind === 'school' && id) return { urn: id };
  return query.laCode ? { laCode: query.laCode } : null;
}

export function RemindersPage() {
  const viewer = useViewer();
  usePageTitle('Reminders');
  const { query } = useLocation();
  const filter = viewer ? filterFor(viewer.scope, query) : null;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RemindersQuery,
    variables: { filter: filter ?? {} },
    pause: !filter,
  });
  const [acknowledging, acknowledge] = useMutation(Acknowledge);
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
      <h1 class="govuk-heading-xl">Reminders</h1>
      {!filter ? (
        <form method="get" action="/reminders" class="beacon-filters">
          <Field id="reminders-council" label="Council (LA code), for example 340">
            <Input width={5} id="reminders-council" name="laCode" inputMode="numeric" />
          </Field>
          <button class="govuk-button" type="submit">
            Show reminders
          </button>
        </form>
      ) : null}
      {fetching && !data ? <Loading /> : null}
      <ErrorOf error={error ?? acknowledging.error} />
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
                    <Tag colour="red">No recipients: add contacts</Tag>
                  ) : (
                    reminderStatusLabels[node.status]
                  )}
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
                      onClick={async () => {
                        await acknowledge({ id: node.id });
                        refetch({ requestPolicy: 'network-only' });
                      }}
                    >
                      Mark as seen
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

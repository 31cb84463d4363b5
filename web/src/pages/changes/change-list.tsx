// A page of a change feed, newest first: the day, the kind in words, the school, what changed (from → to) and, in
// small print, where Beacon learned it.
import { changeKindLabels } from '../../../../functions/core/labels.js';
import { formatDate } from '../../format.js';
import type { ChangeRowFragment } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';

export const ChangeRow = graphql(`
  fragment ChangeRow on ChangeEvent {
    id kind happenedOn recordedAt summary from to schoolName public
    school { urn name }
    relatedSchool { urn name }
    source { name file asAt actor }
  }
`);

function Source({ change }: { change: ChangeRowFragment }) {
  const { source } = change;
  const learned = `Beacon learned it on ${formatDate(change.recordedAt)}`;
  if (source.file) {
    return (
      <>
        From {source.file}
        {source.asAt ? `, as at ${formatDate(source.asAt)}` : ''}. {learned}.
      </>
    );
  }
  return (
    <>
      Recorded in Beacon ({source.name}){source.actor ? ` by ${source.actor}` : ''}. {learned}.
    </>
  );
}

/** from → to when there are both and the summary does not already say them (a one-sided change's summary does). */
function FromTo({ change }: { change: ChangeRowFragment }) {
  const { from, to } = change;
  const summary = change.summary.toLowerCase();
  if (!from || !to || (summary.includes(from.toLowerCase()) && summary.includes(to.toLowerCase()))) return null;
  return (
    <p class="govuk-body govuk-!-margin-bottom-1">
      {from} → {to}
    </p>
  );
}

export function ChangeList({ changes, showSchool }: { changes: readonly ChangeRowFragment[]; showSchool: boolean }) {
  return (
    <ol class="beacon-changes" data-testid="changes">
      {changes.map((change) => (
        <li class="beacon-change" key={change.id} data-id={change.id} data-kind={change.kind}>
          <p class="govuk-body govuk-!-margin-bottom-1">
            <time class="govuk-!-font-weight-bold" dateTime={change.happenedOn}>
              {formatDate(change.happenedOn)}
            </time>{' '}
            <strong class="govuk-tag govuk-tag--grey beacon-change__kind">{changeKindLabels[change.kind]}</strong>
            {change.public ? null : (
              <strong class="govuk-tag govuk-tag--yellow govuk-!-margin-left-1 beacon-change__kind">
                Only within your scope
              </strong>
            )}
          </p>
          {showSchool && (change.school || change.schoolName) ? (
            <p class="govuk-body govuk-!-margin-bottom-1">
              {change.school ? (
                <a class="govuk-link" href={`/schools/${change.school.urn}`}>
                  {change.schoolName ?? change.school.name}
                </a>
              ) : (
                change.schoolName
              )}
            </p>
          ) : null}
          <p class="govuk-body govuk-!-margin-bottom-1">{change.summary}</p>
          <FromTo change={change} />
          {change.relatedSchool ? (
            <p class="govuk-body govuk-!-margin-bottom-1">
              See also <a href={`/schools/${change.relatedSchool.urn}`}>{change.relatedSchool.name}</a> (URN{' '}
              {change.relatedSchool.urn})
            </p>
          ) : null}
          <p class="govuk-body-s beacon-change__source">
            <Source change={change} />
          </p>
        </li>
      ))}
    </ol>
  );
}

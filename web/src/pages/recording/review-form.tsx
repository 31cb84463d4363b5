// `/schools/:urn/awards/:awardId/review`: an assessor records a Centre of Excellence's or Flagship's annual review.
// The award's version goes with it: if someone changed the award meanwhile, the API answers CONFLICT and the page
// shows the award as it now stands. One review per cycle is the API's rule; its refusal is shown in plain words.
import { useMutation } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { awardLevelLabels, dueKindLabels, labelOf } from '../../../../functions/core/labels.js';
import { useViewer } from '../../auth.js';
import { formatDate } from '../../format.js';
import { graphql } from '../../generated/index.js';
import {
  accept,
  CHANGED,
  DateInput,
  Done,
  dateFrom,
  describedBy,
  FormGroup,
  FormPage,
  mayRecord,
  type Problem,
  problemFor,
  refuse,
  SendButton,
  schoolTarget,
  textOf,
  useNotOffered,
  useRecording,
  useRecordingSchool,
} from './kit.js';
import type { RecordingSchool } from './recording-school.js';

const RecordReview = graphql(`
  mutation RecordAnnualReview($input: RecordAnnualReviewInput!) {
    recordAnnualReview(input: $input) { id version nextDueOn nextDueKind reviews { reviewedOn } }
  }
`);

const FIELDS = {
  reviewedOn: { id: 'reviewedOn-day', name: 'the date of the review' },
  assessor: { id: 'assessor', name: 'the assessor’s name' },
  summary: { id: 'summary', name: 'the progress update' },
};

type Award = RecordingSchool['awards'][number];

function AwardNow({ award }: { award: Award }) {
  const last = award.reviews[0];
  return (
    <dl class="govuk-summary-list" data-testid="award-now">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Award</dt>
        <dd class="govuk-summary-list__value">
          {awardLevelLabels[award.level]}, awarded {formatDate(award.awardedOn)}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Last annual review</dt>
        <dd class="govuk-summary-list__value" data-testid="last-review">
          {last ? `${formatDate(last.reviewedOn)}${last.assessor ? `, ${last.assessor}` : ''}` : 'None yet'}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Next due</dt>
        <dd class="govuk-summary-list__value">
          {award.nextDueOn
            ? `${labelOf(dueKindLabels, award.nextDueKind)} by ${formatDate(award.nextDueOn)}`
            : 'Nothing falls due'}
        </dd>
      </div>
    </dl>
  );
}

export function ReviewFormPage() {
  const { params } = useRoute();
  const urn = params.urn ?? '';
  const viewer = useViewer();
  const { school, loading, error, refresh } = useRecordingSchool(urn);
  const award = school?.awards.find((item) => item.id === params.awardId);
  const [, record] = useMutation(RecordReview);
  const form = useRecording({
    fields: FIELDS,
    onConflict: refresh,
    read: (data) => {
      const reviewed = dateFrom(data, 'reviewedOn', 'the date of the review');
      const assessor = textOf(data, 'assessor');
      const summary = textOf(data, 'summary');
      const problems: Problem[] = [];
      if ('problem' in reviewed) problems.push({ field: FIELDS.reviewedOn.id, text: reviewed.problem });
      if (!assessor) problems.push({ field: FIELDS.assessor.id, text: 'Enter the assessor’s name' });
      if (!summary) problems.push({ field: FIELDS.summary.id, text: 'Enter the progress update' });
      if ('problem' in reviewed || !assessor || !summary || !award) return refuse(problems);
      return accept({
        awardId: award.id,
        reviewedOn: reviewed.date,
        assessor,
        summary,
        expectedVersion: award.version,
      });
    },
    send: (input) => record({ input }, CHANGED),
  });
  const blocked = useNotOffered({
    loading,
    error,
    what: 'record an annual review',
    found: Boolean(school && award),
    allowed: Boolean(school && mayRecord(viewer, 'Mutation.recordAnnualReview', schoolTarget(school))),
  });
  if (blocked || !school || !award) return blocked;
  const back = { href: `/schools/${urn}`, text: `Back to ${school.name}` };
  if (form.done) {
    const next = form.done.recordAnnualReview;
    return (
      <Done title="Annual review recorded" back={back} then="to see the review in its awards and history.">
        {school.name}
        {next.nextDueOn
          ? `: next ${labelOf(dueKindLabels, next.nextDueKind).toLowerCase()} due ${formatDate(next.nextDueOn)}`
          : ''}
      </Done>
    );
  }
  const dateError = problemFor(form.problems, FIELDS.reviewedOn.id);
  const assessorError = problemFor(form.problems, FIELDS.assessor.id);
  const summaryError = problemFor(form.problems, FIELDS.summary.id);
  return (
    <FormPage back={back} caption={school.name} title="Record an annual review" problems={form.problems}>
      <AwardNow award={award} />
      <form onSubmit={form.onSubmit} noValidate data-testid="review-form">
        <DateInput
          id="reviewedOn"
          legend="Date of the review"
          hint="The day of the review visit, for example 9 12 2026. Not in the future."
          error={dateError}
        />
        <FormGroup id="assessor" label="Assessor’s name" error={assessorError}>
          <input
            class={`govuk-input${assessorError ? ' govuk-input--error' : ''}`}
            id="assessor"
            name="assessor"
            type="text"
            autocomplete="name"
            aria-describedby={describedBy('assessor', false, assessorError)}
          />
        </FormGroup>
        <FormGroup
          id="summary"
          label="Progress update"
          hint={
            award.level === 'FLAGSHIP_SCHOOL'
              ? 'The progress of the school’s research project.'
              : 'What the review found.'
          }
          error={summaryError}
        >
          <textarea
            class={`govuk-textarea${summaryError ? ' govuk-textarea--error' : ''}`}
            id="summary"
            name="summary"
            rows={5}
            aria-describedby={describedBy('summary', true, summaryError)}
          />
        </FormGroup>
        <SendButton text="Record the review" sending={form.sending} />
      </form>
    </FormPage>
  );
}

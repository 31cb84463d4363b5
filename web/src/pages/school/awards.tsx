// The school's IQM awards: each a card with its level, status, assessment, the eight elements and annual reviews.
import { awardLevelLabels, dueKindLabels, labelOf } from '../../../../functions/core/labels.js';
import { useViewer } from '../../auth.js';
import { SummaryCard } from '../../components/govuk/summary-list.js';
import { StatusTag, Tag } from '../../components/govuk/tag.js';
import { formatDate } from '../../format.js';
import { mayRecord, schoolTarget } from '../recording/may-record.js';
import type { School } from './school-data.js';

type Award = School['awards'][number];

function AwardCard({ award, reviewHref }: { award: Award; reviewHref: string | null }) {
  const title = (
    <>
      {awardLevelLabels[award.level]}, awarded {formatDate(award.awardedOn)} <StatusTag status={award.status} />
    </>
  );
  return (
    <SummaryCard title={title}>
      <p class="govuk-body">
        Assessed {formatDate(award.assessedOn)}
        {award.assessor ? ` by ${award.assessor}` : ''}.{' '}
        {award.nextDueOn
          ? `Next ${labelOf(dueKindLabels, award.nextDueKind).toLowerCase()} due ${formatDate(award.nextDueOn)}.`
          : ''}
        {award.provenance === 'ILLUSTRATIVE' ? ' Illustrative (demonstration) data.' : ''}
      </p>
      <ul class="govuk-list govuk-list--bullet">
        {award.elements.map((element) => (
          <li key={element.element}>
            {element.title}
            {element.standOut ? <Tag spaced>Stand-out</Tag> : null}
            {element.finding ? <span class="govuk-body-s govuk-!-display-block">{element.finding}</span> : null}
          </li>
        ))}
      </ul>
      {award.reviews.length > 0 ? (
        <>
          <h4 class="govuk-heading-s">Annual reviews</h4>
          <ul class="govuk-list">
            {award.reviews.map((review) => (
              <li key={review.reviewedOn}>
                {formatDate(review.reviewedOn)}
                {review.assessor ? `, ${review.assessor}` : ''}
                {review.summary ? `: ${review.summary}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reviewHref ? (
        <a class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" href={reviewHref}>
          Record an annual review
        </a>
      ) : null}
    </SummaryCard>
  );
}

/** Awards that take annual reviews and still stand: the ones a review can be recorded for. */
const REVIEWED = new Set(['CENTRE_OF_EXCELLENCE', 'FLAGSHIP_SCHOOL']);
const STANDING = new Set(['CURRENT', 'DUE_SOON', 'DUE', 'OVERDUE']);

export function Awards({ school }: { school: School }) {
  const viewer = useViewer();
  const target = schoolTarget(school);
  const mayReview = mayRecord(viewer, 'Mutation.recordAnnualReview', target);
  return (
    <>
      <h2 class="govuk-heading-l">IQM awards</h2>
      {school.awards.length === 0 ? <p class="govuk-body">No IQM award recorded.</p> : null}
      {mayRecord(viewer, 'Mutation.grantAward', target) ? (
        <a class="govuk-button govuk-button--secondary" href={`/schools/${school.urn}/awards/new`}>
          Grant an award
        </a>
      ) : null}
      {school.awards.map((award) => (
        <AwardCard
          award={award}
          key={award.id}
          reviewHref={
            mayReview && REVIEWED.has(award.level) && STANDING.has(award.status)
              ? `/schools/${school.urn}/awards/${award.id}/review`
              : null
          }
        />
      ))}
    </>
  );
}

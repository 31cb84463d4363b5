// The school's IQM awards: each a card with its level, status, assessment, the eight elements and annual reviews.
import { awardLevelLabels, dueKindLabels, labelOf } from '../../../../functions/core/labels.js';
import { SummaryCard } from '../../components/govuk/summary-list.js';
import { StatusTag, Tag } from '../../components/govuk/tag.js';
import { formatDate } from '../../format.js';
import type { School } from './school-data.js';

type Award = School['awards'][number];

function AwardCard({ award }: { award: Award }) {
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
    </SummaryCard>
  );
}

export function Awards({ school }: { school: School }) {
  return (
    <>
      <h2 class="govuk-heading-l">IQM awards</h2>
      {school.awards.length === 0 ? <p class="govuk-body">No IQM award recorded.</p> : null}
      {school.awards.map((award) => (
        <AwardCard award={award} key={award.id} />
      ))}
    </>
  );
}

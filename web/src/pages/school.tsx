// `/schools/:urn`: a school leader's page: the award with its elements, reviews and next due date; Ofsted across
// conversions (inherited outcomes marked); partner agencies; and, where the viewer's scope allows, contacts and
// history (otherwise the page says why they are hidden).
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { ErrorOf, Loading, refusal } from '../components/query-state.js';
import { Outcome } from '../components/schools-table.js';
import { formatDate, label, statusTagClass } from '../format.js';
import { graphql } from '../generated/index.js';

const SchoolQuery = graphql(`
  query School($urn: ID!) {
    school(urn: $urn) {
      ...SchoolRow
      isOpen openedOn closedOn town postcode trustJoinedOn
      localAuthority { code name }
      predecessors { urn name linkType linkedOn school { urn } }
      successors { urn name linkType linkedOn school { urn } }
      inspections {
        __typename id urn framework inspectedOn publishedOn safeguarding source
        ... on LegacyInspection { type overallEffectiveness categoryOfConcern outcome }
        ... on ReportCardInspection { visit inclusion evaluations { area grade } }
      }
      awards {
        id level status assessedOn awardedOn assessor nextDueOn nextDueKind provenance
        elements { element title standOut finding }
        reviews { reviewedOn assessor summary }
      }
      partnerships { since until isActive focus councilQualityAssured agency { id name kind } }
      contacts { email name role }
      history(first: 10) { edges { node { at actor action summary } } }
    }
  }
`);

const NOT_IN_SCOPE = 'your scope does not include this school.';

function Hidden({ what, reason }: { what: string; reason: string | null }) {
  return (
    <div class="govuk-inset-text" data-testid={`hidden-${what}`}>
      <span>
        {what === 'contacts' ? 'Contacts' : 'History'} are hidden: {reason ?? NOT_IN_SCOPE}
      </span>{' '}
      <a href="/sign-in">Sign in</a> with a role for this school, its trust or its council to see them.
    </div>
  );
}

export function SchoolPage() {
  const { params } = useRoute();
  const urn = params.urn ?? '';
  const [{ data, fetching, error }] = useQuery({ query: SchoolQuery, variables: { urn } });
  if (fetching && !data) return <Loading />;
  const school = data?.school;
  if (!school) {
    if (error && !data) return <ErrorOf error={error} />;
    return <h1 class="govuk-heading-l">Beacon holds no school with URN {urn}</h1>;
  }
  const fieldRefusal = (field: string) =>
    refusal(
      error && {
        ...error,
        graphQLErrors: error.graphQLErrors.filter((item) => item.path?.includes(field)),
      },
    );
  const status = school.inclusionStatus;
  return (
    <>
      <nav class="govuk-breadcrumbs beacon-no-print" aria-label="Breadcrumb">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href="/">
              England
            </a>
          </li>
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href={`/councils/${school.localAuthority.code}`}>
              {school.localAuthority.name}
            </a>
          </li>
        </ol>
      </nav>
      <span class="govuk-caption-l">
        URN {school.urn}
        {school.type ? `, ${school.type}` : ''}
        {school.isOpen ? '' : `, closed ${formatDate(school.closedOn)}`}
      </span>
      <h1 class="govuk-heading-xl">{school.name}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">IQM award</dt>
          <dd class="govuk-summary-list__value">
            {label(status.awardLevel) || 'No standing award'}{' '}
            {status.awardStatus ? (
              <strong class={`govuk-tag ${statusTagClass(status.awardStatus)}`}>{label(status.awardStatus)}</strong>
            ) : null}
            {status.nextDueOn ? ` Next due ${formatDate(status.nextDueOn)}.` : ''}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Ofsted</dt>
          <dd class="govuk-summary-list__value" data-testid="standing-outcome">
            <Outcome status={status} />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Trust</dt>
          <dd class="govuk-summary-list__value">
            {school.trust ? (
              <>
                <a href={`/trusts/${school.trust.uid}`}>{school.trust.name}</a>
                {school.trustJoinedOn ? `, joined ${formatDate(school.trustJoinedOn)}` : ''}
              </>
            ) : (
              'Maintained school'
            )}
          </dd>
        </div>
        {school.predecessors.length > 0 ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Replaced</dt>
            <dd class="govuk-summary-list__value">
              {school.predecessors.map((link) => (
                <span class="govuk-!-display-block" key={link.urn}>
                  {link.school ? <a href={`/schools/${link.urn}`}>{link.name}</a> : link.name} (URN {link.urn},{' '}
                  {link.linkType.toLowerCase()}
                  {link.linkedOn ? `, ${formatDate(link.linkedOn)}` : ''})
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>

      <h2 class="govuk-heading-l">Ofsted inspections</h2>
      <p class="govuk-body-s">
        Newest first, across academy conversions: an inspection made under another URN is marked.
      </p>
      <table class="govuk-table" data-testid="inspections">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Date
            </th>
            <th scope="col" class="govuk-table__header">
              Kind
            </th>
            <th scope="col" class="govuk-table__header">
              Outcome
            </th>
            <th scope="col" class="govuk-table__header">
              Safeguarding
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {school.inspections.map((inspection) => (
            <tr class="govuk-table__row" key={inspection.id}>
              <td class="govuk-table__cell">{formatDate(inspection.inspectedOn)}</td>
              <td class="govuk-table__cell">
                {inspection.__typename === 'ReportCardInspection'
                  ? `Report card${inspection.visit === 'MONITORING' ? ' (monitoring)' : ''}`
                  : `${label(inspection.type)} inspection`}
                {inspection.urn !== school.urn ? (
                  <strong class="govuk-tag govuk-tag--grey govuk-!-margin-left-1">
                    made under URN {inspection.urn} (inherited)
                  </strong>
                ) : null}
              </td>
              <td class="govuk-table__cell">
                {inspection.__typename === 'ReportCardInspection'
                  ? inspection.inclusion
                    ? `Inclusion: ${label(inspection.inclusion)}`
                    : ''
                  : label(inspection.overallEffectiveness) || inspection.outcome || ''}
                {inspection.__typename === 'LegacyInspection' && inspection.categoryOfConcern
                  ? ` (${label(inspection.categoryOfConcern)})`
                  : ''}
              </td>
              <td class="govuk-table__cell">{label(inspection.safeguarding)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 class="govuk-heading-l">IQM awards</h2>
      {school.awards.length === 0 ? <p class="govuk-body">No IQM award recorded.</p> : null}
      {school.awards.map((award) => (
        <div class="govuk-summary-card" key={award.id}>
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title">
              {label(award.level)}, awarded {formatDate(award.awardedOn)}{' '}
              <strong class={`govuk-tag ${statusTagClass(award.status)}`}>{label(award.status)}</strong>
            </h3>
          </div>
          <div class="govuk-summary-card__content">
            <p class="govuk-body">
              Assessed {formatDate(award.assessedOn)}
              {award.assessor ? ` by ${award.assessor}` : ''}.{' '}
              {award.nextDueOn
                ? `Next ${label(award.nextDueKind).toLowerCase()} due ${formatDate(award.nextDueOn)}.`
                : ''}
              {award.provenance === 'ILLUSTRATIVE' ? ' Illustrative (demonstration) data.' : ''}
            </p>
            <ul class="govuk-list govuk-list--bullet">
              {award.elements.map((element) => (
                <li key={element.element}>
                  {element.title}
                  {element.standOut ? <strong class="govuk-tag govuk-!-margin-left-1">Stand-out</strong> : null}
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
          </div>
        </div>
      ))}

      <h2 class="govuk-heading-l">Partner agencies</h2>
      {school.partnerships.length === 0 ? <p class="govuk-body">No partner agency recorded.</p> : null}
      <ul class="govuk-list">
        {school.partnerships.map((partnership) => (
          <li key={`${partnership.agency.id}-${partnership.since}`}>
            {partnership.agency.name} ({label(partnership.agency.kind)}), since {formatDate(partnership.since)}
            {partnership.until ? `, ended ${formatDate(partnership.until)}` : ''}
            {partnership.councilQualityAssured ? '; quality-assured by the council' : ''}
            {partnership.focus ? `. ${partnership.focus}` : ''}
          </li>
        ))}
      </ul>

      <h2 class="govuk-heading-l">Contacts</h2>
      {school.contacts ? (
        school.contacts.length === 0 ? (
          <p class="govuk-body">No contacts recorded.</p>
        ) : (
          <ul class="govuk-list">
            {school.contacts.map((contact) => (
              <li key={contact.email}>
                {contact.name ?? contact.email} ({label(contact.role)}), {contact.email}
              </li>
            ))}
          </ul>
        )
      ) : (
        <Hidden what="contacts" reason={fieldRefusal('contacts')} />
      )}

      <h2 class="govuk-heading-l">History</h2>
      {school.history ? (
        <ul class="govuk-list" data-testid="history">
          {school.history.edges.map(({ node }) => (
            <li key={`${node.at}-${node.action}`}>
              {formatDate(node.at)}: {node.summary} ({node.actor})
            </li>
          ))}
        </ul>
      ) : (
        <Hidden what="history" reason={fieldRefusal('history')} />
      )}
    </>
  );
}

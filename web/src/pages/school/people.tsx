// The people around a school: its partner agencies for everyone; its contacts and history only where the viewer's
// scope allows (otherwise the page says why they are hidden).
import { useLocation } from 'preact-iso';
import { actorLabel, agencyKindLabels, contactRoleLabels } from '../../../../functions/core/labels.js';
import { useViewer } from '../../auth.js';
import { formatDate } from '../../format.js';
import { mayRecord, schoolTarget } from '../recording/may-record.js';
import type { School } from './school-data.js';

const NOT_IN_SCOPE = 'your scope does not include this school.';

function Hidden({ what, reason }: { what: string; reason: string | null }) {
  const { url } = useLocation();
  return (
    <div class="govuk-inset-text" data-testid={`hidden-${what}`}>
      <span>
        {what === 'contacts' ? 'Contacts are' : 'The history is'} hidden: {reason ?? NOT_IN_SCOPE}
      </span>{' '}
      <a href={`/sign-in?next=${encodeURIComponent(url)}`}>Sign in</a> with a role for this school, its trust or its
      council to see them.
    </div>
  );
}

export function Partners({ school }: { school: School }) {
  const manages = mayRecord(useViewer(), 'Mutation.addPartnership', schoolTarget(school));
  const end = (agency: string, since: string) =>
    `/schools/${school.urn}/partnerships/end?${new URLSearchParams({ agency, since })}`;
  return (
    <>
      <h2 class="govuk-heading-l">Partner agencies</h2>
      {school.partnerships.length === 0 ? <p class="govuk-body">No partner agency recorded.</p> : null}
      <ul class="govuk-list">
        {school.partnerships.map((partnership) => (
          <li key={`${partnership.agency.id}-${partnership.since}`}>
            {partnership.agency.name} ({agencyKindLabels[partnership.agency.kind]}), since{' '}
            {formatDate(partnership.since)}
            {partnership.until ? `, ended ${formatDate(partnership.until)}` : ''}
            {partnership.councilQualityAssured ? '; quality-assured by the council' : ''}
            {partnership.focus ? `. ${partnership.focus}` : ''}
            {manages && partnership.isActive ? (
              <>
                {' '}
                <a href={end(partnership.agency.id, partnership.since)}>
                  End<span class="govuk-visually-hidden"> the partnership with {partnership.agency.name}</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {manages ? (
        <a class="govuk-button govuk-button--secondary" href={`/schools/${school.urn}/partnerships/new`}>
          Add a partner agency
        </a>
      ) : null}
    </>
  );
}

/** `refused` is why the API withheld the field, when it did. */
export function Contacts({ school, refused }: { school: School; refused: string | null }) {
  const manages = mayRecord(useViewer(), 'Mutation.addContact', schoolTarget(school));
  const remove = (email: string) => `/contacts/remove?${new URLSearchParams({ urn: school.urn, email })}`;
  let body = <Hidden what="contacts" reason={refused} />;
  if (school.contacts?.length === 0) body = <p class="govuk-body">No contacts recorded.</p>;
  else if (school.contacts) {
    body = (
      <ul class="govuk-list">
        {school.contacts.map((contact) => (
          <li key={contact.email}>
            {contact.name ?? contact.email} ({contactRoleLabels[contact.role]}), {contact.email}
            {manages ? (
              <>
                {' '}
                <a href={remove(contact.email)}>
                  Remove<span class="govuk-visually-hidden"> {contact.email}</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <h2 class="govuk-heading-l">Contacts</h2>
      {body}
      {manages ? (
        <a class="govuk-button govuk-button--secondary" href={`/contacts/new?urn=${school.urn}`}>
          Add a contact
        </a>
      ) : null}
    </>
  );
}

export function History({ school, refused }: { school: School; refused: string | null }) {
  return (
    <>
      <h2 class="govuk-heading-l">History</h2>
      {school.history?.edges.length === 0 ? <p class="govuk-body">Nothing recorded yet.</p> : null}
      {school.history ? (
        <ul class="govuk-list" data-testid="history">
          {school.history.edges.map(({ node }) => (
            <li key={`${node.at}-${node.action}`}>
              {formatDate(node.at)}: {node.summary} ({actorLabel(node.actor)})
            </li>
          ))}
        </ul>
      ) : (
        <Hidden what="history" reason={refused} />
      )}
    </>
  );
}

// `/schools/:urn/partnerships/new` and `/schools/:urn/partnerships/end?agency=…&since=…`: a council officer, school
// leader or admin adds a school's partner agency, or ends a partnership (it stays in the school's history).
import { useMutation, useQuery } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { useViewer, type Viewer } from '../../auth.js';
import { DateInput, datePartsOf, readDate } from '../../components/govuk/date-input.js';
import { ConfirmationPanel, FormGroup, type Problem, problemFor } from '../../components/govuk/form-parts.js';
import { Radios } from '../../components/govuk/radios.js';
import { formatDate } from '../../format.js';
import { graphql } from '../../generated/index.js';
import { FormPage, SendButton, useNotOffered } from './form-page.js';
import { mayRecord, schoolTarget } from './may-record.js';
import { useRecordingSchool } from './recording-school.js';
import { accept, CHANGED, refuse, textOf, useRecording } from './use-recording.js';

const Agencies = graphql(`
  query PartnerAgencyChoices { partnerAgencies(first: 100) { edges { node { id name localAuthority { code } } } } }
`);

const AddPartnership = graphql(`
  mutation AddPartnership($input: AddPartnershipInput!) {
    addPartnership(input: $input) { since agency { id name } }
  }
`);

const EndPartnership = graphql(`
  mutation EndPartnership($input: EndPartnershipInput!) {
    endPartnership(input: $input) { since until agency { id name } }
  }
`);

const ADD_FIELDS = {
  agencyId: { id: 'agencyId', name: 'the partner agency' },
  since: { id: 'since-day', name: 'the day it began' },
  focus: { id: 'focus', name: 'what it works on' },
  councilQualityAssured: { id: 'councilQualityAssured', name: 'whether the council quality-assures it' },
};
const END_FIELDS = { until: { id: 'until-day', name: 'the day it ended' } };

/** A council officer may add and end partnerships with their own council's agencies at any school. */
const councilOf = (viewer: Viewer | null) =>
  viewer?.role === 'council_officer' && viewer.scope.startsWith('la:') ? viewer.scope.slice(3) : null;

type SchoolTarget = Parameters<typeof schoolTarget>[0];

function mayManage(viewer: Viewer | null, school: SchoolTarget | null, agencyCouncil?: string | null): boolean {
  if (!school) return false;
  if (mayRecord(viewer, 'Mutation.addPartnership', schoolTarget(school))) return true;
  const own = councilOf(viewer);
  return own !== null && (agencyCouncil === undefined || agencyCouncil === own);
}

/** Whether to offer the school page's "Add a partner agency" link. */
export const mayAddPartnership = (viewer: Viewer | null, school: SchoolTarget | null) => mayManage(viewer, school);
export const mayEndPartnership = mayManage;

function readAddition(form: FormData, urn: string, assures: boolean) {
  const problems: Problem[] = [];
  const agencyId = textOf(form, 'agencyId');
  if (!agencyId) problems.push({ field: ADD_FIELDS.agencyId.id, text: 'Select the partner agency' });
  const since = readDate(datePartsOf(form, 'since'), 'the day it began');
  if ('problem' in since) problems.push({ field: ADD_FIELDS.since.id, text: since.problem });
  const assured = textOf(form, 'councilQualityAssured');
  if (assures && !assured) {
    problems.push({
      field: ADD_FIELDS.councilQualityAssured.id,
      text: 'Select whether the council quality-assures it',
    });
  }
  if (!agencyId || 'problem' in since || (assures && !assured)) return refuse(problems);
  return accept({
    urn,
    agencyId,
    since: since.date,
    focus: textOf(form, 'focus'),
    councilQualityAssured: assured === 'yes',
  });
}

const YES_NO = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

export function AddPartnershipPage() {
  const urn = useRoute().params.urn ?? '';
  const viewer = useViewer();
  const { school, loading, error } = useRecordingSchool(urn);
  const [agencies] = useQuery({ query: Agencies });
  const [, add] = useMutation(AddPartnership);
  // Only an admin or a council officer may say the council quality-assures a partnership; others are not asked.
  const assures = viewer?.role === 'admin' || viewer?.role === 'council_officer';
  const form = useRecording({
    fields: ADD_FIELDS,
    read: (data) => readAddition(data, urn, assures),
    send: (input) => add({ input }, CHANGED),
  });
  const blocked = useNotOffered({
    loading: loading || (agencies.fetching && !agencies.data),
    error: error ?? agencies.error,
    what: 'add a partner agency',
    found: Boolean(school),
    allowed: mayAddPartnership(viewer, school),
  });
  if (blocked || !school) return blocked;
  const back = { href: `/schools/${urn}`, text: `Back to ${school.name}` };
  if (form.done) {
    const added = form.done.addPartnership;
    return (
      <>
        <ConfirmationPanel title="Partner agency added">
          {added.agency.name} with {school.name}, since {formatDate(added.since)}
        </ConfirmationPanel>
        <p class="govuk-body">
          <a href={back.href}>{back.text}</a>
        </p>
      </>
    );
  }
  const own = mayRecord(viewer, 'Mutation.addPartnership', schoolTarget(school)) ? null : councilOf(viewer);
  const choices = (agencies.data?.partnerAgencies.edges ?? [])
    .map(({ node }) => node)
    .filter((agency) => own === null || agency.localAuthority?.code === own);
  const problem = (field: keyof typeof ADD_FIELDS) => problemFor(form.problems, ADD_FIELDS[field].id);
  return (
    <FormPage back={back} caption={school.name} title="Add a partner agency" problems={form.problems}>
      <form onSubmit={form.onSubmit} noValidate data-testid="partnership-form">
        <FormGroup id="agencyId" label="Partner agency" error={problem('agencyId')}>
          <select class="govuk-select" id="agencyId" name="agencyId" defaultValue="">
            <option value="">Choose an agency</option>
            {choices.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        </FormGroup>
        <DateInput
          id="since"
          legend="The day it began"
          hint="For example 1 9 2026. Not in the future."
          error={problem('since')}
        />
        <FormGroup id="focus" label="What it works on (optional)" error={problem('focus')}>
          <textarea class="govuk-textarea" id="focus" name="focus" rows={3} />
        </FormGroup>
        {assures ? (
          <Radios
            name="councilQualityAssured"
            legend="Does the council quality-assure this provision?"
            options={YES_NO}
            error={problem('councilQualityAssured')}
            inline
          />
        ) : null}
        <SendButton text="Add the partner agency" sending={form.sending} />
      </form>
    </FormPage>
  );
}

export function EndPartnershipPage() {
  const urn = useRoute().params.urn ?? '';
  const { query } = useLocation();
  const viewer = useViewer();
  const { school, loading, error } = useRecordingSchool(urn);
  const partnership = school?.partnerships.find(
    (item) => item.agency.id === query.agency && item.since === query.since,
  );
  const [, end] = useMutation(EndPartnership);
  const form = useRecording({
    fields: END_FIELDS,
    read: (data) => {
      const until = readDate(datePartsOf(data, 'until'), 'the day it ended');
      if ('problem' in until || !partnership) {
        return refuse('problem' in until ? [{ field: END_FIELDS.until.id, text: until.problem }] : []);
      }
      return accept({ urn, agencyId: partnership.agency.id, since: partnership.since, until: until.date });
    },
    send: (input) => end({ input }, CHANGED),
  });
  const blocked = useNotOffered({
    loading,
    error,
    what: 'end a partnership',
    found: Boolean(school && partnership),
    allowed: mayEndPartnership(viewer, school),
  });
  if (blocked || !school || !partnership) return blocked;
  const back = { href: `/schools/${urn}`, text: `Back to ${school.name}` };
  if (form.done) {
    const ended = form.done.endPartnership;
    return (
      <>
        <ConfirmationPanel title="Partnership ended">
          {ended.agency.name} with {school.name}, ended {formatDate(ended.until)}
        </ConfirmationPanel>
        <p class="govuk-body">
          <a href={back.href}>{back.text}</a>
        </p>
      </>
    );
  }
  return (
    <FormPage back={back} caption={school.name} title="End a partnership" problems={form.problems}>
      <p class="govuk-body" data-testid="partnership-now">
        {partnership.agency.name}, since {formatDate(partnership.since)}
        {partnership.until ? `, ended ${formatDate(partnership.until)}` : ''}. It stays in the school’s history.
      </p>
      <form onSubmit={form.onSubmit} noValidate data-testid="end-partnership-form">
        <DateInput
          id="until"
          legend="The day it ended"
          hint="Not before it began, and not in the future."
          error={problemFor(form.problems, END_FIELDS.until.id)}
        />
        <SendButton text="End the partnership" sending={form.sending} />
      </form>
    </FormPage>
  );
}

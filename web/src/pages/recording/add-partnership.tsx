// `/schools/:urn/partnerships/new`: a council officer, school leader or admin adds a school's partner agency (chosen
// from the agencies Beacon holds); only an admin or a council officer is asked whether the council quality-assures it.
import { useMutation, useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { useViewer } from '../../auth.js';
import { formatDate } from '../../format.js';
import { graphql } from '../../generated/index.js';
import {
  accept,
  CHANGED,
  DateInput,
  Done,
  dateFrom,
  FormGroup,
  FormPage,
  mayRecord,
  type Problem,
  problemFor,
  Radios,
  refuse,
  SendButton,
  schoolTarget,
  textOf,
  useNotOffered,
  useRecording,
  useRecordingSchool,
} from './kit.js';

const Agencies = graphql(`
  query PartnerAgencyChoices { partnerAgencies(first: 100) { edges { node { id name } } } }
`);

const AddPartnership = graphql(`
  mutation AddPartnership($input: AddPartnershipInput!) {
    addPartnership(input: $input) { since agency { id name } }
  }
`);

const ADD_FIELDS = {
  agencyId: { id: 'agencyId', name: 'the partner agency' },
  since: { id: 'since-day', name: 'the day it began' },
  focus: { id: 'focus', name: 'what it works on' },
  councilQualityAssured: { id: 'councilQualityAssured', name: 'whether the council quality-assures it' },
};
function readAddition(form: FormData, urn: string, assures: boolean) {
  const problems: Problem[] = [];
  const agencyId = textOf(form, 'agencyId');
  if (!agencyId) problems.push({ field: ADD_FIELDS.agencyId.id, text: 'Select the partner agency' });
  const since = dateFrom(form, 'since', 'the day it began');
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
    allowed: Boolean(school && mayRecord(viewer, 'Mutation.addPartnership', schoolTarget(school))),
  });
  if (blocked || !school) return blocked;
  const back = { href: `/schools/${urn}`, text: `Back to ${school.name}` };
  if (form.done) {
    const added = form.done.addPartnership;
    return (
      <Done title="Partner agency added" back={back}>
        {added.agency.name} with {school.name}, since {formatDate(added.since)}
      </Done>
    );
  }
  const choices = (agencies.data?.partnerAgencies.edges ?? []).map(({ node }) => node);
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

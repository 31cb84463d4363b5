// `/schools/:urn/partnerships/end?agency=…&since=…`: ends a school's partnership (it stays in the school's history).
import { useMutation } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { useViewer } from '../../auth.js';
import { formatDate } from '../../format.js';
import { graphql } from '../../generated/index.js';
import {
  accept,
  CHANGED,
  DateInput,
  Done,
  dateFrom,
  FormPage,
  mayRecord,
  problemFor,
  refuse,
  SendButton,
  schoolTarget,
  useNotOffered,
  useRecording,
  useRecordingSchool,
} from './kit.js';

const EndPartnership = graphql(`
  mutation EndPartnership($input: EndPartnershipInput!) {
    endPartnership(input: $input) { since until agency { id name } }
  }
`);

const END_FIELDS = { until: { id: 'until-day', name: 'the day it ended' } };

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
      const until = dateFrom(data, 'until', 'the day it ended');
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
    allowed: Boolean(school && mayRecord(viewer, 'Mutation.endPartnership', schoolTarget(school))),
  });
  if (blocked || !school || !partnership) return blocked;
  const back = { href: `/schools/${urn}`, text: `Back to ${school.name}` };
  if (form.done) {
    const ended = form.done.endPartnership;
    return (
      <Done title="Partnership ended" back={back}>
        {ended.agency.name} with {school.name}, ended {formatDate(ended.until)}
      </Done>
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

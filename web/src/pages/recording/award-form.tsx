// `/schools/:urn/awards/new`: an assessor records an assessment and the IQM award it makes: the level, the visit,
// and the eight elements (stand-out practice and findings). The API applies the level's prerequisites and supersedes
// a standing award of the same or a lower level.
import { useMutation } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { awardLevelLabels } from '../../../../functions/core/labels.js';
import { type AwardLevel, IQM_ELEMENTS, type IqmElement } from '../../../../functions/core/vocabulary.js';
import { useViewer } from '../../auth.js';
import { formatDate } from '../../format.js';
import { graphql } from '../../generated/index.js';
import {
  accept,
  CHANGED,
  Checkboxes,
  DateInput,
  Done,
  dateFrom,
  dateLeftBlank,
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

const GrantAward = graphql(`
  mutation GrantAward($input: GrantAwardInput!) {
    grantAward(input: $input) { id level awardedOn nextDueOn nextDueKind }
  }
`);

const FIELDS = {
  level: { id: 'level', name: 'the award level' },
  assessedOn: { id: 'assessedOn-day', name: 'the first day of the visit' },
  awardedOn: { id: 'awardedOn-day', name: 'the award date' },
  assessor: { id: 'assessor', name: 'the assessor’s name' },
  visitDays: { id: 'visitDays', name: 'the length of the visit' },
  elements: { id: 'standOut-INCLUSION_VALUES', name: 'the elements' },
};

const LEVELS = Object.entries(awardLevelLabels).map(([value, text]) => ({ value, text }));
const ELEMENTS = Object.entries(IQM_ELEMENTS) as [IqmElement, string][];
const DAYS = ['1', '2', '3'].map((value) => ({ value, text: value === '1' ? '1 day' : `${value} days` }));

function readGrant(form: FormData, urn: string) {
  const problems: Problem[] = [];
  const level = textOf(form, 'level') as AwardLevel | null;
  if (!level) problems.push({ field: FIELDS.level.id, text: 'Select the award level' });
  const assessed = dateFrom(form, 'assessedOn', 'the first day of the visit');
  if ('problem' in assessed) problems.push({ field: FIELDS.assessedOn.id, text: assessed.problem });
  const awarded = dateLeftBlank(form, 'awardedOn') ? null : dateFrom(form, 'awardedOn', 'the award date');
  if (awarded && 'problem' in awarded) problems.push({ field: FIELDS.awardedOn.id, text: awarded.problem });
  const assessor = textOf(form, 'assessor');
  if (!assessor) problems.push({ field: FIELDS.assessor.id, text: 'Enter the assessor’s name' });
  const visitDays = Number(textOf(form, 'visitDays'));
  if (!visitDays) problems.push({ field: FIELDS.visitDays.id, text: 'Select how many days the visit lasted' });
  if (!level || 'problem' in assessed || (awarded && 'problem' in awarded) || !assessor || !visitDays) {
    return refuse(problems);
  }
  const standOut = new Set(form.getAll('standOut').map(String));
  const elements = ELEMENTS.map(([element]) => ({
    element,
    standOut: standOut.has(element),
    finding: textOf(form, `finding-${element}`),
  }));
  return accept({
    urn,
    level,
    assessedOn: assessed.date,
    awardedOn: awarded?.date ?? null,
    assessor,
    visitDays,
    elements,
  });
}

export function AwardFormPage() {
  const { params } = useRoute();
  const urn = params.urn ?? '';
  const viewer = useViewer();
  const { school, loading, error, refresh } = useRecordingSchool(urn);
  const [, grant] = useMutation(GrantAward);
  const form = useRecording({
    fields: FIELDS,
    onConflict: refresh,
    read: (data) => readGrant(data, urn),
    send: (input) => grant({ input }, CHANGED),
  });
  const blocked = useNotOffered({
    loading,
    error,
    what: 'grant an award',
    found: Boolean(school),
    allowed: Boolean(school && mayRecord(viewer, 'Mutation.grantAward', schoolTarget(school))),
  });
  if (blocked || !school) return blocked;
  const back = { href: `/schools/${urn}`, text: `Back to ${school.name}` };
  if (form.done) {
    const award = form.done.grantAward;
    return (
      <Done title="Award granted" back={back} then="to see the award.">
        {school.name}: {awardLevelLabels[award.level]}, awarded {formatDate(award.awardedOn)}
      </Done>
    );
  }
  const problem = (field: keyof typeof FIELDS) => problemFor(form.problems, FIELDS[field].id);
  return (
    <FormPage back={back} caption={school.name} title="Grant an IQM award" problems={form.problems}>
      <form onSubmit={form.onSubmit} noValidate data-testid="award-form">
        <Radios name="level" legend="Award level" options={LEVELS} error={problem('level')} />
        <DateInput
          id="assessedOn"
          legend="First day of the assessment visit"
          hint="For example 13 11 2026."
          error={problem('assessedOn')}
        />
        <DateInput
          id="awardedOn"
          legend="Award date (optional)"
          hint="Leave blank when the award was made on the first day of the visit."
          error={problem('awardedOn')}
        />
        <FormGroup id="assessor" label="Assessor’s name" error={problem('assessor')}>
          <input class="govuk-input" id="assessor" name="assessor" type="text" autocomplete="name" />
        </FormGroup>
        <Radios name="visitDays" legend="Length of the visit" options={DAYS} error={problem('visitDays')} inline />
        <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Stand-out elements (optional)</legend>
          <Checkboxes
            items={ELEMENTS.map(([element, title]) => ({
              id: `standOut-${element}`,
              name: 'standOut',
              value: element,
              label: title,
              checked: false,
            }))}
          />
        </fieldset>
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">The assessor’s findings for each element (optional)</span>
          </summary>
          <div class="govuk-details__text">
            {ELEMENTS.map(([element, title]) => (
              <FormGroup key={element} id={`finding-${element}`} label={title}>
                <textarea class="govuk-textarea" id={`finding-${element}`} name={`finding-${element}`} rows={2} />
              </FormGroup>
            ))}
          </div>
        </details>
        <SendButton text="Grant the award" sending={form.sending} />
      </form>
    </FormPage>
  );
}

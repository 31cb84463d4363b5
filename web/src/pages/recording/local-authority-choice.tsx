// The reminders page's council, for a viewer whose scope is all of England: typed as a name ("Kent") or an LA code
// ("886"). A name is looked up; one match is used, several are offered as links, none is an error on the field. The
// form stays on the page with what was typed, whatever the answer.
import { useQuery } from '@urql/preact';
import { describedBy, FormGroup, ProblemSummary } from '../../components/govuk/form-parts.js';
import { graphql } from '../../generated/index.js';

const LocalAuthoritiesNamed = graphql(`
  query LocalAuthoritiesNamed($search: String!) {
    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }
  }
`);

const CODE = /^\d{3}$/;

/**
 * The council chosen (its LA code), or null while none is; the form that chooses it, and its error summary (for the
 * top of the page, above the heading, where GOV.UK places it).
 */
export function useLocalAuthorityChoice(typed: string): {
  code: string | null;
  summary: preact.JSX.Element;
  form: preact.JSX.Element;
} {
  const text = typed.trim();
  const isCode = CODE.test(text);
  const [{ data, fetching, error }] = useQuery({
    query: LocalAuthoritiesNamed,
    variables: { search: text },
    pause: text === '' || isCode,
  });
  const found = data?.localAuthorities.edges.map(({ node }) => node) ?? [];
  const exact = found.find((localAuthority) => localAuthority.name.toLowerCase() === text.toLowerCase());
  const code = isCode ? text : (exact?.code ?? (found.length === 1 ? (found[0]?.code ?? null) : null));
  let problem: string | null = null;
  if (error) problem = 'Beacon could not look the localAuthority up. Try again, or enter its three-digit LA code.';
  else if (text !== '' && !isCode && !fetching && data && found.length === 0) {
    problem =
      `No council’s name contains “${text}”. ` +
      'Enter a council’s name, for example Kent, or its LA code, for example 886';
  }
  const summary = <ProblemSummary problems={problem ? [{ field: 'reminders-council', text: problem }] : []} />;
  const form = (
    <>
      <form method="get" action="/reminders" class="beacon-filters" data-testid="council-choice">
        <FormGroup
          id="reminders-council"
          label="Council"
          hint="Its name or LA code, for example Kent or 886"
          error={problem}
        >
          <input
            class={`govuk-input govuk-input--width-20${problem ? ' govuk-input--error' : ''}`}
            id="reminders-council"
            name="la"
            type="text"
            defaultValue={typed}
            aria-describedby={describedBy('reminders-council', true, problem)}
          />
        </FormGroup>
        <button class="govuk-button" type="submit">
          Show reminders
        </button>
      </form>
      {!code && found.length > 1 ? (
        <>
          <h2 class="govuk-heading-m">Which council?</h2>
          <ul class="govuk-list" data-testid="council-matches">
            {found.map((localAuthority) => (
              <li key={localAuthority.code}>
                <a href={`/reminders?la=${localAuthority.code}`}>{localAuthority.name}</a> ({localAuthority.code})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
  return { code, summary, form };
}

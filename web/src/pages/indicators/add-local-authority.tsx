// Adding a council to the comparison: a search form over the API's council search; each council found is a button
// that adds it. Keyboard: type, Enter, Tab to the council, Enter. The outcome is announced in a live region.
import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { Field } from '../../components/govuk/field.js';
import { graphql } from '../../generated/index.js';

const FindQuery = graphql(`
  query FindLocalAuthorities($search: String!) {
    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }
  }
`);

type Found = { code: string; name: string };

/** The API compares at most 20 councils at once. */
const MAX_SHOWN = 20;

export function AddLocalAuthority({
  shown,
  onAdd,
}: {
  shown: readonly string[];
  onAdd: (localAuthority: Found) => void;
}) {
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [found, setFound] = useState<Found[] | null>(null);
  const [message, setMessage] = useState('');
  const find = async (event: Event) => {
    event.preventDefault();
    const search = input.current?.value.trim() ?? '';
    if (shown.length >= MAX_SHOWN) {
      setFound(null);
      setMessage(`At most ${MAX_SHOWN} councils can be side by side: remove one first.`);
      return;
    }
    if (search.length < 2) {
      setFound(null);
      setMessage('Type at least two letters of the council’s name.');
      return;
    }
    const result = await client.query(FindQuery, { search }).toPromise();
    const localAuthorities = (result.data?.localAuthorities.edges ?? []).map((edge) => edge.node);
    const addable = localAuthorities.filter((localAuthority) => !shown.includes(localAuthority.code));
    setFound(addable);
    setMessage(
      result.error
        ? (result.error.graphQLErrors[0]?.message ?? 'Beacon could not be reached. Try again.')
        : `${addable.length === 0 ? 'No' : addable.length} ${addable.length === 1 ? 'council' : 'councils'} ` +
            `to add found for “${search}”.`,
    );
  };
  const add = (localAuthority: Found) => {
    onAdd(localAuthority);
    setFound(null);
    setMessage(`${localAuthority.name} added to the comparison.`);
    input.current?.focus();
  };
  return (
    <form class="beacon-filters beacon-no-print" onSubmit={find} aria-label="Add a council" data-testid="add-council">
      <Field id="add-council" label="Add a council" labelSize="s" hint="Part of its name, e.g. Essex">
        <div class="beacon-search-row">
          <input
            class="govuk-input"
            id="add-council"
            name="council"
            type="search"
            autocomplete="off"
            aria-describedby="add-council-hint"
            ref={input}
          />
          <button class="govuk-button govuk-button--secondary" type="submit">
            Find councils
          </button>
        </div>
      </Field>
      <p class="govuk-body-s" aria-live="polite" data-testid="add-council-status">
        {message}
      </p>
      {found && found.length > 0 ? (
        <ul class="govuk-list" data-testid="found-councils">
          {found.map((localAuthority) => (
            <li key={localAuthority.code}>
              <button
                type="button"
                class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                onClick={() => add(localAuthority)}
              >
                Add {localAuthority.name} <span class="govuk-body-s">(LA code {localAuthority.code})</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

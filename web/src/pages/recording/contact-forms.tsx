// `/contacts/new?…` and `/contacts/remove?…&email=…`: the people a school, trust or council's reminders go to, added
// and removed by admins, council officers, trust executives and school leaders whose scope covers the owner.
import { useMutation } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { contactRoleLabels } from '../../../../functions/core/labels.js';
import { useViewer } from '../../auth.js';
import type { ContactRole } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { useContactOwner } from './contact-owner.js';
import {
  accept,
  CHANGED,
  Done,
  describedBy,
  FormGroup,
  FormPage,
  mayRecord,
  type Problem,
  problemFor,
  refuse,
  SendButton,
  textOf,
  useNotOffered,
  useRecording,
} from './kit.js';

const AddContact = graphql(`
  mutation AddContact($input: AddContactInput!) { addContact(input: $input) { email name role } }
`);

const RemoveContact = graphql(`
  mutation RemoveContact($input: RemoveContactInput!) { removeContact(input: $input) { email name role } }
`);

const FIELDS = {
  email: { id: 'email', name: 'the e-mail address' },
  name: { id: 'name', name: 'the name' },
  role: { id: 'role', name: 'what they do' },
};

const ROLES = Object.entries(contactRoleLabels) as [ContactRole, string][];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readContact(form: FormData) {
  const problems: Problem[] = [];
  const email = textOf(form, 'email');
  if (!email) problems.push({ field: FIELDS.email.id, text: 'Enter the e-mail address' });
  else if (!EMAIL.test(email)) {
    problems.push({ field: FIELDS.email.id, text: 'Enter an e-mail address in the right form, like name@example.org' });
  }
  const role = textOf(form, 'role') as ContactRole | null;
  if (!role) problems.push({ field: FIELDS.role.id, text: 'Select what they do' });
  if (problems.length > 0 || !email || !role) return refuse(problems);
  return accept({ email, role, name: textOf(form, 'name') });
}

export function AddContactPage() {
  const viewer = useViewer();
  const { owner, loading, error } = useContactOwner();
  const [, add] = useMutation(AddContact);
  const form = useRecording({
    fields: FIELDS,
    read: (data) => {
      const reading = readContact(data);
      if ('problems' in reading || !owner) return refuse('problems' in reading ? reading.problems : []);
      return accept({ ...reading.input, owner: owner.input });
    },
    send: (input) => add({ input }, CHANGED),
  });
  const blocked = useNotOffered({
    loading,
    error,
    what: 'add a contact',
    found: Boolean(owner),
    allowed: Boolean(owner && mayRecord(viewer, 'Mutation.addContact', owner.target)),
  });
  if (blocked || !owner) return blocked;
  const back = { href: owner.href, text: `Back to ${owner.href === '/reminders' ? 'reminders' : owner.name}` };
  if (form.done) {
    const added = form.done.addContact;
    return (
      <Done title="Contact added" back={back}>
        {added.name ?? added.email} ({contactRoleLabels[added.role]}) will be sent {owner.name}’s reminders
      </Done>
    );
  }
  const problem = (field: keyof typeof FIELDS) => problemFor(form.problems, FIELDS[field].id);
  return (
    <FormPage back={back} caption={owner.name} title="Add a contact" problems={form.problems}>
      <p class="govuk-body">Contacts are sent the reminders before an award’s review or reassessment falls due.</p>
      <form onSubmit={form.onSubmit} noValidate data-testid="contact-form">
        <FormGroup id="email" label="E-mail address" error={problem('email')}>
          <input
            class={`govuk-input${problem('email') ? ' govuk-input--error' : ''}`}
            id="email"
            name="email"
            type="email"
            spellcheck={false}
            autocomplete="email"
            aria-describedby={describedBy('email', false, problem('email'))}
          />
        </FormGroup>
        <FormGroup id="name" label="Name (optional)" error={problem('name')}>
          <input class="govuk-input" id="name" name="name" type="text" autocomplete="name" />
        </FormGroup>
        <FormGroup id="role" label="What they do" error={problem('role')}>
          <select class="govuk-select" id="role" name="role" defaultValue="">
            <option value="">Choose a role</option>
            {ROLES.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </FormGroup>
        <SendButton text="Add the contact" sending={form.sending} />
      </form>
    </FormPage>
  );
}

export function RemoveContactPage() {
  const viewer = useViewer();
  const { query } = useLocation();
  const { owner, loading, error } = useContactOwner();
  const email = query.email ?? '';
  const [, remove] = useMutation(RemoveContact);
  const form = useRecording({
    fields: FIELDS,
    read: () => (owner ? accept({ owner: owner.input, email }) : refuse([])),
    send: (input) => remove({ input }, CHANGED),
  });
  const blocked = useNotOffered({
    loading,
    error,
    what: 'remove a contact',
    found: Boolean(owner && email),
    allowed: Boolean(owner && mayRecord(viewer, 'Mutation.removeContact', owner.target)),
  });
  if (blocked || !owner) return blocked;
  const back = { href: owner.href, text: `Back to ${owner.name}` };
  if (form.done) {
    return (
      <Done title="Contact removed" back={back}>
        {form.done.removeContact.email} will no longer be sent {owner.name}’s reminders
      </Done>
    );
  }
  return (
    <FormPage back={back} caption={owner.name} title="Remove a contact" problems={form.problems}>
      <p class="govuk-body" data-testid="contact-to-remove">
        {email} will no longer be sent {owner.name}’s reminders. Reminders already sent keep the people they went to.
      </p>
      <form onSubmit={form.onSubmit} noValidate data-testid="remove-contact-form">
        <button type="submit" class="govuk-button govuk-button--warning" disabled={form.sending}>
          Remove the contact
        </button>
      </form>
    </FormPage>
  );
}

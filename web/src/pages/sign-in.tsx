// `/sign-in`: locally, pick a role and a scope and the local server signs a token for them (as Cognito would in
// AWS, where this page hands over to the user pool's hosted sign-in instead).

import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { homeOf, signIn } from '../auth.js';
import { type CognitoSettings, finishCognitoSignIn, startCognitoSignIn } from '../cognito-sign-in.js';
import { ErrorSummary } from '../components/govuk/error-summary.js';
import { Field, Input } from '../components/govuk/field.js';
import { usePageTitle } from '../components/page-title.js';
import type { WebConfig } from '../config.js';

/** In AWS: a button to the user pool's hosted sign-in, and the return from it (the address carries a code). */
function CognitoSignIn({ settings, next }: { settings: CognitoSettings; next: string | null }) {
  const { route } = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const returning = new URLSearchParams(window.location.search).has('code');
  useEffect(() => {
    if (!returning) return;
    finishCognitoSignIn(settings)
      .then(({ idToken, next: to }) => {
        const viewer = signIn(idToken);
        route(safeNext(to) ?? homeOf(viewer));
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [returning]);
  return (
    <>
      <h1 class="govuk-heading-xl">Sign in</h1>
      {problem ? (
        <ErrorSummary title="You could not be signed in">
          <p class="govuk-body">{problem}</p>
        </ErrorSummary>
      ) : null}
      {returning && !problem ? (
        <p class="govuk-body" role="status">
          Signing you in…
        </p>
      ) : (
        <button class="govuk-button" type="button" onClick={() => startCognitoSignIn(settings, next ?? '')}>
          Sign in with your Beacon account
        </button>
      )}
    </>
  );
}

/** Where to go back to: a path on this site (with its query string, so filters survive), never another site. */
export function safeNext(next: string | undefined): string | null {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : null;
}

const ROLES: [string, string, string][] = [
  ['council_officer', 'Council officer', 'la:340'],
  ['trust_executive', 'Trust executive', 'trust:2864'],
  ['school_leader', 'School leader', 'school:140412'],
  ['assessor', 'IQM assessor', 'la:340'],
  ['admin', 'Administrator', 'all'],
];

export function SignInPage({ config }: { config: WebConfig }) {
  const { query, route } = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const [role, setRole] = useState('council_officer');
  const next = safeNext(query.next);
  usePageTitle('Sign in');

  if (config.auth.mode === 'cognito') return <CognitoSignIn settings={config.auth} next={next} />;
  if (config.auth.mode !== 'local') {
    return (
      <>
        <h1 class="govuk-heading-xl">Sign in</h1>
        <p class="govuk-body">Signing in is not set up for this copy of Beacon.</p>
      </>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const response = await fetch('/local/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: form.get('role'), scope: form.get('scope'), email: form.get('email') || undefined }),
    });
    const body = (await response.json()) as { token?: string; message?: string };
    if (!response.ok || !body.token) {
      setProblem(body.message ?? 'Beacon could not sign you in.');
      return;
    }
    const viewer = signIn(body.token);
    route(next ?? homeOf(viewer));
  };

  const defaultScope = ROLES.find(([value]) => value === role)?.[2] ?? 'all';
  return (
    <>
      <h1 class="govuk-heading-xl">Sign in (local)</h1>
      <p class="govuk-body">
        This copy of Beacon runs on your machine. Choose who to be: the local server signs a token for that role and
        scope, as the Cognito user pool does in AWS. Pages then show what that scope may see.
      </p>
      {problem ? (
        <ErrorSummary title="There is a problem">
          <p class="govuk-body">{problem}</p>
        </ErrorSummary>
      ) : null}
      <form onSubmit={submit} data-testid="sign-in">
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Role</legend>
            <div class="govuk-radios" data-module="govuk-radios">
              {ROLES.map(([value, text]) => (
                <div class="govuk-radios__item" key={value}>
                  <input
                    class="govuk-radios__input"
                    id={`role-${value}`}
                    name="role"
                    type="radio"
                    value={value}
                    checked={role === value}
                    onChange={() => setRole(value)}
                  />
                  <label class="govuk-label govuk-radios__label" for={`role-${value}`}>
                    {text}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <Field
          id="scope"
          label="Scope"
          labelSize="m"
          hint="all, la:<LA code>, trust:<group UID> or school:<URN>, for example la:886 for Kent"
        >
          <Input
            width={20}
            id="scope"
            name="scope"
            aria-describedby="scope-hint"
            key={role}
            defaultValue={defaultScope}
          />
        </Field>
        <Field id="email" label="Email (optional)">
          <Input width={20} id="email" name="email" type="email" autocomplete="email" />
        </Field>
        <button class="govuk-button" type="submit" data-module="govuk-button">
          Sign in
        </button>
      </form>
    </>
  );
}

// Signing in on AWS: the user pool's hosted sign-in, authorization code with PKCE (oidc-client-ts), back to /sign-in.
// The ID token carries the role and scope the API checks, as the local server's tokens do.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface CognitoSettings {
  authority: string;
  clientId: string;
}

function manager(settings: CognitoSettings): UserManager {
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/sign-in`,
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to the hosted sign-in; `next` is where to come back to afterwards (empty: the viewer's home). */
export const startCognitoSignIn = (settings: CognitoSettings, next: string) =>
  manager(settings).signinRedirect({ state: next });

/** On return from the hosted sign-in: the ID token and where the person was going. */
export async function finishCognitoSignIn(settings: CognitoSettings): Promise<{ idToken: string; next: string }> {
  const user = await manager(settings).signinRedirectCallback();
  if (!user.id_token) throw new Error('The sign-in returned no ID token.');
  return { idToken: user.id_token, next: typeof user.state === 'string' ? user.state : '/' };
}

// Where the API is and how people sign in, read once from /config.json: the local server writes its own, the CDK
// stack deploys one beside the page (the API's address and the Cognito user pool's).
export interface WebConfig {
  apiUrl: string;
  auth: { mode: 'local' } | { mode: 'cognito'; authority: string; clientId: string; domain: string } | { mode: 'none' };
}

let loaded: Promise<WebConfig> | undefined;

export function webConfig(): Promise<WebConfig> {
  loaded ??= fetch('/config.json')
    .then((response) => (response.ok ? (response.json() as Promise<WebConfig>) : null))
    .catch(() => null)
    .then((config) => config ?? { apiUrl: '/graphql', auth: { mode: 'none' } });
  return loaded;
}

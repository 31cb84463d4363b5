// The GraphQL client: urql over fetch, with the signed-in viewer's token. Answers are cached per page view and
// refetched when the viewer changes (a signed-in viewer may see more).
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { currentViewer } from './auth.js';

export function createClient(apiUrl: string): Client {
  return new Client({
    url: apiUrl,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => {
      const viewer = currentViewer();
      return viewer ? { headers: { authorization: `Bearer ${viewer.token}` } } : {};
    },
  });
}

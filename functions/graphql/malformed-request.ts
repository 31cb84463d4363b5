// Answers a body that is not JSON with a GraphQL-shaped 400 instead of the integration's bare error.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export function rejectMalformedBody(event: APIGatewayProxyEventV2): APIGatewayProxyStructuredResultV2 | undefined {
  if (event.requestContext.http.method !== 'POST' || !event.body) return undefined;
  const contentType = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (!contentType?.toLowerCase().includes('json')) return undefined;
  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    JSON.parse(body);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable body';
    return {
      statusCode: 400,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        errors: [
          {
            message: `The request body is not valid JSON (${reason}). Send {"query": "...", "variables": {...}}.`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      }),
    };
  }
}

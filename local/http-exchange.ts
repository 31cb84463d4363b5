// The plain-HTTP side of the local server: reading a bounded body, answering in JSON, and knowing which
// origins and hosts are this machine's own.
import type { IncomingMessage, ServerResponse } from 'node:http';

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/** The page Beacon serves itself: exactly a loopback name with the port this server listens on. */
export function isOwnOrigin(origin: string, port: number | undefined): boolean {
  return port !== undefined && ['localhost', '127.0.0.1', '[::1]'].some((name) => origin === `http://${name}:${port}`);
}

/** The explorer is served only to browsers; a client asking for JSON gets the API. */
export function acceptsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /\btext\/html\b/i.test(accept);
}

export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve('too-large');
  // Listeners rather than for-await: leaving a for-await early destroys the socket before the 413 is written.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: Buffer | 'too-large' | Error) => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      // Chunked bodies declare no length, so the limit is also enforced while reading.
      if (size > maxBytes) finish('too-large');
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    const onError = (error: Error) => finish(error);
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** 429 with Retry-After, in GraphQL's error shape (as WAF's rate rule answers in AWS). */
export function sendRateLimited(
  response: ServerResponse,
  refusal: { retryAfterSeconds: number; message: string },
): void {
  response.setHeader('retry-after', String(refusal.retryAfterSeconds));
  sendJson(response, 429, {
    errors: [
      {
        message: refusal.message,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: refusal.retryAfterSeconds },
      },
    ],
  });
}

export function sendJson(response: ServerResponse, statusCode: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  response.writeHead(statusCode, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

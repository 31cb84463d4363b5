// Builds the importer Lambda handler from its parts, so tests drive exactly what handler.ts exports.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, NoSuchKey, type S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import * as z from '../core/zod.js';
import { type ImportKind, importPrefix } from '../deployment.js';
import type { Log } from '../log.js';
import type { StoreConfig } from '../store/index.js';
import { IMPORT_KINDS, type ImportResult, kindOfUpload, speakerOfUpload } from './kinds.js';
import { checkFileSize, ImportRefused } from './limits.js';
import { limitBytes } from './parsers/bounded-text.js';

/** The part of EventBridge's "Object Created" event from S3 that the import needs. */
const objectCreated = z.object({
  'detail-type': z.literal('Object Created'),
  detail: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.number()),
      'version-id': z.optional(z.string()),
    }),
  }),
});

export interface ImportHandlerDeps {
  store: StoreConfig;
  s3: S3Client;
  log: Log;
  /** How many problems a GIAS establishments result lists (default 50). */
  options?: { maxProblems?: number };
}

export type ImportSummary = ImportResult & {
  bucket: string;
  key: string;
  versionId?: string;
};

function urlDecoded(key: string): string | null {
  try {
    return decodeURIComponent(key.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * Reads the object as one byte array (the import then writes for minutes, longer than an S3 stream should sit
 * idle), refusing it before reading when its length is over the kind's limit and stopping at the limit should
 * more arrive. The version id pins the exact upload of a versioned bucket.
 */
async function readObject(
  s3: S3Client,
  where: { bucket: string; key: string; versionId: string | undefined },
  kind: ImportKind,
): Promise<Uint8Array> {
  const { bucket, key, versionId } = where;
  const read = async (objectKey: string) => {
    const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey, VersionId: versionId }));
    const body = output.Body as Readable | undefined;
    if (!body) throw new Error(`s3://${bucket}/${objectKey} has no body`);
    try {
      checkFileSize(kind, `s3://${bucket}/${objectKey}`, output.ContentLength ?? 0);
    } catch (error) {
      body.destroy(); // refused on its headers: the body is never read
      throw error;
    }
    const chunks: Buffer[] = [];
    await pipeline(body, limitBytes(`s3://${bucket}/${objectKey}`, IMPORT_KINDS[kind].limits, false), async (bytes) => {
      for await (const chunk of bytes as AsyncIterable<Buffer>) chunks.push(chunk);
    });
    return Buffer.concat(chunks);
  };
  try {
    return await read(key);
  } catch (error) {
    // S3 notifications URL-encode keys ("a b.csv" arrives as "a+b.csv"); should the event do so, the decoded key is
    // the object. Without s3:ListBucket a missing key is AccessDenied rather than NoSuchKey.
    const missing =
      error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === 'AccessDenied');
    const decoded = urlDecoded(key);
    if (!missing || decoded === null || decoded === key) throw error;
    return read(decoded);
  }
}

async function importObject(
  deps: ImportHandlerDeps,
  { kind, ...where }: { bucket: string; key: string; versionId?: string; kind: ImportKind },
  source: Readable,
): Promise<ImportSummary> {
  const { result, refused, finished } = await IMPORT_KINDS[kind].run(
    deps.store,
    { name: where.key, source },
    // A council's folder (imports/partnerships/la-886/) speaks for that council alone.
    { speaker: speakerOfUpload(where.key), ...deps.options },
  );
  const summary: ImportSummary = { ...where, ...result };
  if (refused > 0) deps.log.warn(finished, { ...summary });
  else deps.log.info(finished, { ...summary });
  return summary;
}

export function createImportHandler(deps: ImportHandlerDeps) {
  return async (event: unknown): Promise<ImportSummary> => {
    const parsed = objectCreated.safeParse(event);
    if (!parsed.success) {
      throw new Error(
        `Import event not understood (expected EventBridge "Object Created" from S3): ` +
          `${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    }
    const { bucket, object } = parsed.data.detail;
    const versionId = object['version-id'];
    if (!object.key.startsWith(importPrefix)) {
      throw new Error(
        `s3://${bucket.name}/${object.key} is not under ${importPrefix}; only uploads there are imported.`,
      );
    }
    deps.log.info('GIAS import started', { bucket: bucket.name, key: object.key, versionId, size: object.size });
    const where = { bucket: bucket.name, key: object.key, ...(versionId ? { versionId } : {}) };
    const kind = kindOfUpload(object.key);
    try {
      const bytes = await readObject(deps.s3, { bucket: bucket.name, key: object.key, versionId }, kind);
      return await importObject(deps, { ...where, kind }, Readable.from([bytes]));
    } catch (error) {
      // Refused whole (a limit passed): logged as an error (the importer's error alarm) and failed, so the event
      // is retried and then dead-lettered.
      if (error instanceof ImportRefused) deps.log.error('Import refused', { ...where, kind, reason: error.message });
      throw error;
    }
  };
}

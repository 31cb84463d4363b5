// A file's text, line by line, read as a stream under the kind's limits: bytes are counted as they pass (packed
// and unpacked) and each line's length as it grows, so an endless or line-less input stops after a bounded read
// with a one-line ImportRefused, and nothing holds more than a chunk and a line at a time.
import { pipeline, type Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { ImportRefused, type ReadLimits, sizeText } from '../limits.js';
import { GiasCsvError } from './gias-text.js';

/** `windows-1252-unless-bom`: as GIAS publishes its extracts, or UTF-8 once Excel re-saved one with a BOM. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'windows-1252-unless-bom';

/** Passes bytes through, refusing the stream past `maxBytes` or (for text) a line longer than `maxLineBytes`. */
export function limitBytes(name: string, limits: ReadLimits, checkLines: boolean, unpacked = false): Transform {
  let total = 0;
  let line = 1;
  let lineBytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > limits.maxBytes) {
        const what = unpacked ? 'unpacked' : 'long';
        done(new ImportRefused(`${name} is over ${sizeText(limits.maxBytes)} ${what}, the limit for its kind`));
        return;
      }
      for (let start = 0; checkLines; ) {
        const newline = chunk.indexOf(10, start);
        lineBytes += (newline === -1 ? chunk.length : newline) - start;
        if (lineBytes > limits.maxLineBytes) {
          done(
            new ImportRefused(`${name} line ${line} is over ${sizeText(limits.maxLineBytes)}, the limit for its kind`),
          );
          return;
        }
        if (newline === -1) break;
        line += 1;
        lineBytes = 0;
        start = newline + 1;
      }
      done(null, chunk);
    },
  });
}

/** The source through the limits (and gunzip when `name` ends in .gz); errors reach whoever reads the result. */
export function boundedBytes(source: Readable, name: string, limits: ReadLimits): Readable {
  const settled = () => {}; // errors surface through the last stream, which the reader iterates
  if (!name.endsWith('.gz')) return pipeline(source, limitBytes(name, limits, true), settled);
  return pipeline(
    source,
    limitBytes(name, limits, false),
    createGunzip(),
    limitBytes(name, limits, true, true),
    settled,
  );
}

type Decoder = (chunk: Buffer | null) => string;

function decoderFor(name: string, encoding: TextEncoding, first: Buffer): Decoder {
  const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
  if (encoding === 'utf-8' || (encoding === 'windows-1252-unless-bom' && bom)) {
    // Fatal only where UTF-8 is claimed by a BOM on a Windows-1252 format: a wrong guess must not garble names.
    const utf8 = new TextDecoder('utf-8', { fatal: encoding !== 'utf-8' });
    return (chunk) => {
      try {
        return chunk ? utf8.decode(chunk, { stream: true }) : utf8.decode();
      } catch {
        throw new GiasCsvError(name, 1, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
      }
    };
  }
  const win1252 = iconv.getDecoder('win1252');
  return (chunk) => (chunk ? win1252.write(chunk) : (win1252.end() ?? ''));
}

/** The text's lines without their line ends, numbered from 1, read under the limits. */
export async function* boundedLines(
  source: Readable,
  name: string,
  limits: ReadLimits,
  encoding: TextEncoding,
): AsyncGenerator<{ line: number; text: string }> {
  let decode: Decoder | undefined;
  let rest = '';
  let line = 0;
  for await (const chunk of boundedBytes(source, name, limits) as AsyncIterable<Buffer>) {
    decode ??= decoderFor(name, encoding, chunk);
    const parts = (rest + decode(chunk)).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) {
      line += 1;
      yield { line, text: part.endsWith('\r') ? part.slice(0, -1) : part };
    }
  }
  rest += decode ? decode(null) : '';
  if (rest !== '') yield { line: line + 1, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}

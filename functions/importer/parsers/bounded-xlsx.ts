// An .xlsx is a zip, and a small zip can declare or inflate to gigabytes (a zip bomb). read-excel-file has no limit,
// so the workbook is unpacked here first with fflate, counting every byte as it inflates (fed a little at a time, so
// no single step inflates much), and refused past the kind's limit; the reader then gets the entries re-packed
// uncompressed, so it unpacks only what was counted.
import { Unzip, type UnzipFile, UnzipInflate, type Zippable, zipSync } from 'fflate';
import { ImportRefused, type ReadLimits, sizeText } from '../limits.js';

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1,032×, so one step ≤ ~4 MB. */
const STEP = 4 * 1024;

/** The workbook's entries re-packed without compression, once their unpacked total is known to be within limits. */
export function boundedXlsx(bytes: Uint8Array, name: string, limits: ReadLimits): Uint8Array {
  const refusal = () =>
    new ImportRefused(`${name} is over ${sizeText(limits.maxBytes)} unpacked, the limit for its kind`);
  const entries: Zippable = {};
  const open = new Set<UnzipFile>();
  let total = 0;
  let refused: ImportRefused | null = null;
  const unzip = new Unzip((file) => {
    // The declared size refuses most bombs before any inflating; the count catches a zip that lies about it.
    if (refused || total + (file.originalSize ?? 0) > limits.maxBytes) {
      refused ??= refusal();
      return;
    }
    const chunks: Uint8Array[] = [];
    open.add(file);
    file.ondata = (error, data, final) => {
      if (error) throw error;
      total += data.length;
      if (total > limits.maxBytes) {
        refused ??= refusal();
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        open.delete(file);
        entries[file.name] = Buffer.concat(chunks);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const unreadable = (why: string) => new Error(`${name} cannot be read as an .xlsx workbook: ${why}`);
  try {
    for (let start = 0; start < bytes.length && !refused; start += STEP) {
      const end = Math.min(start + STEP, bytes.length);
      unzip.push(bytes.subarray(start, end), end === bytes.length);
    }
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  if (refused) throw refused;
  if (open.size > 0) throw unreadable('an entry of its zip is cut short');
  return zipSync(entries, { level: 0 });
}

// Crafted workbooks for the .xlsx limits: the DfE's neighbours workbook padded into a zip bomb, built with fflate.
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { DFE_FILES, dataPath } from './indicator-files.js';

export const workbook = () => new Uint8Array(readFileSync(dataPath(DFE_FILES.neighboursXlsx)));

/** The DfE's workbook with its sheet padded by `padding` bytes of spaces: a few KB once deflated. */
export function bomb(padding: number): Uint8Array {
  const entries = unzipSync(workbook());
  const sheet = entries['xl/worksheets/sheet1.xml'] ?? new Uint8Array();
  const padded = new Uint8Array(sheet.length + padding).fill(32);
  padded.set(sheet);
  return zipSync({ ...entries, 'xl/worksheets/sheet1.xml': padded }, { level: 9 });
}

/** The same zip claiming every entry is 100 bytes unpacked, in its local headers and its central directory. */
export function lyingAboutSizes(zip: Uint8Array): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const centralAt = view.getUint32(bytes.length - 22 + 16, true);
  for (let at = 0; at < centralAt; ) {
    const next =
      at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    view.setUint32(at + 22, 100, true);
    at = next;
  }
  for (let at = centralAt; view.getUint32(at, true) === 0x02014b50; ) {
    view.setUint32(at + 24, 100, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

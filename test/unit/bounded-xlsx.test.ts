// The .xlsx is unpacked within the kind's limit before read-excel-file sees it: the DfE's workbook passes whole; a
// crafted zip that declares, or only inflates to, far more than the limit is refused with the reason.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../functions/importer/limits.js';
import { boundedXlsx } from '../../functions/importer/parsers/bounded-xlsx.js';
import { bomb, lyingAboutSizes, workbook } from '../support/crafted-xlsx.js';

const LIMITS = IMPORT_LIMITS['statistical-neighbours'];
const over = new RegExp(`model\\.xlsx is over ${LIMITS.maxBytes / 1024 / 1024} MB unpacked, the limit for its kind`);

describe('unpacking an .xlsx within limits', () => {
  it('passes the DfE’s workbook through with every entry as it was', () => {
    const original = unzipSync(workbook());
    expect(unzipSync(boundedXlsx(workbook(), 'model.xlsx', LIMITS))).toEqual(original);
  });

  it('refuses a workbook whose zip declares 32 MB unpacked, though it is a few KB packed', () => {
    const zip = bomb(32 * 1024 * 1024);
    expect(zip.length).toBeLessThan(LIMITS.maxBytes);
    expect(() => boundedXlsx(zip, 'model.xlsx', LIMITS)).toThrow(over);
  });

  it('refuses a workbook whose zip claims small entries but inflates to 32 MB, counting as it inflates', () => {
    const zip = lyingAboutSizes(bomb(32 * 1024 * 1024));
    expect(unzipSync(zip, { filter: (file) => file.originalSize > 100 })).toEqual({});
    expect(() => boundedXlsx(zip, 'model.xlsx', LIMITS)).toThrow(over);
  });
});

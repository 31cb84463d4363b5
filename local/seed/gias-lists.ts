// The six GIAS list files Beacon's seed reads (LA codes, pupil-premium school list, open and all schools,
// links, trusts), each a pure parser: bytes in, validated rows out.
// Reads GIAS CSV files into validated rows. Every problem becomes a GiasCsvError naming the file and line,
// because an import of tens of thousands of rows is only fixable if the bad one can be found.

import { parse } from 'csv-parse/sync';
import { URN_FORMAT } from '../../functions/core/identifiers.js';
import * as z from '../../functions/core/zod.js';
import {
  controlCharacterIn,
  controlCharacterReason,
  decodeWindows1252,
  GiasCsvError,
  isoFromGiasDate,
  type ReadLimits,
} from '../../functions/importer/kinds.js';

export { GiasCsvError, isoFromGiasDate };

const MB = 1024 * 1024;

/** The seed's GIAS list files (data/gias): the largest, gias_schools_all, is 2.8 MB with lines of ≤ 139 B. */
export const GIAS_LIST_LIMITS: ReadLimits = { maxBytes: 64 * MB, maxLineBytes: 16 * 1024, maxRows: 500_000 };

/** GIAS publishes some files in Windows-1252 ("Latin-1"); the others are UTF-8. */
export type GiasEncoding = 'utf-8' | 'windows-1252';

export interface GiasFileSpec<Shape extends z.core.$ZodShape> {
  name: string;
  encoding: GiasEncoding;
  /** The header exactly as published, in order; the schema's keys name the same columns in the same order. */
  header: readonly string[];
  schema: z.ZodMiniObject<Shape>;
}

export const urnField = z.string().check(z.regex(URN_FORMAT, 'expected a 6-digit URN'));
export const laCodeField = z.string().check(z.regex(/^\d{3}$/, 'expected a 3-digit GIAS LA code'));
export const requiredText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** Blank cells mean "not recorded". */
export const optionalText = z.pipe(
  z.string().check(z.trim()),
  z.transform((text: string) => (text === '' ? undefined : text)),
);
export const optionalGiasDate = z.pipe(
  z.string(),
  z.transform((text: string, context) => {
    if (text === '') return undefined;
    const iso = isoFromGiasDate(text);
    if (iso === null) {
      context.issues.push({ code: 'custom', message: `expected a DD-MM-YYYY date, got "${text}"`, input: text });
      return z.NEVER;
    }
    return iso;
  }),
);

function decode(spec: { name: string; encoding: GiasEncoding }, bytes: Uint8Array): string {
  if (spec.encoding === 'windows-1252') return decodeWindows1252(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    throw new GiasCsvError(spec.name, line, 'not valid UTF-8 (is it a Windows-1252 GIAS download?)');
  }
  return text;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Parses and validates every row; the first bad row stops the import. */
export function readGiasRows<Shape extends z.core.$ZodShape>(
  spec: GiasFileSpec<Shape>,
  bytes: Uint8Array,
): z.infer<z.ZodMiniObject<Shape>>[] {
  let records: ParsedRecord[];
  try {
    records = parse(decode(spec, bytes), {
      info: true,
      skip_empty_lines: true,
      max_record_size: GIAS_LIST_LIMITS.maxLineBytes,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof GiasCsvError) throw error;
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 0;
    throw new GiasCsvError(spec.name, line, error instanceof Error ? error.message : String(error));
  }

  const [headerRecord, ...rows] = records;
  const header = headerRecord?.record ?? [];
  if (header.length !== spec.header.length || header.some((column, index) => column !== spec.header[index])) {
    throw new GiasCsvError(spec.name, 1, `unexpected header: expected ${JSON.stringify(spec.header)}`);
  }

  const keys = Object.keys(spec.schema.shape);
  return rows.map(({ record, info }) => {
    const control = controlCharacterIn(record);
    if (control) {
      const column = spec.header[control.index] ?? '';
      throw new GiasCsvError(spec.name, info.lines, `column "${column}" ${controlCharacterReason(control.code)}`);
    }
    const raw = Object.fromEntries(keys.map((key, index) => [key, record[index] ?? '']));
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const column = spec.header[keys.indexOf(key)] ?? key;
        return `column "${column}" ${JSON.stringify(raw[key] ?? '')}: ${issue.message}`;
      });
      throw new GiasCsvError(spec.name, info.lines, problems.join('; '));
    }
    return result.data;
  });
}

// The six files Beacon ships in data/gias (see its README for origins).
export const GIAS_FILES = {
  laCodes: {
    name: 'la_codes_england.csv',
    encoding: 'utf-8',
    header: [
      'English local authority (LA) name',
      'Get Information about Schools (GIAS) local authority (LA) code',
      'Office for National Statistics (ONS) local authority (LA) code (also known as Government Statistical Service ' +
        '(GSS) local authority (LA) code on GIAS)',
    ],
    schema: z.object({
      name: requiredText,
      code: laCodeField,
      onsCode: z.string().check(z.regex(/^(E\d{8}|X999999)$/, 'expected an ONS code E######## or X999999')),
    }),
  },
  pp50: {
    name: 'schools_pp50_autumn_2025.csv',
    encoding: 'utf-8',
    header: ['URN', 'Local Authority', 'School name', 'School type', 'Administrative district'],
    schema: z.object({
      urn: urnField,
      laName: requiredText,
      name: requiredText,
      type: optionalText,
      administrativeDistrict: optionalText,
    }),
  },
  openSchools: {
    name: 'gias_schools_open_2025-07-11.csv',
    encoding: 'utf-8',
    header: ['urn', 'name', 'open_date', 'town', 'postcode'],
    schema: z.object({
      urn: urnField,
      name: requiredText,
      openedOn: optionalGiasDate,
      town: optionalText,
      postcode: optionalText,
    }),
  },
  allSchools2022: {
    name: 'gias_schools_all_2022-11-02.csv',
    encoding: 'utf-8',
    header: ['urn', 'name', 'open_date', 'close_date', 'town', 'postcode'],
    schema: z.object({
      urn: urnField,
      name: requiredText,
      openedOn: optionalGiasDate,
      closedOn: optionalGiasDate,
      town: optionalText,
      postcode: optionalText,
    }),
  },
  links: {
    name: 'gias_links_edubasealldata20250422.csv',
    encoding: 'windows-1252',
    header: ['URN', 'LinkURN', 'LinkName', 'LinkType', 'LinkEstablishedDate'],
    schema: z.object({
      urn: urnField,
      linkUrn: urnField,
      linkName: requiredText,
      linkType: requiredText,
      linkedOn: optionalGiasDate,
    }),
  },
  trusts: {
    name: 'gias_academy_trusts_2016-11-22.csv',
    encoding: 'utf-8',
    header: ['Group UID', 'Group ID', 'Group Name', 'Companies House Number', 'Group Type (code)', 'Group Type'],
    schema: z.object({
      uid: z.string().check(z.regex(/^\d+$/, 'expected a numeric Group UID')),
      groupId: optionalText,
      name: requiredText,
      companiesHouseNumber: optionalText,
      typeCode: requiredText,
      type: z.enum(['Multi-academy trust', 'Single-academy trust']),
    }),
  },
} as const satisfies Record<string, GiasFileSpec<z.core.$ZodShape>>;

export type GiasFileKey = keyof typeof GIAS_FILES;
export type GiasRow<K extends GiasFileKey> = z.infer<(typeof GIAS_FILES)[K]['schema']>;

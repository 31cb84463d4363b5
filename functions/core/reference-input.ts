// Admin upserts of GIAS facts: schools, trusts, councils, partner agencies.

import { badInput } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import { parseAgencyId, parseLaCode, parseTrustUid, parseUrn } from './identifiers.js';
import type { LocalAuthorityRecord, PartnerAgencyRecord, SchoolRecord, TrustRecord } from './records.js';
import { newSchoolRecord } from './school-record.js';
import { isoDate, onFirstUse, optionalText, parseInput, text } from './validation.js';
import { AGENCY_KINDS, TRUST_TYPES } from './vocabulary.js';
import * as z from './zod.js';

const schoolFacts = onFirstUse(() =>
  z.object({
    urn: z.string(),
    name: text(lengths.UpsertSchoolInput.name),
    localAuthorityCode: z.string(),
    trustUid: z.optional(z.nullable(z.string())),
    phase: optionalText(lengths.UpsertSchoolInput.phase),
    type: optionalText(lengths.UpsertSchoolInput.type),
    administrativeDistrict: optionalText(lengths.UpsertSchoolInput.administrativeDistrict),
    town: optionalText(lengths.UpsertSchoolInput.town),
    postcode: z.optional(
      z.nullable(
        z
          .string()
          .check(z.trim(), z.regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, 'must be a UK postcode, e.g. L36 6DG')),
      ),
    ),
    openedOn: z.optional(z.nullable(isoDate())),
    closedOn: z.optional(z.nullable(isoDate())),
    expectedVersion: z.optional(z.nullable(z.number())),
  }),
);

export interface SchoolUpsert {
  urn: string;
  laCode: string;
  trustUid?: string;
  expectedVersion: number | null;
  /** Applies the facts to the school as it stands (or creates it), keeping its records and summary. */
  apply(existing: SchoolRecord | null): SchoolRecord;
}

export function schoolUpsertFromInput(input: unknown): SchoolUpsert {
  const parsed = parseInput(schoolFacts(), input, 'school');
  const urn = parseUrn(parsed.urn, 'input.urn');
  const laCode = parseLaCode(parsed.localAuthorityCode, 'input.localAuthorityCode');
  const trustUid = parsed.trustUid ? parseTrustUid(parsed.trustUid, 'input.trustUid') : undefined;
  if (parsed.openedOn && parsed.closedOn && parsed.closedOn < parsed.openedOn) {
    throw badInput('closedOn must not be before openedOn.', { argument: 'closedOn' });
  }
  const facts = {
    name: parsed.name,
    laCode,
    trustUid,
    phase: parsed.phase ?? undefined,
    type: parsed.type ?? undefined,
    administrativeDistrict: parsed.administrativeDistrict ?? undefined,
    town: parsed.town ?? undefined,
    postcode: parsed.postcode?.toUpperCase() ?? undefined,
    openedOn: parsed.openedOn ?? undefined,
    closedOn: parsed.closedOn ?? undefined,
  };
  return {
    urn,
    laCode,
    trustUid,
    expectedVersion: parsed.expectedVersion ?? null,
    apply: (existing) =>
      existing ? { ...existing, ...facts, version: existing.version + 1 } : newSchoolRecord({ urn, ...facts }),
  };
}

export function trustFromInput(input: unknown): TrustRecord {
  const parsed = parseInput(
    z.object({
      uid: z.string(),
      groupId: optionalText(lengths.UpsertTrustInput.groupId),
      name: text(lengths.UpsertTrustInput.name),
      type: z.enum(TRUST_TYPES),
      companiesHouseNumber: optionalText(lengths.UpsertTrustInput.companiesHouseNumber),
    }),
    input,
    'trust',
  );
  return {
    uid: parseTrustUid(parsed.uid, 'input.uid'),
    groupId: parsed.groupId ?? undefined,
    name: parsed.name,
    type: parsed.type,
    companiesHouseNumber: parsed.companiesHouseNumber ?? undefined,
    provenance: 'REAL',
  };
}

export function localAuthorityFromInput(input: unknown): LocalAuthorityRecord {
  const parsed = parseInput(
    z.object({
      code: z.string(),
      name: text(lengths.UpsertLocalAuthorityInput.name),
      onsCode: z.optional(z.nullable(z.string().check(z.regex(/^E\d{8}$/, 'must be an ONS code such as E08000011')))),
    }),
    input,
    'local authority',
  );
  return { code: parseLaCode(parsed.code, 'input.code'), name: parsed.name, onsCode: parsed.onsCode ?? undefined };
}

export function agencyFromInput(input: unknown): PartnerAgencyRecord {
  const parsed = parseInput(
    z.object({
      id: z.string(),
      name: text(lengths.UpsertPartnerAgencyInput.name),
      kind: z.enum(AGENCY_KINDS),
      localAuthorityCode: z.optional(z.nullable(z.string())),
    }),
    input,
    'partner agency',
  );
  return {
    id: parseAgencyId(parsed.id, 'input.id'),
    name: parsed.name,
    kind: parsed.kind,
    laCode: parsed.localAuthorityCode ? parseLaCode(parsed.localAuthorityCode, 'input.localAuthorityCode') : undefined,
  };
}

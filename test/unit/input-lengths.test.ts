// Each input's length limit is declared once, by @length(max:) in schema/*.graphql: the server checks it before any
// resolver runs, and codegen writes it to functions/core/generated/input-lengths.ts for the zod schemas to read. These
// tests read the SDL itself, so they fail when either side changes alone (or the generated module is stale).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLInputField, getNamedType, isInputObjectType, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  grantFromInput,
  reassessmentFromInput,
  reviewFromInput,
  withdrawalFromInput,
} from '../../functions/core/award-input.js';
import { addContactFromInput, removeContactFromInput } from '../../functions/core/contact-input.js';
import { subscriptionFromInput } from '../../functions/core/digest-input.js';
import { DomainError } from '../../functions/core/errors.js';
import * as lengths from '../../functions/core/generated/input-lengths.js';
import { inspectionFromInput } from '../../functions/core/inspection-input.js';
import { partnershipFromInput } from '../../functions/core/partnership-input.js';
import {
  agencyFromInput,
  localAuthorityFromInput,
  schoolUpsertFromInput,
  trustFromInput,
} from '../../functions/core/reference-input.js';

const schema = buildSchema(
  readdirSync('schema')
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(path.join('schema', file), 'utf8'))
    .join('\n'),
);

const maxOf = (field: GraphQLInputField) => {
  const directive = field.astNode?.directives?.find((candidate) => candidate.name.value === 'length');
  const max = directive?.arguments?.find((argument) => argument.name.value === 'max')?.value;
  return max?.kind === Kind.INT ? Number(max.value) : undefined;
};

/** Every input field with @length in the SDL, as `Type.field`, its limit and whether it is a String (not an ID). */
const declared = Object.values(schema.getTypeMap())
  .filter(isInputObjectType)
  .flatMap((type) =>
    Object.values(type.getFields()).flatMap((field) => {
      const max = maxOf(field);
      if (max === undefined) return [];
      return [{ type: type.name, field: field.name, max, isString: getNamedType(field.type).name === 'String' }];
    }),
  );

const TODAY = '2026-11-23';
const newId = (urn: string, date: string) => `A-${urn}-${date}`;
const change = { actor: 'admin@beacon.example', actorRole: 'admin', at: '2026-11-23T09:00:00.000Z', action: 'x' };

/** How zod parses each input: the core function a mutation calls, and where a field's problem is named. */
const parsers: Record<
  string,
  { parse: (input: Record<string, unknown>) => unknown; path?: (field: string) => string }
> = {
  AddContactInput: { parse: (input) => addContactFromInput(input, change) },
  RemoveContactInput: { parse: removeContactFromInput },
  UpsertLocalAuthorityInput: { parse: localAuthorityFromInput },
  UpsertSchoolInput: { parse: schoolUpsertFromInput },
  UpsertTrustInput: { parse: trustFromInput },
  UpsertPartnerAgencyInput: { parse: agencyFromInput },
  AddPartnershipInput: { parse: (input) => partnershipFromInput(input, TODAY) },
  RecordInspectionInput: { parse: (input) => inspectionFromInput(input, TODAY, newId) },
  GrantAwardInput: { parse: (input) => grantFromInput(input, TODAY, newId) },
  ElementFindingInput: {
    parse: (finding) => grantFromInput({ elements: [finding] }, TODAY, newId),
    path: (field) => `elements.0.${field}`,
  },
  RecordAnnualReviewInput: { parse: (input) => reviewFromInput(input, TODAY) },
  RecordReassessmentInput: { parse: (input) => reassessmentFromInput(input, TODAY, newId) },
  WithdrawAwardInput: { parse: (input) => withdrawalFromInput(input, TODAY) },
  SubscribeToDigestInput: { parse: (input) => subscriptionFromInput(input, 'officer@kent.gov.uk') },
};

/** String fields whose length only the server checks: zod reads a stricter format, or does not parse them. */
const LENGTH_NOT_ZODS = [
  'SchoolFilter.nameContains',
  'SchoolFilter.type',
  'SchoolFilter.phase',
  'UpsertSchoolInput.postcode',
  'UpsertLocalAuthorityInput.onsCode',
];

function problemsOf(parse: (input: Record<string, unknown>) => unknown, input: Record<string, unknown>): string[] {
  try {
    parse(input);
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problems = error.details?.problems;
    return Array.isArray(problems) ? problems.map(String) : [];
  }
}

/** A string of the length asked for that passes the field's other checks. */
const ofLength = (field: string, length: number) =>
  field === 'email' ? `${'a'.repeat(length - '@school.example'.length)}@school.example` : 'x'.repeat(length);

const zodChecked = declared.filter(
  ({ type, field, isString }) => isString && parsers[type] && !LENGTH_NOT_ZODS.includes(`${type}.${field}`),
);

describe('each input length limit, declared once in the SDL', () => {
  it('is either checked by zod or listed as checked by the server alone', () => {
    const unaccounted = declared
      .filter(
        ({ type, field, isString }) => isString && !parsers[type] && !LENGTH_NOT_ZODS.includes(`${type}.${field}`),
      )
      .map(({ type, field }) => `${type}.${field}`);
    expect(unaccounted).toEqual([]);
    const named = declared.map(({ type, field }) => `${type}.${field}`);
    expect(LENGTH_NOT_ZODS.filter((name) => !named.includes(name))).toEqual([]);
    expect(zodChecked.length).toBeGreaterThan(20);
  });

  it.each(zodChecked.map((limit) => [`${limit.type}.${limit.field}`, limit] as const))(
    'is what zod allows for %s',
    (_name, { type, field, max }) => {
      const { parse, path = (name: string) => name } = parsers[type]!;
      const at = path(field);
      expect(
        problemsOf(parse, { [field]: ofLength(field, max) }).filter((problem) => problem.startsWith(`${at}:`)),
      ).toEqual([]);
      expect(problemsOf(parse, { [field]: ofLength(field, max + 1) })).toContain(
        `${at}: must be at most ${max} characters`,
      );
    },
  );

  it('is what the generated module gives the zod schemas, for every field and no other', () => {
    const generated = Object.entries(lengths).flatMap(([type, limits]) =>
      Object.entries(limits)
        .filter(([field]) => Number.isNaN(Number(field)))
        .map(([field, max]) => ({ type, field, max })),
    );
    const sdl = declared.map(({ type, field, max }) => ({ type, field, max }));
    const order = (a: { type: string; field: string }, b: { type: string; field: string }) =>
      `${a.type}.${a.field}`.localeCompare(`${b.type}.${b.field}`);
    expect(generated.sort(order)).toEqual(sdl.sort(order));
  });

  it('is never written again as a number in functions/core', () => {
    const files = readdirSync('functions/core', { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.startsWith('generated'),
    );
    const literals = files.flatMap((file) =>
      readFileSync(path.join('functions/core', file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /\b(?:text|optionalText|maxLength|emailAddress)\(\s*\d/.test(line)
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(literals).toEqual([]);
  });
});

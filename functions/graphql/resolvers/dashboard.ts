// Borough and trust views: summary, comparison and CSV, each from one index query plus batched reads.
import { comparisonRow } from '../../core/comparison.js';
import { badInput } from '../../core/errors.js';
import { parseUrn } from '../../core/identifiers.js';
import { summariseInclusion, summaryOfTally } from '../../core/inclusion-summary.js';
import type { SchoolRecord } from '../../core/records.js';
import { schoolsCsv } from '../../core/school-csv.js';
import type { SchoolFilterInput } from '../../core/school-filter.js';
import { recordOrderKey, type SchoolSort, sortSchools } from '../../core/school-order.js';
import type { RollupScope } from '../../store/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { filteredSchools, withinList } from '../school-lists.js';

const MAX_COMPARED = 50;

async function comparison(schools: SchoolRecord[], context: GraphQLContext) {
  const ordered = sortSchools(schools, recordOrderKey('NAME', context.today));
  const inspectionIds = ordered.flatMap((school) =>
    school.summary.latestInspection ? [school.summary.latestInspection.inspectionId] : [],
  );
  const inspections = new Map(
    (await context.store.inspections.existing(inspectionIds)).map((inspection) => [inspection.id, inspection]),
  );
  return {
    rows: ordered.map((school) =>
      comparisonRow(
        school,
        inspections.get(school.summary.latestInspection?.inspectionId ?? '') ?? null,
        context.today,
      ),
    ),
    summary: summariseInclusion(ordered, context.today),
  };
}

/** The distinct phases and types of a council's or trust's open schools, from its listings (shared with its list). */
async function choicesOf(context: GraphQLContext, scope: RollupScope) {
  const listings = await context.store.schools.listings(scope);
  const distinct = (fact: 'phase' | 'type') =>
    [...new Set(listings.flatMap((listing) => listing[fact] ?? []))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return { phases: distinct('phase'), types: distinct('type') };
}

/** A school list as CSV: its schools whole, with their local authorities' and trusts' names and the data's dates. */
async function csvOf(
  context: GraphQLContext,
  filter: SchoolFilterInput | null | undefined,
  sort: SchoolSort | null | undefined,
): Promise<string> {
  const schools = await filteredSchools(context, filter, sort);
  const distinct = (values: (string | undefined)[]) => [...new Set(values.flatMap((value) => value ?? []))];
  const [trustRecords, authorities, sources] = await Promise.all([
    context.store.trusts.existing(distinct(schools.map((school) => school.trustUid))),
    Promise.all(distinct(schools.map((school) => school.laCode)).map(context.store.localAuthorities.byCode)),
    context.store.sources.all(),
  ]);
  const trusts = new Map(trustRecords.map((trust) => [trust.uid, trust.name]));
  const authorityNames = new Map(
    authorities.flatMap((authority) => (authority ? [[authority.code, authority.name]] : [])),
  );
  // The newest as-at among the kinds (ISO text sorts by date).
  const asAtOf = (...kinds: string[]) =>
    sources
      .filter((source) => kinds.includes(source.kind))
      .map((source) => source.asAt)
      .sort()
      .at(-1);
  const names = {
    localAuthority: (code: string) => authorityNames.get(code) ?? '',
    trust: (uid: string) => trusts.get(uid) ?? '',
    asAt: { ofsted: asAtOf('ofsted-outcomes'), gias: asAtOf('gias-establishments', 'gias-groups', 'gias-lists') },
  };
  return schoolsCsv(schools, context.today, names);
}

export const dashboardResolvers: Resolvers<GraphQLContext> = {
  LocalAuthority: {
    inclusionSummary: async (authority, _args, context) =>
      summaryOfTally(await context.store.tallies.of({ localAuthority: authority.code }), context.today),
    schoolsCsv: (authority, args, context) =>
      csvOf(context, withinList(args.filter, { localAuthority: authority.code }), args.sort),
    schoolChoices: (authority, _args, context) => choicesOf(context, { localAuthority: authority.code }),
  },
  Trust: {
    inclusionSummary: async (trust, _args, context) =>
      summaryOfTally(await context.store.tallies.of({ trust: trust.uid }), context.today),
    comparison: async (trust, _args, context) => comparison(await context.store.schools.ofTrust(trust.uid), context),
    schoolChoices: (trust, _args, context) => choicesOf(context, { trust: trust.uid }),
  },
  England: {
    inclusionSummary: async (_england, _args, context) =>
      summaryOfTally(await context.store.tallies.england(), context.today),
  },
  Query: {
    england: () => ({}),
    schoolsCsv: (_root, args, context) => csvOf(context, args.filter, args.sort),
    compareSchools: async (_root, args, context) => {
      if (args.urns.length === 0 || args.urns.length > MAX_COMPARED) {
        throw badInput(`Compare from 1 to ${MAX_COMPARED} schools; got ${args.urns.length}.`, { argument: 'urns' });
      }
      const urns = [...new Set(args.urns.map((urn, index) => parseUrn(urn, `urns[${index}]`)))];
      const schools = await context.store.schools.existing(urns);
      const missing = urns.filter((urn) => !schools.some((school) => school.urn === urn));
      if (missing.length > 0)
        throw badInput(`Beacon holds no school with URN ${missing.join(', ')}.`, { argument: 'urns', missing });
      return comparison(schools, context);
    },
  },
};

// schema/changes.graphql: the change feeds of a council, a trust, a school and England. Arguments are checked before
// any read; a caller sees a feed's scoped changes only within their scope (core/changes/change-query.ts).
import type { ScopeTarget } from '../../core/authorization.js';
import { type ChangeArgs, type ChangeFeed, changeQueryFromArgs, seesScopedChanges } from '../../core/change-feed.js';
import { keysetPageInfo } from '../../core/pagination.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

async function feedPage(context: GraphQLContext, feed: ChangeFeed, target: ScopeTarget, args: ChangeArgs) {
  const query = changeQueryFromArgs(args, seesScopedChanges(context.caller, feed, target));
  const page = await context.store.changes.page(feed, query);
  return {
    edges: page.edges,
    pageInfo: { ...keysetPageInfo(page.edges, page.hasNextPage, args.after), endCursor: page.endCursor },
  };
}

export const changeResolvers: Resolvers<GraphQLContext> = {
  LocalAuthority: {
    changes: (authority, args, context) =>
      feedPage(context, { scope: 'LOCAL_AUTHORITY', id: authority.code }, { laCode: authority.code }, args),
  },
  Trust: {
    changes: (trust, args, context) =>
      feedPage(context, { scope: 'TRUST', id: trust.uid }, { trustUid: trust.uid }, args),
  },
  School: {
    changes: (school, args, context) =>
      feedPage(
        context,
        { scope: 'SCHOOL', id: school.urn },
        { urn: school.urn, laCode: school.laCode, trustUid: school.trustUid },
        args,
      ),
  },
  England: {
    changes: (_england, args, context) => feedPage(context, { scope: 'ENGLAND' }, {}, args),
  },
  ChangeEvent: {
    from: (change) => change.from ?? null,
    to: (change) => change.to ?? null,
    schoolName: (change) => change.schoolName ?? null,
    school: (change, _args, context) => (change.urn ? context.store.schools.byUrn(change.urn) : null),
    relatedSchool: (change, _args, context) =>
      change.relatedUrn ? context.store.schools.byUrn(change.relatedUrn) : null,
    localAuthority: (change, _args, context) =>
      change.laCode ? context.store.localAuthorities.byCode(change.laCode) : null,
    trust: (change, _args, context) => (change.trustUid ? context.store.trusts.byUid(change.trustUid) : null),
    // actor and actorEmail are the @actor rule's (actor-fields.ts), read from the stored actor fields.
    source: (change) => ({ ...change.source, file: change.source.file ?? null, asAt: change.source.asAt ?? null }),
  },
};

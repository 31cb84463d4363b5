// Enforces the access table: every listed resolver is wrapped so the role is checked before any read, identifiers
// are parsed before the target is read, and the target's scope is checked before the resolver runs.
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import { type AccessRule, accessPolicy, type TargetKind } from '../core/access-policy.js';
import { needsNoTarget, requireRole, requireScope, type ScopeTarget } from '../core/authorization.js';
import { type OwnerInput, ownerFromInput } from '../core/contact-input.js';
import type { ContactOwner } from '../core/contacts.js';
import { badInput, notFound } from '../core/errors.js';
import { parseAgencyId, parseUrn } from '../core/identifiers.js';
import { parseReminderIdInput, type ReminderFilterInput } from '../core/reminder-input.js';
import { recordIds } from '../store/index.js';
import type { GraphQLContext } from './context.js';

type Args = Record<string, unknown>;
type Parent = Record<string, unknown>;
type ResolverMap = Record<string, Record<string, unknown>>;

async function schoolTarget(context: GraphQLContext, urn: string): Promise<ScopeTarget> {
  const school = await context.store.schools.byUrn(urn);
  if (!school) throw notFound(`No school with URN ${urn} is held by Beacon.`);
  return { urn: school.urn, laCode: school.laCode, trustUid: school.trustUid };
}

function ownerTarget(context: GraphQLContext, owner: ContactOwner): Promise<ScopeTarget> | ScopeTarget {
  if (owner.scope === 'TRUST') return { trustUid: owner.id };
  if (owner.scope === 'LOCAL_AUTHORITY') return { laCode: owner.id };
  return schoolTarget(context, owner.id);
}

const input = (args: Args) => (args.input ?? {}) as Args;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function urnOfAward(awardId: string): string {
  const urn = recordIds.urnOf(awardId.trim());
  if (!urn)
    throw badInput('input.awardId is not an award id; award ids look like A-140412-20231215-3f9a1c.', {
      argument: 'input.awardId',
    });
  return urn;
}

/**
 * Each kind parses its identifiers first (a malformed one is BAD_USER_INPUT before any read), then names
 * what it needs to read as a thunk, so admins and `all` scopes, which need no target, cost no read.
 */
const targets: Record<
  TargetKind,
  (parent: Parent, args: Args, context: GraphQLContext) => () => Promise<ScopeTarget | null> | ScopeTarget | null
> = {
  none: () => () => null,
  school: (_parent, args, context) => {
    const urn = parseUrn(text(input(args).urn), 'input.urn');
    return () => schoolTarget(context, urn);
  },
  partnership: (_parent, args, context) => {
    const urn = parseUrn(text(input(args).urn), 'input.urn');
    const agencyId = parseAgencyId(text(input(args).agencyId), 'input.agencyId');
    return async () => {
      const [school, agency] = await Promise.all([schoolTarget(context, urn), context.store.agencies.byId(agencyId)]);
      return agency?.laCode ? { ...school, agencyLaCode: agency.laCode } : school;
    };
  },
  award: (_parent, args, context) => {
    const urn = urnOfAward(text(input(args).awardId));
    return () => schoolTarget(context, urn);
  },
  contactOwner: (_parent, args, context) => {
    const owner = ownerFromInput((input(args).owner ?? {}) as OwnerInput, 'input.owner');
    return () => ownerTarget(context, owner);
  },
  digestScope: (_parent, args, context) => {
    const owner = ownerFromInput((input(args).scope ?? {}) as OwnerInput, 'input.scope');
    return () => ownerTarget(context, owner);
  },
  reminderFilter: (_parent, args, context) => {
    const owner = ownerFromInput((args.filter ?? {}) as ReminderFilterInput, 'filter');
    return () => ownerTarget(context, owner);
  },
  reminder: (_parent, args, context) => {
    const { awardId } = parseReminderIdInput(text(args.id));
    const urn = recordIds.urnOf(awardId);
    if (!urn) throw notFound(`No reminder with id "${awardId}".`);
    return () => schoolTarget(context, urn);
  },
  parentSchool: (parent) => () => ({
    urn: text(parent.urn),
    laCode: text(parent.laCode),
    trustUid: text(parent.trustUid) || undefined,
  }),
  parentTrust: (parent) => () => ({ trustUid: text(parent.uid) }),
  parentAuthority: (parent) => () => ({ laCode: text(parent.code) }),
  parentRecord: (parent, _args, context) => () => schoolTarget(context, text(parent.urn)),
};

export async function enforce(rule: AccessRule, parent: Parent, args: Args, context: GraphQLContext): Promise<void> {
  requireRole(context.caller, rule);
  const readTarget = targets[rule.target](parent, args, context);
  if (needsNoTarget(context.caller, rule)) return;
  requireScope(context.caller, rule, await readTarget());
}

/** Wraps every resolver the access table lists; fails at start when a listed field has no type to hang on. */
export function withAccessPolicy<T extends object>(resolvers: T): T {
  const map = resolvers as unknown as ResolverMap;
  for (const [operation, rule] of Object.entries(accessPolicy) as [string, AccessRule][]) {
    const [typeName, fieldName] = operation.split('.') as [string, string];
    map[typeName] ??= {};
    const fields = map[typeName];
    const original = (fields[fieldName] ?? defaultFieldResolver) as GraphQLFieldResolver<Parent, GraphQLContext, Args>;
    fields[fieldName] = async (
      parent: Parent,
      args: Args,
      context: GraphQLContext,
      info: Parameters<typeof original>[3],
    ) => {
      await enforce(rule, parent, args, context);
      return original(parent, args, context, info);
    };
  }
  return resolvers;
}

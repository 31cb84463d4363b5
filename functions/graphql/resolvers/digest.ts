// schema/digest.graphql: subscribing to the weekly digest (who may subscribe whom: access-policy.ts) and
// unsubscribing with the e-mail's token (no sign-in). The job that sends it: functions/reassessment/digests.ts.
import { digestSubscriber } from '../../core/access-policy.js';
import type { ScopeTarget } from '../../core/authorization.js';
import { seesScopedChanges } from '../../core/change-feed.js';
import type { ContactOwner } from '../../core/contacts.js';
import { describeOwner } from '../../core/contacts.js';
import { subscriptionFromInput } from '../../core/digest-input.js';
import { parseDigestToken } from '../../core/digest-token.js';
import { DomainError, notFound } from '../../core/errors.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** The council's, trust's or school's name and what it belongs to; NOT_FOUND when Beacon holds no such one. */
async function scopeOf(context: GraphQLContext, owner: ContactOwner): Promise<{ name: string; target: ScopeTarget }> {
  const found =
    owner.scope === 'SCHOOL'
      ? await context.store.schools
          .byUrn(owner.id)
          .then((school) =>
            school
              ? { name: school.name, target: { urn: school.urn, laCode: school.laCode, trustUid: school.trustUid } }
              : null,
          )
      : owner.scope === 'TRUST'
        ? await context.store.trusts
            .byUid(owner.id)
            .then((trust) => trust && { name: trust.name, target: { trustUid: trust.uid } })
        : await context.store.localAuthorities
            .byCode(owner.id)
            .then((authority) => authority && { name: authority.name, target: { laCode: authority.code } });
  if (!found) throw notFound(`Beacon holds no ${describeOwner(owner)}.`);
  return found;
}

export const digestResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    subscribeToDigest: async (_root, { input }, context) => {
      const { owner, email } = subscriptionFromInput(input, context.caller.id);
      const scope = await scopeOf(context, owner);
      const contacts = email === context.caller.id.toLowerCase() ? [] : await context.store.contacts.of(owner);
      const who = digestSubscriber(
        context.caller,
        email,
        contacts.some((contact) => contact.email === email),
      );
      if (who === 'refused') {
        throw new DomainError(
          'FORBIDDEN',
          `You may subscribe yourself; ${email} can be subscribed only if they are a contact of ` +
            `${describeOwner(owner)} (addContact), by a role that manages its contacts.`,
        );
      }
      return context.store.digests.subscribe({
        email,
        scope: owner.scope,
        scopeId: owner.id,
        scopeName: scope.name,
        withScoped:
          who === 'contact' || seesScopedChanges(context.caller, { scope: owner.scope, id: owner.id }, scope.target),
        subscribedAt: context.change('subscribeToDigest').at,
      });
    },
    unsubscribeFromDigest: (_root, { token }, context) =>
      context.store.digests.unsubscribe(parseDigestToken(token), context.change('unsubscribeFromDigest').at),
  },
  DigestSubscription: {
    includesScopedChanges: (subscription) => subscription.withScoped,
    unsubscribedAt: (subscription) => subscription.unsubscribedAt ?? null,
  },
};

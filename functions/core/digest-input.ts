// subscribeToDigest's input, checked before any read: exactly one scope, and an address when one is given.

import { emailAddress, ownerFromInput, ownerInput } from './contact-input.js';
import type { ContactOwner } from './contacts.js';
import { badInput } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import { onFirstUse, parseInput } from './validation.js';
import * as z from './zod.js';

const subscribeInput = onFirstUse(() =>
  z.object({
    email: z.optional(z.nullable(emailAddress(lengths.SubscribeToDigestInput.email))),
    scope: ownerInput(),
  }),
);

/** The scope, and the address to subscribe: the one given, or the caller's own (the address they signed in with). */
export function subscriptionFromInput(input: unknown, callerId: string): { owner: ContactOwner; email: string } {
  const parsed = parseInput(subscribeInput(), input, 'subscription');
  const owner = ownerFromInput(parsed.scope, 'input.scope');
  if (parsed.email) return { owner, email: parsed.email };
  const own = emailAddress(lengths.SubscribeToDigestInput.email).safeParse(callerId);
  if (!own.success) {
    throw badInput('You signed in without an e-mail address; give input.email to say where the digest goes.', {
      argument: 'input.email',
    });
  }
  return { owner, email: own.data };
}

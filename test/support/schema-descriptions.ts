// The descriptions the schema's SDL carries (types, fields, arguments, enum values, directives): what the local
// explorer shows and the deployed API's bundle leaves out.
import { GraphQLScalarType, parse, visit } from 'graphql';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { baseResolvers } from '../../functions/graphql/resolvers/base.js';

export function schemaDescriptions(): string[] {
  const found: string[] = [];
  visit(parse(typeDefs), {
    enter(node) {
      if ('description' in node && node.description) found.push(node.description.value);
    },
  });
  return found;
}

/**
 * The Date and DateTime scalars also say theirs in resolver code (functions/graphql/attach-resolvers.ts sets a
 * scalar's description from there): two short lines, not the schema document.
 */
export const scalarDescriptionsInCode = (): string[] =>
  Object.values(baseResolvers).flatMap((value) =>
    value instanceof GraphQLScalarType && value.description ? [value.description] : [],
  );

/** The descriptions of `schemaDescriptions()` found in a bundle's code, by their first words. */
export function descriptionsIn(code: string): string[] {
  const inCode = scalarDescriptionsInCode();
  return schemaDescriptions()
    .filter((text) => !inCode.includes(text))
    .map((text) => text.split('\n')[0]?.slice(0, 40) ?? '')
    .filter((start) => code.includes(start));
}

// The deployed API's schema is the code codegen writes (graphql-js constructors, functions/graphql/generated/
// schema-code.ts): it must be the schema the SDL says (descriptions aside), with the same directives on every field,
// argument and input field, and every resolver where @graphql-tools' addResolversToSchema would have put it.
import { addResolversToSchema } from '@graphql-tools/schema';
import {
  buildASTSchema,
  type DocumentNode,
  GraphQLScalarType,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  visit,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { attachResolvers } from '../../functions/graphql/attach-resolvers.js';
import { buildSchemaFromCode } from '../../functions/graphql/generated/schema-code.js';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { buildResolvers } from '../../functions/graphql/resolvers/index.js';

const withoutDescriptions = (document: DocumentNode): DocumentNode =>
  visit(document, { enter: (node) => ('description' in node ? { ...node, description: undefined } : undefined) });

const fromSdl = () => buildASTSchema(withoutDescriptions(parse(typeDefs)), { assumeValid: true, assumeValidSDL: true });
const printed = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

/** Every field, argument and input field with the directives applied to it, as SDL. */
function appliedDirectives(schema: GraphQLSchema): Record<string, string> {
  const found: Record<string, string> = {};
  const note = (
    coordinate: string,
    node: { directives?: readonly Parameters<typeof print>[0][] } | null | undefined,
  ) => {
    if (node?.directives?.length) found[coordinate] = node.directives.map((directive) => print(directive)).join(' ');
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.astNode);
        for (const argument of field.args) note(`${type.name}.${field.name}(${argument.name}:)`, argument.astNode);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.astNode);
    }
  }
  return found;
}

describe('the schema as code', () => {
  it('is the schema the SDL says, without its descriptions', () => {
    expect(printed(buildSchemaFromCode())).toEqual(printed(fromSdl()));
  });

  it('keeps the directives the SDL applies (@length, @actor, @restricted) where the SDL applies them', () => {
    const expected = appliedDirectives(fromSdl());
    expect(Object.keys(expected).length).toBeGreaterThan(100);
    expect(Object.values(expected).filter((applied) => applied.startsWith('@length(max: '))).not.toHaveLength(0);
    expect(appliedDirectives(buildSchemaFromCode())).toEqual(expected);
  });

  it('is a new schema each time it is built (resolvers are set in place on it)', () => {
    expect(buildSchemaFromCode()).not.toBe(buildSchemaFromCode());
  });
});

describe('attachResolvers', () => {
  it('sets every resolver addResolversToSchema would, on the schema itself', () => {
    const ours = buildSchemaFromCode();
    const map = buildResolvers(ours) as Record<string, Record<string, unknown>>;
    expect(attachResolvers(ours, map)).toBe(ours);
    // graphql-tools binds each resolver to its type's map (no Beacon resolver reads `this`), so it is not the same
    // function: where resolvers are is compared there, and ours are the map's own.
    const schema = fromSdl();
    const theirs = addResolversToSchema({ schema, resolvers: buildResolvers(schema), updateResolversInPlace: true });
    let resolvers = 0;
    for (const type of Object.values(theirs.getTypeMap()).filter(({ name }) => !name.startsWith('__'))) {
      const same = ours.getType(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        const fields = (same as typeof type).getFields();
        for (const field of Object.values(type.getFields())) {
          resolvers += field.resolve ? 1 : 0;
          expect(fields[field.name]?.resolve, `${type.name}.${field.name}`).toBe(map[type.name]?.[field.name]);
          expect(fields[field.name]?.resolve === undefined).toBe(field.resolve === undefined);
        }
      }
      if (isInterfaceType(type)) expect((same as typeof type).resolveType).toBe(type.resolveType);
      if (type instanceof GraphQLScalarType) {
        const scalar = same as GraphQLScalarType;
        const properties = (one: GraphQLScalarType) => [
          one.serialize,
          one.parseValue,
          one.parseLiteral,
          one.description,
        ];
        expect(properties(scalar).map(String)).toEqual(properties(type).map(String));
        if (map[type.name])
          expect(properties(scalar)).toEqual(properties(map[type.name] as unknown as GraphQLScalarType));
      }
    }
    expect(resolvers).toBeGreaterThan(100);
  });

  it('refuses a resolver for a type or field the schema lacks', () => {
    expect(() => attachResolvers(buildSchemaFromCode(), { Query: { nope: () => 1 } })).toThrow(
      'Query.nope defined in resolvers, but not in schema',
    );
    expect(() => attachResolvers(buildSchemaFromCode(), { Nope: {} })).toThrow('"Nope" defined in resolvers');
  });
});

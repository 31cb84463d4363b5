// The API's schema is built with graphql-js alone from the document codegen packs: it must be the schema the SDL
// says (descriptions aside) with every resolver where @graphql-tools' addResolversToSchema would have put it.
import { createRequire } from 'node:module';
import { addResolversToSchema } from '@graphql-tools/schema';
import {
  buildASTSchema,
  type DocumentNode,
  GraphQLScalarType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  parse,
  printSchema,
  visit,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { attachResolvers } from '../../functions/graphql/attach-resolvers.js';
import { schemaDocument } from '../../functions/graphql/generated/schema-document.js';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { type PackedDocument, unpackDocument } from '../../functions/graphql/packed-document.js';
import { buildResolvers } from '../../functions/graphql/resolvers/index.js';

const { packDocument } = createRequire(import.meta.url)('../../codegen/schema-document-plugin.cjs') as {
  packDocument: (document: DocumentNode) => PackedDocument;
};

const withoutDescriptions = (document: DocumentNode): DocumentNode =>
  visit(document, { enter: (node) => ('description' in node ? { ...node, description: undefined } : undefined) });

const built = (document: DocumentNode) => buildASTSchema(document, { assumeValid: true, assumeValidSDL: true });
const printed = (document: DocumentNode) => printSchema(lexicographicSortSchema(built(document)));
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the packed schema document', () => {
  it('unpacks into exactly the document that was packed, descriptions left out', () => {
    const document = parse(typeDefs, { noLocation: true });
    expect(asJson(unpackDocument(packDocument(document)))).toEqual(asJson(withoutDescriptions(document)));
  });

  it('is the schema the SDL says, without its descriptions', () => {
    expect(printed(schemaDocument)).toEqual(printed(withoutDescriptions(parse(typeDefs))));
  });
});

describe('attachResolvers', () => {
  it('sets every resolver addResolversToSchema would, on the schema itself', () => {
    const map = buildResolvers() as Record<string, Record<string, unknown>>;
    const ours = built(schemaDocument);
    expect(attachResolvers(ours, map)).toBe(ours);
    // graphql-tools binds each resolver to its type's map (no Beacon resolver reads `this`), so it is not the same
    // function: where resolvers are is compared there, and ours are the map's own.
    const theirs = addResolversToSchema({
      schema: built(schemaDocument),
      resolvers: buildResolvers(),
      updateResolversInPlace: true,
    });
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
    expect(() => attachResolvers(built(schemaDocument), { Query: { nope: () => 1 } })).toThrow(
      'Query.nope defined in resolvers, but not in schema',
    );
    expect(() => attachResolvers(built(schemaDocument), { Nope: {} })).toThrow('"Nope" defined in resolvers');
  });
});

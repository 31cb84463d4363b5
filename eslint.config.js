// ESLint runs only on the GraphQL schema (biome lints the code): @graphql-eslint's schema rules, run by
// test/unit/schema-lint.test.ts in `npm test` and by `npm run lint:schema`.
import graphql from '@graphql-eslint/eslint-plugin';

const recommended = graphql.configs['flat/schema-recommended'].rules;
const relay = graphql.configs['flat/schema-relay'].rules;

export default [
  {
    files: ['schema/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...recommended,
      ...relay,
      // Every element a client can see says what it is: types, fields, arguments, input fields, enum values.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      // Both "inline" and """block""" descriptions are used, by length; either reads the same in the explorer.
      '@graphql-eslint/description-style': 'off',
      // Forward paging (first/after) is a whole Relay connection; no list here is read backwards.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Edges' nodes are records with public codes (no Node interface, no global ids); short, bounded lists (a
      // school's awards, an award's eight elements) are plain lists, not connections.
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
      // Award.awardedOn reads as a verb phrase, not a prefix; renaming it would break clients for nothing.
      '@graphql-eslint/no-typename-prefix': 'off',
      // Records are identified by their public codes (URN, LA code, trust UID), not by a generic `id` field.
      '@graphql-eslint/strict-id-in-types': 'off',
    },
  },
];

// graphql-codegen plugin: emits the merged schema already parsed (a DocumentNode without locations or descriptions),
// so the API's cold start builds the schema without parsing SDL. JSON.parse of one string literal is the cheapest way
// to load a large object in V8. Descriptions serve only introspection, which the deployed API turns off; the local
// explorer builds from type-defs.ts, which keeps them (functions/graphql/server.ts picks one).
const { parse } = require('graphql');
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

const withoutDescriptions = (key, value) => (key === 'description' ? undefined : value);

module.exports = {
  plugin(schema) {
    const document = parse(printSchemaWithDirectives(schema), { noLocation: true });
    return [
      "import type { DocumentNode } from 'graphql';",
      '',
      '/** The schema as the deployed API runs it: no descriptions (introspection is off there), no locations. */',
      'export const schemaDocument: DocumentNode = /* @__PURE__ */ JSON.parse(',
      `  ${JSON.stringify(JSON.stringify(document, withoutDescriptions))},`,
      ');',
      '',
    ].join('\n');
  },
};

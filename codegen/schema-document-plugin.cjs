// graphql-codegen plugin: emits the merged schema already parsed (a DocumentNode without locations), so the API's
// cold start builds the schema without parsing SDL. JSON.parse of one string literal is the cheapest way to load a
// large object in V8.
const { parse } = require('graphql');
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

module.exports = {
  plugin(schema) {
    const document = parse(printSchemaWithDirectives(schema), { noLocation: true });
    return [
      "import type { DocumentNode } from 'graphql';",
      '',
      `export const schemaDocument: DocumentNode = JSON.parse(${JSON.stringify(JSON.stringify(document))});`,
      '',
    ].join('\n');
  },
};

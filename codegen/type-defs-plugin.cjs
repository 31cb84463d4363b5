// graphql-codegen plugin: emits the merged schema as a TypeScript string, so the Lambda bundle needs no .graphql files.
// Directive uses (@restricted, @length) are kept: the server enforces @length and the tests read @restricted.
// graphql-js's stripIgnoredCharacters drops indentation and commas but keeps every description, for a smaller bundle.
const { stripIgnoredCharacters } = require('graphql');
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

module.exports = {
  plugin(schema) {
    return `export const typeDefs = ${JSON.stringify(stripIgnoredCharacters(printSchemaWithDirectives(schema)))};\n`;
  },
};

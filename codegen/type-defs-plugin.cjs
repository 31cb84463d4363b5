// graphql-codegen plugin: emits the merged schema as a TypeScript string, so the Lambda bundle needs no .graphql files.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `export const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};

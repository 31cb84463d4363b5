// graphql-codegen plugin: emits the merged schema already parsed (a DocumentNode without locations or descriptions),
// so the API's cold start builds the schema without parsing SDL. Descriptions serve only introspection, which the
// deployed API turns off; the local explorer builds from type-defs.ts, which keeps them (functions/graphql/server.ts
// picks one). The document is packed (functions/graphql/packed-document.ts unpacks it): each node an array of its
// kind's number and its values, a Name its string, inside one string literal for JSON.parse, the cheapest way to
// load data in V8. As plain JSON it was 157 KiB of the API's bundle.
const { parse } = require('graphql');
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

/** Same as PLAIN_STRING in functions/graphql/packed-document.ts. */
const PLAIN_STRING = -1;

function packer() {
  const kinds = [];
  const numbers = new Map();
  const pack = (value) => {
    if (Array.isArray(value)) return value.map(pack);
    if (typeof value === 'string') return [PLAIN_STRING, value];
    if (value === null || typeof value !== 'object') return value === undefined ? null : value;
    if (value.kind === 'Name') return value.value;
    const keys = Object.keys(value).filter((key) => key !== 'kind' && key !== 'description' && key !== 'loc');
    if (!numbers.has(value.kind)) {
      numbers.set(value.kind, kinds.length);
      kinds.push([value.kind]);
    }
    const number = numbers.get(value.kind);
    const order = kinds[number];
    for (const key of keys) if (!order.includes(key)) order.push(key);
    return [number, ...order.slice(1).map((key) => pack(value[key]))];
  };
  return { kinds, pack };
}

/** Packs a document as the plugin does (test/unit/schema-build.test.ts checks the round trip). */
function packDocument(document) {
  const { kinds, pack } = packer();
  const root = pack(document);
  return { kinds, root };
}

function plugin(schema) {
  const document = parse(printSchemaWithDirectives(schema), { noLocation: true });
  return [
    "import type { DocumentNode } from 'graphql';",
    "import { type PackedDocument, unpackDocument } from '../packed-document.js';",
    '',
    '/** The schema as the deployed API runs it: no descriptions (introspection is off there), no locations. */',
    'export const schemaDocument: DocumentNode = /* @__PURE__ */ unpackDocument(',
    `  JSON.parse(${JSON.stringify(JSON.stringify(packDocument(document)))}) as PackedDocument,`,
    ');',
    '',
  ].join('\n');
}

// Shorthand names, so an ESM import of this file (graphql-codegen's) sees both as named exports.
module.exports = { plugin, packDocument };

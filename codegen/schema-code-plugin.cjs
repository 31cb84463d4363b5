// graphql-codegen plugin: emits the deployed API's schema as code, graphql-js constructors called directly (one
// const per type, fields as thunks), so a cold start neither parses SDL nor turns a document into types: measured on
// the whole bundle, ~4.5 ms less import CPU than building from the packed document it replaces. No descriptions
// (introspection is off where this runs: functions/graphql/server.ts); a field, argument or input field that carries
// directives keeps them on a small astNode (its name and directives), which is all Beacon reads of one
// (functions/graphql/input-lengths.ts's @length, actor-fields.ts's @actor). test/unit/schema-build.test.ts checks
// the result prints as the SDL does and holds the same directives everywhere.
const {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  Kind,
  parse,
} = require('graphql');
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

const json = JSON.stringify;
const constName = (type) => `${type.name}Type`;
const specifiedScalars = {
  String: 'GraphQLString',
  Int: 'GraphQLInt',
  Float: 'GraphQLFloat',
  Boolean: 'GraphQLBoolean',
  ID: 'GraphQLID',
};

function emitter() {
  const scalarsUsed = new Set();
  const typeRef = (type) => {
    if (isNonNullType(type)) return `nonNull(${typeRef(type.ofType)})`;
    if (isListType(type)) return `listOf(${typeRef(type.ofType)})`;
    if (isSpecifiedScalarType(type)) {
      scalarsUsed.add(specifiedScalars[type.name]);
      return specifiedScalars[type.name];
    }
    return constName(type);
  };
  const argumentSpec = (argument) => {
    const { kind, value } = argument.value;
    if (![Kind.INT, Kind.FLOAT, Kind.STRING, Kind.ENUM, Kind.BOOLEAN].includes(kind)) {
      throw new Error(`schema-code-plugin: directive argument ${argument.name.value} is a ${kind}, not written here`);
    }
    return `[${json(argument.name.value)}, ${json(kind)}, ${json(String(value))}]`;
  };
  const directivesOf = (astNode) =>
    (astNode?.directives ?? [])
      .map(
        (directive) =>
          `directive(${json(directive.name.value)}, [${directive.arguments.map(argumentSpec).join(', ')}])`,
      )
      .join(', ');
  /** `, astNode: …` for a definition that carries directives, else nothing. */
  const astNodeOf = (helper, definition) => {
    const directives = directivesOf(definition.astNode);
    return directives ? `, astNode: ${helper}(${json(definition.name)}, [${directives}])` : '';
  };
  const deprecation = (definition) =>
    definition.deprecationReason != null ? `, deprecationReason: ${json(definition.deprecationReason)}` : '';
  const defaultValue = (definition) =>
    definition.defaultValue !== undefined ? `, defaultValue: ${json(definition.defaultValue)}` : '';
  const inputValue = (definition) =>
    `{ type: ${typeRef(definition.type)}${defaultValue(definition)}${deprecation(definition)}` +
    `${astNodeOf('inputValueNode', definition)} }`;
  const argumentsOf = (args) =>
    args.length ? `, args: { ${args.map((argument) => `${argument.name}: ${inputValue(argument)}`).join(', ')} }` : '';
  const field = (definition) =>
    `    ${definition.name}: { type: ${typeRef(definition.type)}${argumentsOf(definition.args)}` +
    `${deprecation(definition)}${astNodeOf('fieldNode', definition)} },`;

  const typeCode = (type) => {
    const name = json(type.name);
    if (isScalarType(type)) {
      const specified = type.specifiedByURL ? `, specifiedByURL: ${json(type.specifiedByURL)}` : '';
      return `new GraphQLScalarType({ name: ${name}${specified} })`;
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => `${value.name}: {${deprecation(value).slice(1)} }`);
      return `new GraphQLEnumType({ name: ${name}, values: { ${values.join(', ')} } })`;
    }
    if (isUnionType(type))
      return `new GraphQLUnionType({ name: ${name}, types: () => [${type.getTypes().map(typeRef).join(', ')}] })`;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).map(
        (definition) => `    ${definition.name}: ${inputValue(definition)},`,
      );
      return `new GraphQLInputObjectType({\n  name: ${name},\n  fields: () => ({\n${fields.join('\n')}\n  }),\n})`;
    }
    const interfaces = type.getInterfaces().length
      ? `  interfaces: () => [${type.getInterfaces().map(typeRef).join(', ')}],\n`
      : '';
    const fields = Object.values(type.getFields()).map(field);
    const kind = isObjectType(type) ? 'GraphQLObjectType' : 'GraphQLInterfaceType';
    return `new ${kind}({\n  name: ${name},\n${interfaces}  fields: () => ({\n${fields.join('\n')}\n  }),\n})`;
  };
  const classOf = (type) =>
    isScalarType(type)
      ? 'GraphQLScalarType'
      : isEnumType(type)
        ? 'GraphQLEnumType'
        : isUnionType(type)
          ? 'GraphQLUnionType'
          : isInputObjectType(type)
            ? 'GraphQLInputObjectType'
            : isInterfaceType(type)
              ? 'GraphQLInterfaceType'
              : 'GraphQLObjectType';
  const locationsOf = (directive) => directive.locations.map((location) => `DirectiveLocation.${location}`).join(', ');
  const directiveCode = (directive) =>
    `new GraphQLDirective({ name: ${json(directive.name)}, locations: [${locationsOf(directive)}]` +
    `${argumentsOf(directive.args)}${directive.isRepeatable ? ', isRepeatable: true' : ''} })`;
  return { scalarsUsed, typeCode, classOf, directiveCode };
}

function plugin(codegenSchema) {
  const schema = buildASTSchema(parse(printSchemaWithDirectives(codegenSchema), { noLocation: true }));
  const types = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
  );
  const { scalarsUsed, typeCode, classOf, directiveCode } = emitter();
  const body = types.map((type) => `const ${constName(type)}: ${classOf(type)} = ${typeCode(type)};`);
  const directives = schema
    .getDirectives()
    .filter((directive) => !isSpecifiedDirective(directive))
    .map(directiveCode);
  const roots = ['query', 'mutation', 'subscription']
    .map((operation) => [operation, schema.getRootType(operation)])
    .filter(([, type]) => type)
    .map(([operation, type]) => `${operation}: ${constName(type)}`);
  const graphqlImports = [
    'DirectiveLocation',
    'GraphQLDirective',
    ...new Set(types.map(classOf)),
    'GraphQLSchema',
    ...scalarsUsed,
    'specifiedDirectives',
  ].sort();
  return [
    `import { ${graphqlImports.join(', ')} } from 'graphql';`,
    "import { directive, fieldNode, inputValueNode, listOf, nonNull } from '../schema-parts.js';",
    '',
    '/** The schema as the deployed API runs it: built by graphql-js constructors, no descriptions. */',
    'export function buildSchemaFromCode(): GraphQLSchema {',
    ...body.map((line) => line.replace(/^/gm, '  ')),
    '  return new GraphQLSchema({',
    ...roots.map((root) => `    ${root},`),
    `    types: [${types.map(constName).join(', ')}],`,
    `    directives: [...specifiedDirectives, ${directives.join(', ')}],`,
    '    assumeValid: true,',
    '  });',
    '}',
    '',
  ].join('\n');
}

module.exports = { plugin };

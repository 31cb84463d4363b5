// Sets Beacon's resolvers on the schema built from its SDL, with graphql-js alone: field resolvers, interfaces'
// __resolveType and the two date scalars are all the map holds (each domain map is typed by codegen's Resolvers).
import {
  type GraphQLFieldResolver,
  GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  isInterfaceType,
  isObjectType,
} from 'graphql';

type ResolverMap = Readonly<Record<string, object>>;

const mismatch = (what: string): never => {
  throw new Error(`${what} defined in resolvers, but not in schema`);
};

/** Like @graphql-tools' addResolversToSchema with updateResolversInPlace, for the shapes Beacon's map has. */
export function attachResolvers(schema: GraphQLSchema, resolvers: ResolverMap): GraphQLSchema {
  for (const [typeName, value] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) ?? mismatch(`"${typeName}"`);
    if (value instanceof GraphQLScalarType && type instanceof GraphQLScalarType) {
      // The scalar's behaviour and its description live in code (resolvers/base.ts).
      type.serialize = value.serialize;
      type.parseValue = value.parseValue;
      type.parseLiteral = value.parseLiteral;
      type.description = value.description ?? type.description;
      continue;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return mismatch(`${typeName} (not an object or interface)`);
    const fields = type.getFields();
    for (const [name, resolver] of Object.entries(value)) {
      if (name === '__resolveType' && isInterfaceType(type))
        type.resolveType = resolver as GraphQLTypeResolver<unknown, unknown>;
      else if (typeof resolver !== 'function') mismatch(`${typeName}.${name} (not a function)`);
      else
        (fields[name] ?? mismatch(`${typeName}.${name}`)).resolve = resolver as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

// Enforces the schema's @length(max) on every string a request carries, literal or variable, before any
// resolver runs: a megabyte filter is refused in microseconds instead of being folded for every school.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ArgumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  type InputValueDefinitionNode,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

function declaredMax(node: InputValueDefinitionNode | null | undefined): number | undefined {
  const directive = node?.directives?.find((candidate) => candidate.name.value === 'length');
  const max = directive?.arguments?.find((argument) => argument.name.value === 'max')?.value;
  return max?.kind === Kind.INT ? Number(max.value) : undefined;
}

/** The first string longer than its field allows, as a path and the limit; null when all fit. */
function overlong(
  value: unknown,
  type: GraphQLInputType,
  max: number | undefined,
  path: string,
): { path: string; max: number } | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return overlong(value, nullable.ofType, max, path);
    for (const [index, item] of value.entries()) {
      const found = overlong(item, nullable.ofType, max, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const field of Object.values(nullable.getFields())) {
      const found = overlong(
        (value as Record<string, unknown>)[field.name],
        field.type,
        declaredMax(field.astNode),
        `${path}.${field.name}`,
      );
      if (found) return found;
    }
    return null;
  }
  return typeof value === 'string' && max !== undefined && value.length > max ? { path, max } : null;
}

export function findOverlongInput(
  schema: GraphQLSchema,
  document: Parameters<typeof visit>[0],
  variables: Record<string, unknown>,
): { path: string; max: number } | null {
  const typeInfo = new TypeInfo(schema);
  let found: { path: string; max: number } | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const definition = typeInfo.getArgument();
        if (found || !definition) return;
        const value = valueFromAST(node.value, definition.type, variables);
        found = overlong(value, definition.type, declaredMax(definition.astNode), node.name.value);
      },
    }),
  );
  return found;
}

export const inputLengthPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        const found = findOverlongInput(schema, document, request.variables ?? {});
        if (found) {
          throw new GraphQLError(`${found.path} is longer than the ${found.max} characters it may be.`, {
            extensions: { code: 'BAD_USER_INPUT', argument: found.path, maximum: found.max, http: { status: 400 } },
          });
        }
      },
    };
  },
};

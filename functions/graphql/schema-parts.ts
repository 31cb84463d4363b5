// What the generated schema code (generated/schema-code.ts, from codegen/schema-code-plugin.cjs) builds the deployed
// API's schema with, besides graphql-js's own constructors.
import {
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type ConstValueNode,
  type FieldDefinitionNode,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableType,
  type GraphQLType,
  type InputValueDefinitionNode,
  Kind,
} from 'graphql';

export const nonNull = <T extends GraphQLNullableType>(type: T): GraphQLNonNull<T> => new GraphQLNonNull(type);

export const listOf = <T extends GraphQLType>(type: T): GraphQLList<T> => new GraphQLList(type);

/** A directive argument as the plugin writes it: name, value kind, value as written in the SDL. */
type ArgumentSpec = readonly [name: string, kind: string, value: string];

function valueNode(kind: string, value: string): ConstValueNode {
  switch (kind) {
    case Kind.INT:
      return { kind: Kind.INT, value };
    case Kind.FLOAT:
      return { kind: Kind.FLOAT, value };
    case Kind.STRING:
      return { kind: Kind.STRING, value };
    case Kind.ENUM:
      return { kind: Kind.ENUM, value };
    case Kind.BOOLEAN:
      return { kind: Kind.BOOLEAN, value: value === 'true' };
    default:
      throw new Error(`A directive argument of kind ${kind} is not written by the schema code`);
  }
}

/** A directive applied in the SDL, as the parser would have given it (without locations). */
export const directive = (name: string, args: readonly ArgumentSpec[]): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: args.map(
    ([argument, kind, value]): ConstArgumentNode => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: argument },
      value: valueNode(kind, value),
    }),
  ),
});

// A definition's astNode holds only its name and directives, all Beacon reads of one (input-lengths, actor-fields).
const definitionNode = (kind: Kind, name: string, directives: readonly ConstDirectiveNode[]) =>
  ({ kind, name: { kind: Kind.NAME, value: name }, directives }) as const;

export const fieldNode = (name: string, directives: readonly ConstDirectiveNode[]) =>
  definitionNode(Kind.FIELD_DEFINITION, name, directives) as unknown as FieldDefinitionNode;

export const inputValueNode = (name: string, directives: readonly ConstDirectiveNode[]) =>
  definitionNode(Kind.INPUT_VALUE_DEFINITION, name, directives) as unknown as InputValueDefinitionNode;

// The schema's @actor rule, applied to every field it marks: the field shows who acted as role and organisation
// (a job by its name) to everyone; its `<field>Email` twin gives the address, to admins only (the access table).
import { type FieldDefinitionNode, type GraphQLSchema, isObjectType } from 'graphql';
import { actorAddress, actorOf, describeActor } from '../core/actor.js';

type ResolverMap = Record<string, Record<string, unknown>>;

export interface ActorField {
  typeName: string;
  fieldName: string;
}

export const addressFieldOf = (fieldName: string) => `${fieldName}Email`;

const isActor = (node: FieldDefinitionNode | null | undefined) =>
  node?.directives?.some((directive) => directive.name.value === 'actor') ?? false;

/** The fields marked @actor, read from the fields' definitions (the directives a schema keeps on each). */
export function actorFields(schema: GraphQLSchema): ActorField[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => isActor(field.astNode))
        .map((field) => ({ typeName: type.name, fieldName: field.name })),
    );
}

/**
 * Gives every @actor field and its address twin the one shared resolver pair. Fails at start when a domain wrote
 * its own resolver for either (a second rendering of who acted is how addresses leak) or the twin is missing.
 */
export function withActorFields<T extends object>(resolvers: T, schema: GraphQLSchema): T {
  const map = resolvers as unknown as ResolverMap;
  for (const { typeName, fieldName } of actorFields(schema)) {
    const address = addressFieldOf(fieldName);
    const type = schema.getType(typeName);
    if (!isObjectType(type) || !type.getFields()[address]) {
      throw new Error(`${typeName}.${fieldName} is @actor but the schema has no ${typeName}.${address} (admins only)`);
    }
    map[typeName] ??= {};
    const fields = map[typeName];
    for (const name of [fieldName, address]) {
      if (fields[name]) throw new Error(`${typeName}.${name} is resolved by the @actor rule; remove its own resolver`);
    }
    fields[fieldName] = (parent: object) => {
      const actor = actorOf(parent, fieldName);
      return actor ? describeActor(actor) : null;
    };
    fields[address] = (parent: object) => {
      const actor = actorOf(parent, fieldName);
      return actor ? actorAddress(actor) : null;
    };
  }
  return resolvers;
}

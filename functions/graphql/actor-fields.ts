// The schema's @actor rule, applied to every field it marks: the field shows who acted as role and organisation
// (a job by its name) to everyone; its `<field>Email` twin gives the address, to admins only (the access table).
import {
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { actorAddress, actorOf, describeActor } from '../core/actor.js';
import { schemaDocument } from './generated/schema-document.js';

type ResolverMap = Record<string, Record<string, unknown>>;

export interface ActorField {
  typeName: string;
  fieldName: string;
}

export const addressFieldOf = (fieldName: string) => `${fieldName}Email`;

const isObjectType = (definition: DefinitionNode): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
  definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION;

/** Every field of the schema's object types (an interface's fields are declared again on each), with directives. */
export function schemaFields(
  document: DocumentNode = schemaDocument,
): { typeName: string; field: FieldDefinitionNode }[] {
  return document.definitions
    .filter(isObjectType)
    .flatMap((definition) => (definition.fields ?? []).map((field) => ({ typeName: definition.name.value, field })));
}

export const hasDirective = (field: FieldDefinitionNode, name: string) =>
  field.directives?.some((directive) => directive.name.value === name) ?? false;

/** The fields marked @actor. */
export function actorFields(document: DocumentNode = schemaDocument): ActorField[] {
  return schemaFields(document)
    .filter(({ field }) => hasDirective(field, 'actor'))
    .map(({ typeName, field }) => ({ typeName, fieldName: field.name.value }));
}

/**
 * Gives every @actor field and its address twin the one shared resolver pair. Fails at start when a domain wrote
 * its own resolver for either (a second rendering of who acted is how addresses leak) or the twin is missing.
 */
export function withActorFields<T extends object>(resolvers: T, document: DocumentNode = schemaDocument): T {
  const map = resolvers as unknown as ResolverMap;
  const fieldNames = new Set(schemaFields(document).map(({ typeName, field }) => `${typeName}.${field.name.value}`));
  for (const { typeName, fieldName } of actorFields(document)) {
    const address = addressFieldOf(fieldName);
    if (!fieldNames.has(`${typeName}.${address}`)) {
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

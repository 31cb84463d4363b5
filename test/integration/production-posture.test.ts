// What a production caller can and cannot learn: no introspection, no "Did you mean" hints, and a failure inside
// Beacon (DynamoDB unreachable) answered as a request-level 500 that names no internals. Also: every string a
// request can carry has a declared maximum length in the schema.
import { buildSchema, type GraphQLInputType, getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { createDocumentClient } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { seededApi } from '../support/seeded-api.js';

describe('in production', () => {
  it('refuses introspection and gives no field suggestions, while answering queries', async () => {
    const api = await seededApi('production-posture');
    const production = createLambdaHandler(
      { client: api.table.client, tableName: api.table.tableName },
      { production: true, logError: () => undefined },
    );
    const introspection = await invokeAnonymous(production, '{ __schema { types { name } } }');
    expect(introspection.statusCode).toBe(400);
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await invokeAnonymous(production, '{ school(urn: "140412") { nam } }');
    expect(typo.body.errors?.[0]?.message).toMatch(/Cannot query field "nam"/);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const development = createLambdaHandler({ client: api.table.client, tableName: api.table.tableName });
    const hinted = await invokeAnonymous(development, '{ school(urn: "140412") { nam } }');
    expect(hinted.body.errors?.[0]?.message).toMatch(/Did you mean "name"/);
    const answer = await invokeAnonymous(production, '{ school(urn: "140412") { name } }');
    expect(answer.body).toEqual({ data: { school: { name: 'Lord Derby Academy' } } });
  });

  it('answers a request it cannot serve (DynamoDB unreachable) with 500, no partial data, no internals', async () => {
    const logged: unknown[] = [];
    const unreachable = createDocumentClient({ ...localClientConfig('http://127.0.0.1:9'), maxAttempts: 1 });
    const handler = createLambdaHandler(
      { client: unreachable, tableName: 'beacon' },
      { production: true, logError: (_message, cause) => logged.push(cause) },
    );
    const { statusCode, body, rawBody } = await invoke(handler, '{ ok school(urn: "140412") { name } }');
    expect(statusCode).toBe(500);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: 'Beacon could not answer this request because of an internal error. It has been logged.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(rawBody).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    expect(logged).toHaveLength(1);
  });
});

describe('the schema', () => {
  it('declares a maximum length for every string or id a request can carry', () => {
    const schema = buildSchema(typeDefs);
    const unbounded: string[] = [];
    const bounded = (node: { directives?: readonly { name: { value: string } }[] } | null | undefined) =>
      node?.directives?.some((directive) => directive.name.value === 'length') ?? false;
    const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (isText(field.type) && !bounded(field.astNode)) unbounded.push(`${type.name}.${field.name}`);
        }
      }
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const argument of field.args) {
            if (isText(argument.type) && !bounded(argument.astNode))
              unbounded.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});

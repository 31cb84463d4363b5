// DataSource.kind's description is the API's only list of the kinds a source can be: it names every import kind
// (the school census as the two kinds it records: its SEN figures and its FSM figures).
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { importKinds } from '../../functions/deployment.js';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';

const description = (buildSchema(typeDefs).getType('DataSource') as GraphQLObjectType).getFields().kind?.description;
const named = new Set(description?.match(/[a-z0-9]+(?:-[a-z0-9]+)+|\bees\b|\bpartnerships\b/g));

describe('DataSource.kind', () => {
  it('names every kind a data source is recorded as', () => {
    const recorded = [
      ...importKinds.filter((kind) => kind !== 'school-census'),
      'school-census-sen',
      'school-census-fsm',
      'gias-lists',
    ];
    expect(recorded.filter((kind) => !named.has(kind))).toEqual([]);
  });
});

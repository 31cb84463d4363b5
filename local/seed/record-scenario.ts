// Records the hand-written scenario through the GraphQL mutations, the same path an assessor's change takes.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCallerContext } from '../../functions/graphql/context.js';
import { createApolloServer } from '../../functions/graphql/server.js';
import { scenarioAwards, scenarioInspections, scenarioPartnerships } from './scenario.js';

const SEED_ACTOR = 'beacon-seed';

export async function recordScenario(
  config: { client: DynamoDBDocumentClient; tableName: string },
  inspections: typeof scenarioInspections = scenarioInspections,
): Promise<number> {
  const server = createApolloServer();
  let operations = 0;

  const run = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createCallerContext(config, { id: SEED_ACTOR, role: 'admin', scope: 'all' }) },
    );
    operations += 1;
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental response while seeding');
    const { data, errors } = response.body.singleResult;
    if (errors?.length)
      throw new Error(`Seeding the scenario failed: ${errors.map((error) => error.message).join('; ')}`);
    return data as T;
  };

  for (const { urn, inspectedOn, leadInspector, summary, provenance, source, ...legacy } of inspections) {
    await run('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
      input: { urn, inspectedOn, leadInspector, summary, provenance, source, legacy },
    });
  }

  for (const { reviews, ...award } of scenarioAwards) {
    const { grantAward } = await run<{ grantAward: { id: string } }>(
      'mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }',
      { input: { ...award, assessor: award.assessor ?? 'IQM assessor (name not published)' } },
    );
    for (const review of [...reviews].sort((a, b) => (a.reviewedOn < b.reviewedOn ? -1 : 1))) {
      await run('mutation ($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { id } }', {
        input: { awardId: grantAward.id, assessor: 'IQM assessor (illustrative)', ...review },
      });
    }
  }

  for (const { agency, ...partnership } of scenarioPartnerships) {
    await run('mutation ($input: UpsertPartnerAgencyInput!) { upsertPartnerAgency(input: $input) { id } }', {
      input: { id: agency.id, name: agency.name, kind: agency.kind, localAuthorityCode: agency.laCode },
    });
    await run('mutation ($input: AddPartnershipInput!) { addPartnership(input: $input) { since } }', {
      input: { ...partnership, agencyId: agency.id },
    });
  }
  await server.stop();
  return operations;
}

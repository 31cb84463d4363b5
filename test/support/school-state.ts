// Reads a school's version, record counts and history length, to prove a rejected change wrote nothing.
import { invoke } from './api-events.js';
import type { SeededApi } from './seeded-api.js';

export interface SchoolState {
  version: number;
  inspections: number;
  awards: { id: string; version: number; status: string }[];
  partnerships: number;
  history: number;
}

export async function schoolState(api: SeededApi, urn: string): Promise<SchoolState> {
  const { body } = await invoke<{
    school: {
      version: number;
      inspections: unknown[];
      awards: SchoolState['awards'];
      partnerships: unknown[];
      history: { edges: unknown[] };
    };
  }>(
    api.handler,
    `query ($urn: ID!) { school(urn: $urn) { version inspections(includePredecessors: false) { id }
       awards { id version status } partnerships { since } history(first: 100) { edges { cursor } } } }`,
    { urn },
  );
  if (!body.data?.school) throw new Error(`School ${urn} not found: ${JSON.stringify(body.errors)}`);
  const school = body.data.school;
  return {
    version: school.version,
    inspections: school.inspections.length,
    awards: school.awards,
    partnerships: school.partnerships.length,
    history: school.history.edges.length,
  };
}

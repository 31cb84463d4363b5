// The job and the importer join the stack when their entry files land, and can be switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptionalEntry } from '../../infra/beacon-app.js';
import { fixtureEntry, nagFindings, removeOutdir, synthBeacon, type Synthesised } from './synth-beacon.js';

const reader = (context: Record<string, unknown>) => (key: string) => context[key];
const missingEntry = 'functions/not-yet/handler.ts';

let switchedOff: Synthesised;

beforeAll(() => {
  switchedOff = synthBeacon({ context: { reassessment: 'off', importer: 'off' } });
}, 120_000);

afterAll(() => removeOutdir(switchedOff));

describe('optional parts', () => {
  it('are deployed automatically once their entry exists', () => {
    expect(resolveOptionalEntry(reader({}), 'importer', fixtureEntry)).toBe(fixtureEntry);
    expect(resolveOptionalEntry(reader({ importer: 'auto' }), 'importer', missingEntry)).toBeUndefined();
  });

  it('can be required (-c importer=on) or switched off (-c importer=off)', () => {
    expect(resolveOptionalEntry(reader({ importer: 'off' }), 'importer', fixtureEntry)).toBeUndefined();
    expect(resolveOptionalEntry(reader({ importer: 'on' }), 'importer', fixtureEntry)).toBe(fixtureEntry);
    expect(() => resolveOptionalEntry(reader({ importer: 'on' }), 'importer', missingEntry)).toThrow(/does not exist/);
    expect(() => resolveOptionalEntry(reader({ importer: 'maybe' }), 'importer', fixtureEntry)).toThrow(
      /auto, on or off/,
    );
  });

  it('leave no schedule, bucket or queue behind when switched off, and the rest stays nag-clean', () => {
    const { template } = switchedOff;
    template.resourceCountIs('AWS::Scheduler::Schedule', 0);
    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.resourceCountIs('AWS::SQS::Queue', 0);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 4);
    expect(nagFindings(switchedOff.app)).toEqual([]);
  });
});

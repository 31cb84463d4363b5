// Who may say that a council quality-assures a partnership: that council, or an admin.
import { describe, expect, it } from 'vitest';
import {
  assuranceRefusal,
  assuringLocalAuthority,
  type Speaker,
} from '../../functions/core/local-authority-assurance.js';

const kentSend = { name: 'Kent SEND team', laCode: '886' };
const charity: { name: string; laCode?: string } = { name: 'Young Minds Trust' };
const knowsleySchool = { laCode: '340' };
const claimed = { councilQualityAssured: true };

const speakers: Record<string, Speaker> = {
  admin: { role: 'admin', scope: 'all' },
  'Kent officer': { role: 'council_officer', scope: 'la:886' },
  'Knowsley officer': { role: 'council_officer', scope: 'la:340' },
  'Knowsley school leader': { role: 'school_leader', scope: 'school:140412' },
  'national officer': { role: 'council_officer', scope: 'all' },
  'leader with a council scope': { role: 'school_leader', scope: 'la:886' },
};

describe('claiming council quality assurance', () => {
  it.each([
    ['admin', true],
    ['Kent officer', true],
    ['national officer', true],
    ['Knowsley officer', false],
    ['Knowsley school leader', false],
    ['leader with a council scope', false],
  ])('for Kent’s agency at a Knowsley school: %s may claim it: %s', (name, allowed) => {
    const refusal = assuranceRefusal(speakers[name]!, {
      partnership: claimed,
      agency: kentSend,
      school: knowsleySchool,
      localAuthorityName: 'Kent',
    });
    expect(refusal === null).toBe(allowed);
    if (refusal) expect(refusal).toMatch(/^Saying that Kent \(council 886\) quality-assures work with Kent SEND team/);
  });

  it('leaves an agency of no council to the school’s own council', () => {
    expect(assuringLocalAuthority(charity, knowsleySchool)).toBe('340');
    const claim = { partnership: claimed, agency: charity, school: knowsleySchool };
    expect(assuranceRefusal(speakers['Knowsley officer']!, claim)).toBeNull();
    expect(assuranceRefusal(speakers['Kent officer']!, claim)).toMatch(/council 340/);
  });

  it('asks nothing of a partnership that makes no claim', () => {
    const claim = { partnership: { councilQualityAssured: false }, agency: kentSend, school: knowsleySchool };
    expect(assuranceRefusal(speakers['Knowsley school leader']!, claim)).toBeNull();
  });
});

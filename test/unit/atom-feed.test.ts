// The Atom document of a feed, built pure: texts escaped (names with & and <), ids laid out as UUIDs from the
// change's own id, the feed's updated the newest change's, and a stable document for an empty feed.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomEntryId, atomFeed, atomFeedId, atomFeedPath } from '../../functions/core/atom-feed.js';
import type { ChangeRecord } from '../../functions/core/change-feed.js';

const change = (id: string, recordedAt: string, schoolName: string): ChangeRecord => ({
  id,
  kind: 'GRADE_MOVED',
  happenedOn: '2025-03-04',
  recordedAt,
  summary: 'Graded inspection: Good → Outstanding <ungraded & "monitoring">',
  source: { name: 'ofsted-outcomes', file: 'outcomes.csv', asAt: '2025-08-31' },
  urn: '140412',
  schoolName,
  laCode: '340',
  public: true,
});

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);

describe('atomFeed', () => {
  const feed = { scope: 'SCHOOL' as const, id: '140412' };
  const changes = [
    change('0123456789abcdef0123', '2026-01-02T03:04:05.000Z', 'Lord <Derby> & Co'),
    change('fedcba98765432100123', '2026-01-01T00:00:00.000Z', 'Lord Derby Academy'),
  ];
  const xml = atomFeed({ feed, name: 'A & B <school>', origin: 'https://beacon.example', changes, emptyUpdated: '' });

  it('escapes every text, so the names and summaries read back as they were', () => {
    const document = parse(xml);
    expect(document.feed.title).toBe('What changed: A & B <school>');
    expect(document.feed.entry[0].title).toBe(`Lord <Derby> & Co: ${changes[0]?.summary}`);
  });

  it('gives the feed the newest change’s updated, self and alternate links, and each entry its school’s page', () => {
    const document = parse(xml);
    expect(document.feed.updated).toBe('2026-01-02T03:04:05.000Z');
    expect(document.feed.link.map((link: Record<string, string>) => [link['@_rel'], link['@_href']])).toEqual([
      ['self', 'https://beacon.example/schools/140412/changes.atom'],
      ['alternate', 'https://beacon.example/schools/140412'],
    ]);
    expect(document.feed.entry[1].link[0]['@_href']).toBe('https://beacon.example/schools/140412');
    expect(document.feed.id).toBe(atomFeedId(feed));
  });

  it('lays a change’s id out as a version-8 UUID, the same each time and different per change', () => {
    expect(atomEntryId('0123456789abcdef0123')).toBe('urn:uuid:01234567-89ab-8cde-8f01-230000000000');
    expect(atomEntryId('0123456789abcdef0123')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab]/);
    expect(atomEntryId('fedcba98765432100123')).not.toBe(atomEntryId('0123456789abcdef0123'));
    expect(atomFeedPath({ scope: 'LOCAL_AUTHORITY', id: '886' })).toBe('/councils/886/changes.atom');
  });

  it('dates an empty feed with the given instant, so its bytes do not change between fetches', () => {
    const empty = {
      feed,
      name: 'X',
      origin: 'http://127.0.0.1:4000',
      changes: [],
      emptyUpdated: '1970-01-01T00:00:00.000Z',
    };
    expect(parse(atomFeed(empty)).feed.updated).toBe('1970-01-01T00:00:00.000Z');
    expect(atomFeed(empty)).toBe(atomFeed(empty));
  });
});

// Builds search's indexes as a Lambda does, from the national seed's records through the kept lists' encoding, and
// prints the lists' size, the build time and the heap they take, then a few searches' times and what they find.
// Usage: npx tsx bench/search-index.ts [text ...]
import { performance } from 'node:perf_hooks';
import { rankedIndex } from '../functions/core/ranked-search.js';
import { schoolNameKey } from '../functions/core/school-order.js';
import {
  decodeSchoolSearchEntry,
  encodeSchoolSearchEntry,
  schoolSearchDocument,
  schoolSearchEntry,
} from '../functions/core/search-entry.js';
import { buildSeedRecords } from '../local/seed/national-seed.js';

const TEXTS = ['ME9 8PL', 'ME9', 'Sevenoaks', '131598', 'knowsly', 'milstone', 'St Mary', 'academy', 'the'];

const heapMb = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const records = await buildSeedRecords(null);
const entries = records.schools
  .filter((school) => !school.closedOn)
  .map((school) => [school.urn, encodeSchoolSearchEntry(schoolSearchEntry(school))] as const);
const bytes = entries.reduce((sum, [urn, text]) => sum + urn.length + 1 + Buffer.byteLength(text), 0);
const shard = (bytes / 64 / 1024).toFixed(1);
console.log(`schools listed: ${entries.length}; list ${(bytes / 1024).toFixed(0)} KB (${shard} KB a shard of 64)`);

const before = heapMb();
const start = performance.now();
const schools = entries.map(([urn, text]) => decodeSchoolSearchEntry(urn, text));
const index = rankedIndex(schools, schoolSearchDocument, schoolNameKey);
const built = performance.now() - start;
const after = heapMb();
const gc = global.gc ? 'on' : 'off: run with --expose-gc';
console.log(`schools index: built in ${built.toFixed(0)} ms; heap +${(after - before).toFixed(1)} MB (gc ${gc})`);

for (const text of process.argv.length > 2 ? process.argv.slice(2) : TEXTS) {
  const t0 = performance.now();
  const hits = index.search(text);
  const ms = performance.now() - t0;
  const top = hits.slice(0, 3).map((hit) => `${hit.record.name} [${hit.key[0]} ${hit.match.field} ${hit.match.value}]`);
  console.log(`"${text}": ${hits.length} in ${ms.toFixed(1)} ms; ${top.join('; ')}`);
}

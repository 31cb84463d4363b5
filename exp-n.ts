import { buildSeedRecords } from './local/seed/national-seed.js';
const t = Date.now();
const r = await buildSeedRecords(null);
console.log('ms', Date.now() - t, 'councils', r.councils.length, 'trusts', r.trusts.length, 'schools', r.schools.length, 'closed', r.schools.filter(s=>s.closedOn).length, 'inspections', r.inspections.length, 'warnings', r.warnings.length);
const kinds = new Map<string, number>();
for (const w of r.warnings) { const k = w.replace(/\d+/g, 'N').slice(0, 70); kinds.set(k, (kinds.get(k) ?? 0) + 1); }
console.log([...kinds].sort((a,b)=>b[1]-a[1]).slice(0, 15));
console.log('rss MB', Math.round(process.memoryUsage().rss/1e6));
const owners = new Set(r.inspections.map(i=>i.urn));
console.log('closed owning inspections', r.schools.filter(s=>s.closedOn && owners.has(s.urn)).length);

// The areas an indicator has figures for beyond councils: England and LAIT's regions (codes 970 and 980 to 990, as
// LAIT codes them), and the councils replaced in reorganisations that the files still list but Beacon does not hold.

export const ENGLAND = { code: '970', name: 'England' } as const;

export interface RegionArea {
  code: string;
  name: string;
  /** ONS region code, as Explore Education Statistics gives it (region_code); Inner and Outer London have none. */
  onsCode?: string;
}

export const REGIONS: readonly RegionArea[] = [
  { code: '980', name: 'North East', onsCode: 'E12000001' },
  { code: '981', name: 'North West', onsCode: 'E12000002' },
  { code: '982', name: 'Yorkshire and the Humber', onsCode: 'E12000003' },
  { code: '983', name: 'East Midlands', onsCode: 'E12000004' },
  { code: '984', name: 'West Midlands', onsCode: 'E12000005' },
  { code: '985', name: 'East of England', onsCode: 'E12000006' },
  { code: '986', name: 'London', onsCode: 'E12000007' },
  { code: '987', name: 'London (Inner)' },
  { code: '988', name: 'London (Outer)' },
  { code: '989', name: 'South East', onsCode: 'E12000008' },
  { code: '990', name: 'South West', onsCode: 'E12000009' },
];

const fold = (name: string) => name.trim().toLowerCase();
const byCode = new Map(REGIONS.map((region) => [region.code, region]));
const byOnsCode = new Map(REGIONS.flatMap((region) => (region.onsCode ? [[region.onsCode, region]] : [])));
const byName = new Map(REGIONS.map((region) => [fold(region.name), region]));

export const regionByCode = (code: string) => byCode.get(code);
export const regionByOnsCode = (onsCode: string) => byOnsCode.get(onsCode.trim());

/** A council's region from LAIT's `region` column: London as a whole for Inner and Outer London. */
export function regionOfLocalAuthority(laitRegion: string): RegionArea | undefined {
  const name = fold(laitRegion);
  if (['inner london', 'outer london', 'london (inner)', 'london (outer)'].includes(name)) return byCode.get('986');
  return byName.get(name);
}

export const isAreaBeyondLocalAuthorities = (code: string) => code === ENGLAND.code || byCode.has(code);

/** Councils the files still list, replaced in reorganisations: Beacon holds only current councils. */
export const FORMER_LOCAL_AUTHORITIES: Readonly<Record<string, string>> = {
  '835': 'Dorset, replaced in 2019 by Dorset (838)',
  '836': 'Poole, replaced in 2019 by Bournemouth, Christchurch and Poole (839)',
  '837': 'Bournemouth, replaced in 2019 by Bournemouth, Christchurch and Poole (839)',
  '909': 'Cumbria, replaced in 2023 by Cumberland (942) and Westmorland and Furness (943)',
  '928': 'Northamptonshire, replaced in 2021 by North (940) and West Northamptonshire (941)',
};

/** Why a code is not a council Beacon holds, for a rejected row. */
export function notHeldReason(code: string): string {
  const former = FORMER_LOCAL_AUTHORITIES[code];
  return former
    ? `LA code ${code} is ${former}: a former council Beacon does not hold`
    : `LA code ${code} is not a council Beacon holds`;
}

// The indicators' operations: a council's compare section (every indicator beside England, its region and its
// statistical neighbours, with its rank) and England's series, each with the raw store reads it needs.
import { INDICATORS } from '../functions/core/indicators/catalogue.js';
import { openStore } from '../functions/store/index.js';
import type { BenchOperation } from './operations.js';

const FIGURE = 'period { id label } value status';

export const COMPARE_SECTION = `query CompareSection($code: ID!) {
  localAuthority(code: $code) {
    name region { code name }
    statisticalNeighbours { rank closeness localAuthority { code name } }
    indicators {
      indicator { id label description topic unit decimals polarity periodKind source { file asAt } }
      latest { ${FIGURE} } previous { ${FIGURE} } change series { ${FIGURE} }
      england { code name figure { value status } } region { code name figure { value status } }
      neighbours { code name figure { value status } } neighbourAverage neighbourAverageOf
      rank { rank outOf period { id } }
    }
  }
}`;

const ENGLAND_INDICATORS = `query EnglandIndicators { england { indicators {
  indicator { id label unit decimals source { file asAt } } latest { ${FIGURE} } change series { ${FIGURE} } } } }`;

const ids = INDICATORS.map((indicator) => indicator.id);

function compareSection(name: string, code: string, label: string): BenchOperation {
  return {
    name,
    description: `compare section, ${label} (LA ${code}): all ${ids.length} indicators, region, neighbours, ranks`,
    query: COMPARE_SECTION,
    variables: { code },
    rawReads: () => async (config) => {
      const store = openStore(config);
      await store.localAuthorities.byCode(code);
      const [comparison] = await Promise.all([
        store.indicators.comparison(code),
        store.indicators.series(ids),
        store.indicators.sources(),
      ]);
      await Promise.all(
        (comparison?.neighbours ?? []).map((neighbour) => store.localAuthorities.byCode(neighbour.code)),
      );
    },
    facts: (data) => {
      const indicators = (data as { localAuthority?: { indicators?: unknown[] } }).localAuthority?.indicators;
      return { indicators: indicators?.length };
    },
  };
}

export const indicatorOperations: BenchOperation[] = [
  compareSection('compareSectionKent', '886', 'Kent'),
  compareSection('compareSectionSmall', '857', 'Rutland'),
  {
    name: 'englandIndicators',
    description: `England's series of all ${ids.length} indicators, with their sources`,
    query: ENGLAND_INDICATORS,
    rawReads: () => async (config) => {
      const store = openStore(config);
      await Promise.all([store.indicators.series(ids), store.indicators.sources()]);
    },
  },
];

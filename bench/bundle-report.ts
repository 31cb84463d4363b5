// The bundle part of the bench's printout: the API beside its two baselines, the targets of issues 13 and 25, and
// what the API bundle is made of.
import type { BundleFigures } from './bundle.js';

export interface BundleTargets {
  bundleBytes: number;
  coldImportRatio: number;
  apolloDynamoSizeRatio: number;
  apolloDynamoImportCpuRatio: number;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** Issues 13 and 25: the API bundle beside the two baselines, bundled alike, and what the API is made of. */
export function printBundles(
  line: (pass: boolean, text: string) => void,
  bundle: BundleFigures,
  targets: BundleTargets,
): void {
  const api = bundle.withSdk;
  const floor = bundle.apolloDynamo;
  const sizeRatio = api.bytes / floor.bytes;
  const cpuRatio = api.importCpuMedianMs / floor.importCpuMedianMs;
  line(
    sizeRatio <= targets.apolloDynamoSizeRatio,
    `API asset ${kib(api.bytes)} vs a one-field Apollo + DynamoDB handler's ${kib(floor.bytes)}: ` +
      `${sizeRatio.toFixed(2)}x ≤ ${targets.apolloDynamoSizeRatio.toFixed(2)}x`,
  );
  line(
    cpuRatio <= targets.apolloDynamoImportCpuRatio,
    `API import CPU ${api.importCpuMedianMs.toFixed(1)} ms vs that handler's ${floor.importCpuMedianMs.toFixed(1)} ` +
      `ms: ${cpuRatio.toFixed(2)}x ≤ ${targets.apolloDynamoImportCpuRatio}x`,
  );
  line(api.bytes <= targets.bundleBytes, `API bundle ${kib(api.bytes)} ≤ ${targets.bundleBytes / 1024} KiB`);
  const ratio = api.importMedianMs / bundle.minimalApollo.importMedianMs;
  line(
    ratio <= targets.coldImportRatio,
    `cold import ${api.importMedianMs.toFixed(1)} ms vs a minimal Apollo handler's ` +
      `${bundle.minimalApollo.importMedianMs.toFixed(1)} ms: ${ratio.toFixed(2)}x ≤ ${targets.coldImportRatio}x`,
  );
  console.log(
    `        bundled with the stack's settings (infra/lambda-bundling.ts; the API with its entryAliases too), ` +
      `${api.runs} interleaved loads each:`,
  );
  for (const [label, variant] of [
    ['Beacon API (AWS SDK bundled)', api],
    ['the API with --enable-source-maps', bundle.withSdkSourceMaps],
    ['Beacon API (@aws-sdk external)', bundle.sdkExternal],
    ['Apollo + DynamoDB, one field', floor],
    ['the same without the stubs', bundle.apolloDynamoUnstubbed],
    ['minimal Apollo, one field', bundle.minimalApollo],
  ] as const) {
    console.log(
      `        ${label.padEnd(33)} ${kib(variant.bytes).padStart(9)} (${(variant.bytes / floor.bytes).toFixed(2)}x), ` +
        `import ${variant.importMedianMs.toFixed(1)} ms, CPU ${variant.importCpuMedianMs.toFixed(1)} ms ` +
        `(${(variant.importCpuMedianMs / floor.importCpuMedianMs).toFixed(2)}x); process start to loaded ` +
        `${variant.readyMedianMs.toFixed(1)} ms`,
    );
  }
  const unstubbed = bundle.apolloDynamoUnstubbed;
  console.log(
    `        the API against that handler without the stubs (as issue 25 measured it): size ` +
      `${(api.bytes / unstubbed.bytes).toFixed(2)}x, import CPU ` +
      `${(api.importCpuMedianMs / unstubbed.importCpuMedianMs).toFixed(2)}x`,
  );
  console.log(
    `        API bundle by package: ${api.largestParts.map(({ part, bytes }) => `${part} ${kib(bytes)}`).join(', ')}`,
  );
  const floorParts = floor.largestParts.map(({ part, bytes }) => `${part} ${kib(bytes)}`).join(', ');
  console.log(`        Apollo + DynamoDB by package: ${floorParts}`);
}

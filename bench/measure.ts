// Timing and request counting: run an operation and its raw store reads alternately, so drift hits both alike.
import { performance } from 'node:perf_hooks';
import type { RequestCounter } from '../functions/store/index.js';

export interface RunCounts {
  warmup: number;
  measured: number;
}

export interface Sample {
  ms: number;
  requests: number;
  byCommand: Record<string, number>;
}

export interface Series {
  samples: Sample[];
  p50Ms: number;
  p95Ms: number;
  /** DynamoDB requests of one run; null when runs disagreed (see `requestCountsSeen`). */
  requests: number | null;
  requestsByCommand: Record<string, number>;
  requestCountsSeen: number[];
}

export interface PairedResult {
  operation: Series;
  raw: Series;
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function sample(counter: RequestCounter, run: () => Promise<void>): Promise<Sample> {
  counter.total = 0;
  counter.byCommand = {};
  counter.itemsRead = 0;
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  return { ms, requests: counter.total, byCommand: { ...counter.byCommand } };
}

function summarise(samples: Sample[], warmups: Sample[]): Series {
  const counts = [...new Set([...warmups, ...samples].map((s) => s.requests))];
  const first = samples[0];
  return {
    samples,
    p50Ms: round(median(samples.map((s) => s.ms))),
    p95Ms: round(
      percentile(
        samples.map((s) => s.ms),
        95,
      ),
    ),
    requests: counts.length === 1 ? (counts[0] ?? null) : null,
    requestsByCommand: first ? first.byCommand : {},
    requestCountsSeen: counts.sort((a, b) => a - b),
  };
}

/** Warm-up runs, then measured runs alternating operation and raw reads (each counted on its own). */
export async function measurePair(
  counter: RequestCounter,
  operation: () => Promise<void>,
  raw: () => Promise<void>,
  runs: RunCounts,
): Promise<PairedResult> {
  const warm = { operation: [] as Sample[], raw: [] as Sample[] };
  for (let i = 0; i < runs.warmup; i += 1) {
    warm.operation.push(await sample(counter, operation));
    warm.raw.push(await sample(counter, raw));
  }
  const measured = { operation: [] as Sample[], raw: [] as Sample[] };
  for (let i = 0; i < runs.measured; i += 1) {
    // Swap the order every other run so neither side always follows the other.
    if (i % 2 === 0) {
      measured.operation.push(await sample(counter, operation));
      measured.raw.push(await sample(counter, raw));
    } else {
      measured.raw.push(await sample(counter, raw));
      measured.operation.push(await sample(counter, operation));
    }
  }
  return {
    operation: summarise(measured.operation, warm.operation),
    raw: summarise(measured.raw, warm.raw),
  };
}
